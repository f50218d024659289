'use client';

import { CitizenGate } from '@/features/citizen/shell/citizen-gate';
import { CitizenPage } from '@/features/citizen/shell/citizen-page';
import { CitizenHomeView } from './citizen-home-view';

export function CitizenHomeScreen() {
  return (
    <CitizenPage title="警通 · 市民服务" backHref={null}>
      <CitizenGate>{(token) => <CitizenHomeView key={token} token={token} />}</CitizenGate>
    </CitizenPage>
  );
}
