'use client';

import { CitizenGate } from '@/features/citizen-shell/citizen-gate';
import { CitizenPage } from '@/features/citizen-shell/citizen-page';
import { ProfileView } from './profile-view';

export function ProfileScreen() {
  return (
    <CitizenPage title="个人信息">
      <CitizenGate>{() => <ProfileView />}</CitizenGate>
    </CitizenPage>
  );
}
