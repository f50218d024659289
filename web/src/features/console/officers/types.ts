import type { OfficersQuery } from '@/gql/graphql';

export type OfficerRow = OfficersQuery['officers'][number];
