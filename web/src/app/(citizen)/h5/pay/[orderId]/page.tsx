import type { Metadata } from 'next';
import { PAY_ORDER_PAGE } from '@/features/citizen/payments/pay-pages';
import { PayOrderScreen } from '@/features/citizen/payments/pay-order-screen';
import { citizenSignInConfig } from '@/features/citizen/sign-in/sign-in-config';

export const metadata: Metadata = { title: PAY_ORDER_PAGE.title };

// Per-citizen data, fetched in the browser with the session token: never prerender.
export const dynamic = 'force-dynamic';

export default async function PayOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  // Inside WeChat the payer's openid comes from the official account's web authorisation: its page and
  // app id (the one the payment centre exchanges the code with) are read per request, never baked into the build.
  const { wechat } = citizenSignInConfig();
  return <PayOrderScreen orderId={orderId} wechatAuth={wechat} />;
}
