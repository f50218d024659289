import { AntdRegistry } from '@ant-design/nextjs-registry';
import type { ReactNode } from 'react';
import { OfficerProviders } from '@/features/console/shell/officer-providers';

/** AntdRegistry collects antd's CSS-in-JS during SSR so the console has no style flash. */
export default function OfficerLayout({ children }: { children: ReactNode }) {
  return (
    <AntdRegistry>
      <OfficerProviders>{children}</OfficerProviders>
    </AntdRegistry>
  );
}
