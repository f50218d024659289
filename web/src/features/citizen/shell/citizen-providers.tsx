'use client';

import './antd-mobile-react19';
import './h5-type.css';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useLayoutEffect, type ReactNode } from 'react';
import { H5_ROOT_CLASS } from './elder-mode-boot';
import { applyElderMode, subscribeElderMode } from './use-elder-mode';
import styles from './citizen-shell.module.css';

export function CitizenProviders({ children }: { children: ReactNode }) {
  // The boot script did this on a full page load; a client navigation into the H5 needs it here.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add(H5_ROOT_CLASS);
    applyElderMode();
    const unsubscribe = subscribeElderMode(() => applyElderMode());
    return () => {
      unsubscribe();
      root.classList.remove(H5_ROOT_CLASS);
      applyElderMode(false);
    };
  }, []);
  return (
    <ConfigProvider locale={zhCN}>
      <div className={styles.shell}>{children}</div>
    </ConfigProvider>
  );
}
