'use client';

import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { serviceByKey } from '@/features/shared/catalogue/services';
import { MyVehicles } from './my-vehicles';

const SERVICE = serviceByKey('violations');

/** 违法查询与缴款: the signed-in citizen's vehicles and violations; sign-in and the level gate first. */
export function VehiclesScreen() {
  return <CitizenServicePage page={SERVICE}>{(token) => <MyVehicles key={token} />}</CitizenServicePage>;
}
