'use client';

import { NavBar } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import styles from './citizen-shell.module.css';

/**
 * One H5 screen: the title bar (back goes to `backHref`, default the user
 * centre; none on the top screens) and the content below it.
 */
export function CitizenPage({ title, backHref = '/h5', right, children }: { title: string; backHref?: string | null; right?: ReactNode; children: ReactNode }) {
  const router = useRouter();
  return (
    <>
      <NavBar className={styles.navBar} backIcon={backHref !== null} onBack={backHref ? () => router.push(backHref) : undefined} right={right}>
        {title}
      </NavBar>
      <main className={styles.page}>{children}</main>
    </>
  );
}
