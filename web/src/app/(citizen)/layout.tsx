import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { H5_BOOT_SCRIPT } from '@/features/citizen/shell/elder-mode-boot';
import { CitizenProviders } from '@/features/citizen/shell/citizen-providers';

/**
 * H5 pages open inside Alipay / WeChat at phone width. Pinch zoom stays
 * allowed (no maximum-scale, no user-scalable=no): elderly citizens need it,
 * and 长辈模式 enlarges the text for those who want it larger every time.
 */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1677ff',
};

export default function CitizenLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* Before the first paint: the H5 type scale and a remembered 长辈模式 (elder-mode-boot.ts). */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script (no user data), inline so it runs before the first paint */}
      <script dangerouslySetInnerHTML={{ __html: H5_BOOT_SCRIPT }} />
      <CitizenProviders>{children}</CitizenProviders>
    </>
  );
}
