import type { Metadata } from 'next';
import { ProfileScreen } from '@/features/profile/profile-screen';

export const metadata: Metadata = { title: '个人信息' };

export default function ProfilePage() {
  return <ProfileScreen />;
}
