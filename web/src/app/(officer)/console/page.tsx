import type { Metadata } from 'next';
import { ConsolePlaceholder } from '@/features/officer-shell/console-placeholder';

export const metadata: Metadata = { title: '民警工作台' };

export default function ConsolePage() {
  return <ConsolePlaceholder />;
}
