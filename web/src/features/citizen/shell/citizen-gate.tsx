'use client';

import { DotLoading } from 'antd-mobile';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { citizenSession } from '@/features/shared/session/citizen-session';
import { useSessionToken } from '@/features/shared/session/use-session-token';
import { citizenSignInHref } from './sign-in-href';
import styles from './citizen-shell.module.css';

/** Renders its children for a signed-in citizen; anyone else goes to sign-in and comes back here after. */
export function CitizenGate({ children }: { children: (token: string) => ReactNode }) {
  const token = useSessionToken(citizenSession);
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (token === null) router.replace(citizenSignInHref(pathname));
  }, [token, router, pathname]);
  if (!token) {
    return (
      <div className={styles.centered} data-testid="loading">
        <DotLoading color="primary" />
      </div>
    );
  }
  return <>{children(token)}</>;
}
