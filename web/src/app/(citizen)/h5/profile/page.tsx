import { ProfileScreen } from '@/features/citizen/profile/profile-screen';
import { accountMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = accountMetadata('profile');

export default function ProfilePage() {
  return <ProfileScreen />;
}
