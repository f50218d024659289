import type { Metadata } from 'next';
import { PaymentOrderScreen } from '@/features/console/payments/payment-order-screen';

export const metadata: Metadata = { title: '缴费订单详情' };

// Read in the browser with the officer's token: never prerender.
export const dynamic = 'force-dynamic';

export default async function Page({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  return <PaymentOrderScreen orderId={orderId} />;
}
