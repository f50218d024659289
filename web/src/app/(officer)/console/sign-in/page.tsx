import type { Metadata } from 'next';
import { Suspense } from 'react';
import { OfficerSignInScreen } from '@/features/console/sign-in/officer-sign-in-screen';

export const metadata: Metadata = { title: '民警登录' };

export default function OfficerSignInPage() {
  // useSearchParams (next / reason) needs a Suspense boundary to prerender the rest.
  return (
    <Suspense>
      <OfficerSignInScreen />
    </Suspense>
  );
}
