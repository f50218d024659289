'use client';

import { Button, DotLoading, ErrorBlock, NoticeBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { queryView, type Failure, type QueryView } from '@/features/shared/api/query-view';
import type { QueryResult } from '@/features/shared/api/use-query';
import { LevelRequired } from './level-required';
import styles from './citizen-shell.module.css';

type Ready<T> = Extract<QueryView<T>, { kind: 'ready' }>;

/**
 * Loading, failure (with 重试), or the page for one query, the same on every
 * H5 page. `select` picks what the page cannot do without; when it is missing
 * the errors say why (a real-name level shows the level gate). With it, what
 * else went wrong is noted above, and so is a stale copy.
 */
export function QueryState<TData, TValue>({
  query,
  select,
  title,
  variant = 'page',
  notices = true,
  children,
}: {
  query: QueryResult<TData>;
  select: (data: TData) => TValue | null | undefined;
  /** What could not be shown, e.g. 暂时无法获取车辆信息. */
  title: string;
  /** `inline` for a part of a page (a card, a banner) rather than all of it. */
  variant?: 'page' | 'inline';
  /** False when the page places its own notices for partial data. */
  notices?: boolean;
  children: (value: NonNullable<TValue>, view: Ready<NonNullable<TValue>>) => ReactNode;
}) {
  const view = queryView(query, select);
  if (view.kind === 'loading') {
    return variant === 'page' ? (
      <div className={styles.centered} data-testid="loading">
        <DotLoading color="primary" />
        <span>正在加载</span>
      </div>
    ) : (
      <span data-testid="loading">
        <DotLoading color="primary" />
      </span>
    );
  }
  if (view.kind !== 'ready') return <QueryFailure failure={view} title={title} onRetry={query.reload} variant={variant} />;
  return (
    <>
      {view.stale && <StaleNotice />}
      {notices && view.notices.length > 0 && <NoticeBar data-testid="partial-notice" color="alert" wrap content={view.notices.join('；')} />}
      {children(view.value, view)}
    </>
  );
}

/** Why a query (or one field of its answer) has nothing to show, with the way forward. */
export function QueryFailure({ failure, title, onRetry, retrying, variant = 'page' }: { failure: Failure; title: string; onRetry: () => void; retrying?: boolean; variant?: 'page' | 'inline' }) {
  if (failure.kind === 'level') return <LevelRequired level={failure.requiredLevel} />;
  const description = failure.messages.join('；') || '请稍后再试';
  const retry = (
    <Button color="primary" size={variant === 'page' ? 'middle' : 'mini'} fill={variant === 'page' ? 'solid' : 'outline'} loading={retrying} onClick={onRetry} data-testid="retry">
      重试
    </Button>
  );
  if (variant === 'inline') {
    return <NoticeBar data-testid="query-failure" color="alert" wrap content={`${title}：${description}`} extra={failure.kind === 'failed' ? retry : undefined} />;
  }
  return (
    <ErrorBlock status={failure.kind === 'failed' && !failure.timedOut ? 'disconnected' : 'default'} title={failure.kind === 'forbidden' ? '没有权限查看' : title} description={description} data-testid="query-failure">
      {failure.kind === 'failed' && <div className={styles.actions}>{retry}</div>}
    </ErrorBlock>
  );
}

/** Cached answers served while the legacy system failed (the gateway's `extensions.stale`). */
export function StaleNotice() {
  return <NoticeBar data-testid="stale-notice" color="info" wrap content="数据可能不是最新：相关业务系统暂时无法访问，当前显示的是稍早前查询到的信息。" />;
}
