import { describeErrors } from '@/features/shared/api/error-messages';
import type { GraphQLErrorLike } from '@/features/shared/api/graphql-client';
import { citizenSession } from '@/features/shared/session/citizen-session';
import { userErrorMessage, type UserErrorLike } from '@/features/shared/api/user-error';

/** Every citizen sign-in (and real-name step) answers a token or a business error. */
export interface TokenPayload {
  token?: string | null;
  expiresAt?: string | null;
  error?: UserErrorLike | null;
}

const SIGN_IN_MESSAGES: Record<string, string> = {
  SMS_CODE_INVALID: '验证码错误或已过期，请重新获取',
  SMS_CODE_EXPIRED: '验证码已过期，请重新获取',
};

/**
 * Keeps the token when there is one and says so (`null`); otherwise returns
 * the message to show: the business error, else what went wrong with the request.
 */
export function keepSession(payload: TokenPayload | null | undefined, errors: readonly GraphQLErrorLike[], fallback: string): string | null {
  if (payload?.token) {
    citizenSession.save({ token: payload.token, expiresAt: payload.expiresAt ?? null });
    return null;
  }
  if (payload?.error) return userErrorMessage(payload.error, fallback, SIGN_IN_MESSAGES);
  return describeErrors(errors)[0] ?? fallback;
}
