'use client';

import { CitizenGate } from '@/features/citizen-shell/citizen-gate';
import { CitizenPage } from '@/features/citizen-shell/citizen-page';
import { MyVehicles } from './my-vehicles';

/** 我的车辆与违法: the signed-in citizen's vehicles; anyone else is sent to sign-in first. */
export function VehiclesScreen() {
  return (
    <CitizenPage title="我的车辆与违法">
      <CitizenGate>{(token) => <MyVehicles key={token} />}</CitizenGate>
    </CitizenPage>
  );
}
