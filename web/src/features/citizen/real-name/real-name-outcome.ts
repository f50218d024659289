'use client';

import { Toast } from 'antd-mobile';
import { keepSession, type TokenPayload } from '@/features/citizen/sign-in/session-outcome';
import type { GraphQLErrorLike } from '@/features/shared/api/graphql-client';
import { levelLabel } from '@/features/shared/catalogue/levels';

/**
 * A real-name step's answer: on success the NEW token (it carries the new
 * level) replaces the old one and the page re-reads the level; else the
 * message to show.
 */
export function applyRealName(payload: (TokenPayload & { level?: number | null }) | null | undefined, errors: readonly GraphQLErrorLike[]): string | null {
  const problem = keepSession(payload, errors, '认证未通过，请核对后重试');
  if (!problem) Toast.show({ icon: 'success', content: `已完成${payload?.level ? levelLabel(payload.level) : '实名'}认证` });
  return problem;
}
