import type { Metadata } from 'next';
import { PAY_RESULT_PAGE } from '@/features/citizen/payments/pay-pages';
import { PayResultScreen } from '@/features/citizen/payments/pay-result-screen';

export const metadata: Metadata = { title: PAY_RESULT_PAGE.title };

export const dynamic = 'force-dynamic';

/** The cashier's way back: only `orderId` is read; the channel's own return parameters are not trusted. */
export default async function PayResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { orderId } = await searchParams;
  return <PayResultScreen orderId={typeof orderId === 'string' && orderId ? orderId : null} />;
}
