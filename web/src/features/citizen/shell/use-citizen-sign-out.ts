'use client';

import { Toast } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { citizenSession } from '@/features/shared/session/citizen-session';

/** 退出: the citizen token has no server session to end; forgetting it is signing out. */
export function useCitizenSignOut(): () => void {
  const router = useRouter();
  return useCallback(() => {
    citizenSession.clear();
    Toast.show({ content: '已退出登录' });
    router.replace('/h5/sign-in');
  }, [router]);
}
