import type { Metadata } from 'next';
import { Suspense } from 'react';
import { OAuthCallbackScreen } from '@/features/citizen/sign-in/oauth-callback-screen';

export const metadata: Metadata = { title: '微信登录' };

/** 微信 sends the citizen back here with a one-time code after they agree. */
export default function WechatCallbackPage() {
  return (
    <Suspense>
      <OAuthCallbackScreen channel="wechat" />
    </Suspense>
  );
}
