'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { QueryState } from '@/features/console/shell/query-state';
import { hasAnyRole } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePolling, useWaitWindow } from '@/features/shared/api/use-polling';
import { useQuery } from '@/features/shared/api/use-query';
import type { OfficerRole } from '@/gql/graphql';
import { ReconciliationDifferencesTable, type DifferenceRow } from './reconciliation-differences-table';
import { ReconciliationFilters } from './reconciliation-filters';
import { ReconciliationRunsTable, type ReconciliationRunRow } from './reconciliation-runs-table';
import { DEFAULT_VIEW, variablesOf, type ReconciliationView } from './reconciliation-view';
import { reconciliationQuery } from './reconciliation.operations';
import { ResolveDifferenceModal } from './resolve-difference-modal';
import { RunReconciliation } from './run-reconciliation';

/** The payment subgraph's rules: a reviewer or a leader settles a difference; only a leader starts a run. */
const RESOLVERS: readonly OfficerRole[] = ['REVIEWER', 'LEADER'];
const RUNNERS: readonly OfficerRole[] = ['LEADER'];

/** How long the page keeps asking for the result of 立即对账 (the job runs within moments). */
const RUN_WAIT_MS = 30_000;

/** A run as last seen: a new id or a later lastRunAt means the day was reconciled again. */
const runStamp = (run: ReconciliationRunRow) => `${run.id}@${run.lastRunAt}`;

/**
 * 缴费对账: each day's Alipay and WeChat Pay bills against the ledger (runs), the differences found, 处理 for
 * reviewers and leaders, and 立即对账 for leaders. After a run the page asks again until the day's result changes.
 */
export function ReconciliationScreen() {
  const api = useOfficerApi();
  const { officer } = useCurrentOfficer();
  const [view, setView] = useState<ReconciliationView>(DEFAULT_VIEW);
  const query = useQuery(api, reconciliationQuery, variablesOf(view));
  const [resolving, setResolving] = useState<DifferenceRow | null>(null);
  const [awaiting, setAwaiting] = useState<{ date: string; seen: ReadonlySet<string> } | null>(null);
  const wait = useWaitWindow(RUN_WAIT_MS);
  const runs = query.data?.reconciliationRuns ?? [];
  const arrived = awaiting !== null && runs.some((run) => run.date === awaiting.date && !awaiting.seen.has(runStamp(run)));
  const waiting = awaiting !== null && !arrived && wait.open;
  usePolling(query, waiting, 1_500);

  function onQueued(date: string) {
    setAwaiting({ date, seen: new Set(runs.filter((run) => run.date === date).map(runStamp)) });
    wait.restart();
    setView((current) => ({ ...current, date }));
    query.reload();
  }

  return (
    <Card
      title="缴费对账"
      extra={
        <Space>
          {hasAnyRole(officer.roles, RUNNERS) && <RunReconciliation onQueued={onQueued} />}
          <Button icon={<ReloadOutlined />} onClick={query.reload}>
            刷新
          </Button>
        </Space>
      }
      data-testid="reconciliation"
    >
      <ReconciliationFilters view={view} onChange={setView} />
      {waiting && <Alert type="info" showIcon style={{ marginTop: 16 }} title={`正在核对 ${awaiting?.date} 的账单，完成后自动显示结果…`} data-testid="reconciliation-waiting" />}
      {awaiting && !waiting && !arrived && (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={`${awaiting.date} 的对账仍在进行，请稍后点击「刷新」查看`} closable={{ onClose: () => setAwaiting(null) }} />
      )}
      <div style={{ marginTop: 16 }}>
        <QueryState query={query} select={(data) => data} title="暂时无法获取对账信息">
          {(data, state) => (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <div>
                <Typography.Title level={5}>对账记录{view.date ? `（${view.date}）` : '（近 30 天）'}</Typography.Title>
                <ReconciliationRunsTable runs={data.reconciliationRuns} loading={state.reloading} onShowDifferences={(date, channel) => setView({ date, channel, status: 'all' })} />
              </div>
              <div>
                <Typography.Title level={5}>对账差异</Typography.Title>
                <ReconciliationDifferencesTable differences={data.reconciliationDifferences} loading={state.reloading} mayResolve={hasAnyRole(officer.roles, RESOLVERS)} onResolve={setResolving} />
              </div>
            </Space>
          )}
        </QueryState>
      </div>
      {resolving && (
        <ResolveDifferenceModal
          difference={resolving}
          onClose={() => setResolving(null)}
          onResolved={() => {
            setResolving(null);
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
