import type { Metadata } from 'next';
import { BindingsScreen } from '@/features/bindings/bindings-screen';

export const metadata: Metadata = { title: '我的绑定' };

export default function BindingsPage() {
  return <BindingsScreen />;
}
