'use client';

import { App } from 'antd';
import { useCallback } from 'react';
import { describeErrors } from '@/features/shared/api/error-messages';
import type { ExecutionResult } from '@/features/shared/api/graphql-client';
import { userErrorMessage, type UserErrorLike } from '@/features/shared/api/user-error';

/**
 * Turns a mutation's answer into a message: success text when the payload has
 * no error, else the business error (identity's Chinese message) or the
 * request's error. Returns the payload when it succeeded, else null.
 */
export function usePayloadFeedback() {
  const { message } = App.useApp();
  return useCallback(
    <T, P extends { error?: UserErrorLike | null }>(result: ExecutionResult<T>, pick: (data: T) => P | null | undefined, success: string): P | null => {
      const payload = result.data ? pick(result.data) : null;
      if (payload && !payload.error) {
        message.success(success);
        return payload;
      }
      message.error(payload?.error ? userErrorMessage(payload.error, '操作失败，请稍后再试') : (describeErrors(result.errors)[0] ?? '操作失败，请稍后再试'));
      return null;
    },
    [message],
  );
}
