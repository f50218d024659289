import type { Metadata } from 'next';
import { Suspense } from 'react';
import { OAuthCallbackScreen } from '@/features/citizen/sign-in/oauth-callback-screen';

export const metadata: Metadata = { title: '支付宝登录' };

/** 支付宝 sends the citizen back here with a one-time code after they agree. */
export default function AlipayCallbackPage() {
  return (
    <Suspense>
      <OAuthCallbackScreen channel="alipay" />
    </Suspense>
  );
}
