import type { MyVehiclesAndViolationsQuery } from '@/gql/graphql';

export type Me = NonNullable<MyVehiclesAndViolationsQuery['me']>;
export type VehicleView = NonNullable<Me['vehicles']>[number];
export type ViolationView = NonNullable<VehicleView['violations']>[number];
