import { describeErrors } from '@/features/shared/api/error-messages';
import type { GraphQLErrorLike } from '@/features/shared/api/graphql-client';
import { userErrorMessage, type UserErrorLike } from '@/features/shared/api/user-error';

/** Null when the binding changed; otherwise what to tell the citizen. */
export function bindingProblem(payload: { error?: UserErrorLike | null } | null | undefined, errors: readonly GraphQLErrorLike[]): string | null {
  if (payload && !payload.error) return null;
  if (payload?.error) return userErrorMessage(payload.error, '操作未成功，请核对后重试');
  return describeErrors(errors)[0] ?? '操作未成功，请稍后再试';
}
