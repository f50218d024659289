import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { SignInScreen } from '@/features/citizen/sign-in/sign-in-screen';
import { citizenSignInConfig } from '@/features/citizen/sign-in/sign-in-config';

export const metadata: Metadata = { title: '登录' };

export default async function CitizenSignInPage() {
  // The stand-ins' (or the real apps') addresses are read per request, never baked into the build.
  await connection();
  const config = citizenSignInConfig();
  return (
    <Suspense>
      <SignInScreen config={config} />
    </Suspense>
  );
}
