'use client';

import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AuditEntriesQuery, AuditEntryFilter } from '@/gql/graphql';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { formatStamp } from '@/features/shared/format/format-time';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { AuditFilters } from './audit-filters';
import { ACTION_LABELS, ACTOR_KIND_LABELS, FIELD_LABELS } from './audit-labels';
import { auditEntriesQuery } from './audit.operations';
import { ChainStatusCard } from './chain-status-card';

type Entry = AuditEntriesQuery['auditEntries']['nodes'][number];

const PAGE_SIZE = 20;

const columns: TableColumnsType<Entry> = [
  { title: '时间', dataIndex: 'at', key: 'at', width: 170, render: (at: string) => formatStamp(at) },
  {
    title: '事件',
    dataIndex: 'action',
    key: 'action',
    render: (action: string) => <Tag color={action === 'AUDIT_TAMPER_DETECTED' || action === 'SIGN_IN_FAILED' ? 'red' : action === 'DISCLOSURE' ? 'orange' : 'blue'}>{ACTION_LABELS[action] ?? action}</Tag>,
  },
  { title: '操作人', key: 'actor', render: (_, e) => `${ACTOR_KIND_LABELS[e.actorKind] ?? e.actorKind}${e.actorId ? ` ${e.actorId}` : ''}` },
  { title: '对象', key: 'target', render: (_, e) => (e.targetKind ? `${ACTOR_KIND_LABELS[e.targetKind] ?? e.targetKind} ${e.targetId ?? ''}` : '—') },
  {
    title: '查看字段 / 事由',
    key: 'disclosure',
    render: (_, e) => (e.field ? `${FIELD_LABELS[e.field] ?? e.field}：${e.purpose ?? ''}` : '—'),
  },
  { title: '归档', dataIndex: 'archived', key: 'archived', render: (archived: boolean) => (archived ? <Tag>已归档</Tag> : null) },
];

function EntryDetails({ entry }: { entry: Entry }) {
  let details = entry.details;
  try {
    if (details) details = JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    // Not JSON after all: show it as stored.
  }
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text type="secondary">记录编号：{entry.id}　请求编号：{entry.requestId}</Typography.Text>
      <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
        哈希：<code>{entry.hash}</code>
      </Typography.Text>
      {details && <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{details}</pre>}
    </Space>
  );
}

/**
 * 审计日志 (audit administrator): live and archived rows, newest first,
 * filtered and paged by cursor; the chain can be verified on demand.
 */
export function AuditLogScreen() {
  const api = useOfficerApi();
  const [filter, setFilter] = useState<AuditEntryFilter>({});
  // Cursors of the pages before this one: 上一页 pops, 下一页 pushes.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const query = useQuery(api, auditEntriesQuery, { filter, first: PAGE_SIZE, after });
  const page = query.data?.auditEntries;
  const { loading } = query;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="audit-log">
      <ChainStatusCard />
      <Card title="审计日志">
        <AuditFilters
          onChange={(next) => {
            setFilter(next);
            setCursors([null]);
          }}
        />
        <div style={{ marginTop: 16 }}>
          <QueryState query={query} select={(data) => data.auditEntries.nodes} title="暂时无法获取审计日志">
            {(nodes, view) => (
              <Table<Entry>
                rowKey="id"
                size="middle"
                loading={view.reloading}
                columns={columns}
                dataSource={nodes}
                pagination={false}
                expandable={{ expandedRowRender: (entry) => <EntryDetails entry={entry} /> }}
                data-testid="audit-table"
              />
            )}
          </QueryState>
        </div>
        <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }}>
          <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
          <Button disabled={cursors.length <= 1 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!page?.hasNextPage || loading} onClick={() => setCursors((list) => [...list, page?.endCursor ?? null])}>
            下一页
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
