'use client';

import { Toast } from 'antd-mobile';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { ApiChannel } from '@/features/shared/api/api-channel';
import { citizenSession } from '@/features/shared/session/citizen-session';
import { useSessionToken } from '@/features/shared/session/use-session-token';
import { citizenSignInHref } from './sign-in-href';

/** The citizen side of the API: H5 channel, the citizen token, back to sign-in when it is refused. */
export function useCitizenApi(): ApiChannel {
  const token = useSessionToken(citizenSession);
  const router = useRouter();
  const pathname = usePathname();
  const onUnauthenticated = useCallback(() => {
    citizenSession.clear();
    Toast.show({ content: '登录已失效，请重新登录' });
    router.replace(citizenSignInHref(pathname));
  }, [router, pathname]);
  return useMemo(() => ({ channel: 'h5', token, onUnauthenticated }), [token, onUnauthenticated]);
}
