import type { PartnerKeysQuery } from '@/gql/graphql';

export type PartnerKeyRow = PartnerKeysQuery['partnerKeys'][number];
export type PartnerScopeRow = PartnerKeysQuery['partnerScopes'][number];
