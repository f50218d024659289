'use client';

import './antd-mobile-react19';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import type { ReactNode } from 'react';
import styles from './citizen-shell.module.css';

export function CitizenProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN}>
      <div className={styles.shell}>{children}</div>
    </ConfigProvider>
  );
}
