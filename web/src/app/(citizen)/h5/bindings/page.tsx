import { BindingsScreen } from '@/features/citizen/bindings/bindings-screen';
import { accountMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = accountMetadata('bindings');

export default function BindingsPage() {
  return <BindingsScreen />;
}
