import { consoleMetadata } from '@/features/console/nav';
import { PaymentOrdersScreen } from '@/features/console/payments/payment-orders-screen';

export const metadata = consoleMetadata('payments');

export default function Page() {
  return <PaymentOrdersScreen />;
}
