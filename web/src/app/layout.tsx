import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '警通', template: '%s · 警通' },
  description: '警通：市公安局便民服务与民警工作平台',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The H5 boot script marks <html> (type scale, 长辈模式) before React hydrates it.
    <html lang="zh-CN" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
