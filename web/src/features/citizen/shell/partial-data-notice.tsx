'use client';

import { NoticeBar } from 'antd-mobile';
import { describeErrors } from '@/features/shared/api/error-messages';
import type { GraphQLErrorLike } from '@/features/shared/api/graphql-client';

/** Shown above data that arrived incomplete; says which part is missing and why. */
export function PartialDataNotice({ errors }: { errors: readonly GraphQLErrorLike[] }) {
  if (errors.length === 0) return null;
  return (
    <NoticeBar
      data-testid="partial-notice"
      color="alert"
      wrap
      content={describeErrors(errors).join('；')}
    />
  );
}
