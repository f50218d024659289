'use client';

import { Alert } from 'antd';
import type { UserErrorLike } from '@/features/shared/api/user-error';
import { userErrorMessage } from '@/features/shared/api/user-error';

/** A refused step, in the officer's words; identity's Chinese message is kept when there is one. */
export function SignInError({ error }: { error: UserErrorLike | null }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={userErrorMessage(error, '登录失败，请稍后再试')} style={{ marginBottom: 16 }} data-testid="sign-in-error" />;
}

/** A transport or GraphQL failure turned into the same shape. */
export const requestFailed = (message: string | undefined): UserErrorLike => ({ code: 'REQUEST_FAILED', message: message ?? '服务异常，请稍后再试' });
