'use client';

import { App } from 'antd';
import { useCallback } from 'react';
import { describeErrors } from '@/features/shared/api/error-messages';
import type { ExecutionResult } from '@/features/shared/api/graphql-client';
import { userErrorMessage, type UserErrorLike } from '@/features/shared/api/user-error';

/**
 * Turns a mutation's answer into a message: success text when the payload has
 * no error, else the business error (identity's Chinese message) or the
 * request's error. Returns whether it succeeded.
 */
export function usePayloadFeedback() {
  const { message } = App.useApp();
  return useCallback(
    <T>(result: ExecutionResult<T>, pick: (data: T) => { error?: UserErrorLike | null } | null | undefined, success: string): boolean => {
      const payload = result.data ? pick(result.data) : null;
      if (payload && !payload.error) {
        message.success(success);
        return true;
      }
      message.error(payload?.error ? userErrorMessage(payload.error, '操作失败，请稍后再试') : (describeErrors(result.errors)[0] ?? '操作失败，请稍后再试'));
      return false;
    },
    [message],
  );
}
