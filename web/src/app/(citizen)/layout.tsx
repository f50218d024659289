import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { CitizenProviders } from '@/features/citizen-shell/citizen-providers';

/** H5 pages open inside Alipay / WeChat: phone width, no pinch zoom jumping the layout. */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  maximumScale: 1,
  userScalable: false,
  themeColor: '#1677ff',
};

export default function CitizenLayout({ children }: { children: ReactNode }) {
  return <CitizenProviders>{children}</CitizenProviders>;
}
