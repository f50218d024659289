import type { Metadata } from 'next';
import { PartnerKeysScreen } from '@/features/partner-keys/partner-keys-screen';

export const metadata: Metadata = { title: '合作方密钥' };

export default function Page() {
  return <PartnerKeysScreen />;
}
