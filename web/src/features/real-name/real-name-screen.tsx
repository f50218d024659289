'use client';

import { CitizenGate } from '@/features/citizen-shell/citizen-gate';
import { CitizenPage } from '@/features/citizen-shell/citizen-page';
import { RealNameFlow } from './real-name-flow';

export function RealNameScreen() {
  return (
    <CitizenPage title="实名认证">
      <CitizenGate>{() => <RealNameFlow />}</CitizenGate>
    </CitizenPage>
  );
}
