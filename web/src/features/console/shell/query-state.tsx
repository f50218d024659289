'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { queryView, type QueryView } from '@/features/shared/api/query-view';
import type { QueryResult } from '@/features/shared/api/use-query';
import { levelRequirement } from '@/features/shared/catalogue/levels';

type Ready<T> = Extract<QueryView<T>, { kind: 'ready' }>;

/**
 * Loading, failure (with 重试), or the page for one query, the same on every
 * console page. `select` picks what the page cannot do without (a table's
 * rows); without it the officer reads why and can retry. With it, what else
 * went wrong and a stale copy are noted above; a reload keeps the data shown
 * (tables show their own loading).
 */
export function QueryState<TData, TValue>({
  query,
  select,
  title,
  extra,
  children,
}: {
  query: QueryResult<TData>;
  select: (data: TData) => TValue | null | undefined;
  /** What could not be shown, e.g. 暂时无法获取民警列表. */
  title: string;
  /** More ways forward next to 重试 (e.g. 重新登录). */
  extra?: ReactNode;
  children: (value: NonNullable<TValue>, view: Ready<NonNullable<TValue>>) => ReactNode;
}) {
  const view = queryView(query, select);
  if (view.kind === 'loading') {
    return (
      <div style={{ padding: 48, textAlign: 'center' }} data-testid="loading">
        <Spin size="large" />
      </div>
    );
  }
  if (view.kind !== 'ready') {
    const retry = (
      <Button type="primary" icon={<ReloadOutlined />} onClick={query.reload} data-testid="retry">
        重试
      </Button>
    );
    return (
      <Result
        status={view.kind === 'forbidden' ? '403' : 'warning'}
        title={view.kind === 'forbidden' ? '没有权限' : title}
        subTitle={view.kind === 'level' ? levelRequirement(view.requiredLevel) : view.messages.join('；') || '请稍后再试'}
        extra={
          <>
            {view.kind === 'failed' && retry}
            {extra}
          </>
        }
        data-testid="query-failure"
      />
    );
  }
  return (
    <>
      {view.stale && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="数据可能不是最新：相关业务系统暂时无法访问，当前显示的是稍早前查询到的信息。" data-testid="stale-notice" />}
      {view.notices.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={view.notices.join('；')}
          action={
            <Button size="small" onClick={query.reload} loading={view.reloading}>
              重试
            </Button>
          }
          data-testid="partial-notice"
        />
      )}
      {children(view.value, view)}
    </>
  );
}
