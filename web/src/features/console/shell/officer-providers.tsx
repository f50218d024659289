'use client';

import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';

const THEME = {
  token: { colorPrimary: '#1f3b73' },
  components: { Layout: { headerBg: '#fff', headerPadding: '0 24px' } },
};

/** zh_CN everywhere; `App` gives pages message / modal hooks that follow this theme. */
export function OfficerProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
