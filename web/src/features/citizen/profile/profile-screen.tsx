'use client';

import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { accountPage } from '@/features/shared/catalogue/services';
import { ProfileView } from './profile-view';

const PAGE = accountPage('profile');

export function ProfileScreen() {
  return <CitizenServicePage page={PAGE}>{() => <ProfileView />}</CitizenServicePage>;
}
