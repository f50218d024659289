'use client';

import { CitizenGate } from '@/features/citizen-shell/citizen-gate';
import { CitizenPage } from '@/features/citizen-shell/citizen-page';
import { BindingsView } from './bindings-view';

export function BindingsScreen() {
  return (
    <CitizenPage title="我的绑定">
      <CitizenGate>{() => <BindingsView />}</CitizenGate>
    </CitizenPage>
  );
}
