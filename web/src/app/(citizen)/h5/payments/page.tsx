import { MyPaymentsScreen } from '@/features/citizen/payments/my-payments-screen';
import { serviceMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = serviceMetadata('payments');

export const dynamic = 'force-dynamic';

export default function PaymentsPage() {
  return <MyPaymentsScreen />;
}
