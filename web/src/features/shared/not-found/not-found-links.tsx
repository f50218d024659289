'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './not-found.module.css';

/** Back to the side the visitor came from: the console for /console/…, else the citizens' H5. */
export function NotFoundLinks() {
  const pathname = usePathname() ?? '';
  const console_ = pathname === '/console' || pathname.startsWith('/console/');
  return (
    <nav className={styles.links}>
      {console_ ? (
        <Link className={styles.primary} href="/console" data-testid="not-found-home">
          返回民警工作台
        </Link>
      ) : (
        <Link className={styles.primary} href="/h5" data-testid="not-found-home">
          返回市民服务首页
        </Link>
      )}
      <Link className={styles.secondary} href="/">
        返回警通首页
      </Link>
    </nav>
  );
}
