import type { Metadata } from 'next';
import { PAY_ORDER_PAGE } from '@/features/citizen/payments/pay-pages';
import { PayOrderScreen } from '@/features/citizen/payments/pay-order-screen';

export const metadata: Metadata = { title: PAY_ORDER_PAGE.title };

// Per-citizen data, fetched in the browser with the session token: never prerender.
export const dynamic = 'force-dynamic';

export default async function PayOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  return <PayOrderScreen orderId={orderId} />;
}
