import { consoleMetadata } from '@/features/console/nav';
import { PaymentStatisticsScreen } from '@/features/console/payments/statistics/payment-statistics-screen';

export const metadata = consoleMetadata('payment-statistics');

export default function Page() {
  return <PaymentStatisticsScreen />;
}
