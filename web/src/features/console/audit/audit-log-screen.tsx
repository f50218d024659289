'use client';

import { Button, Card, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AuditEntryFieldsFragment, AuditEntryFilter } from '@/gql/graphql';
import { onlySubgraph, SUBGRAPH_LABELS, SUBGRAPHS, type SubgraphKey } from '@/features/console/subgraphs';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { formatStamp } from '@/features/shared/format/format-time';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { AuditFilters } from './audit-filters';
import { ACTION_LABELS, ACTOR_KIND_LABELS, CONFIG_CHANGE_LABELS, FIELD_LABELS, purposeLabel } from './audit-labels';
import { auditTrailEntriesQuery } from './audit.operations';
import { ChainStatusCard } from './chain-status-card';

type Entry = AuditEntryFieldsFragment;

const PAGE_SIZE = 20;

/** CONFIG_CHANGED rows say which change (e.g. 重试任务) when their details name a known one. */
function changeOf(entry: Entry): string | null {
  if (entry.action !== 'CONFIG_CHANGED' || !entry.details) return null;
  try {
    const change = (JSON.parse(entry.details) as { change?: unknown }).change;
    return typeof change === 'string' ? (CONFIG_CHANGE_LABELS[change] ?? null) : null;
  } catch {
    return null;
  }
}

/** A disclosure's remark: sealed in the row, opened by the subgraph for the audit administrator's view. */
function noteOf(entry: Entry): string | null {
  if (entry.action !== 'DISCLOSURE' || !entry.details) return null;
  try {
    const details = JSON.parse(entry.details) as { note?: unknown; noteUnreadable?: unknown };
    if (details.noteUnreadable === true) return '（备注无法解密）';
    return typeof details.note === 'string' ? details.note : null;
  } catch {
    return null;
  }
}

const columns: TableColumnsType<Entry> = [
  { title: '时间', dataIndex: 'at', key: 'at', width: 170, render: (at: string) => formatStamp(at) },
  {
    title: '事件',
    dataIndex: 'action',
    key: 'action',
    render: (action: string, entry) => {
      const change = changeOf(entry);
      return (
        <Tag color={action === 'AUDIT_TAMPER_DETECTED' || action === 'SIGN_IN_FAILED' ? 'red' : action === 'DISCLOSURE' ? 'orange' : 'blue'}>
          {ACTION_LABELS[action] ?? action}
          {change ? ` · ${change}` : ''}
        </Tag>
      );
    },
  },
  { title: '操作人', key: 'actor', render: (_, e) => `${ACTOR_KIND_LABELS[e.actorKind] ?? e.actorKind}${e.actorId ? ` ${e.actorId}` : ''}` },
  { title: '对象', key: 'target', render: (_, e) => (e.targetKind ? `${ACTOR_KIND_LABELS[e.targetKind] ?? e.targetKind} ${e.targetId ?? ''}` : '—') },
  {
    title: '查看字段 / 事由',
    key: 'disclosure',
    render: (_, e) => {
      if (!e.field) return '—';
      const note = noteOf(e);
      return (
        <Space orientation="vertical" size={0}>
          <span>{`${FIELD_LABELS[e.field] ?? e.field}：${purposeLabel(e.purpose)}`}</span>
          {note && <Typography.Text type="secondary" data-testid="disclosure-note">{`备注：${note}`}</Typography.Text>}
        </Space>
      );
    },
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
 * 审计日志 (audit administrator): every subgraph's own hash-chained trail, one
 * tab each. A tab keeps its filters, page and chain check while another is shown.
 */
export function AuditLogScreen() {
  const [trail, setTrail] = useState<SubgraphKey>(SUBGRAPHS[0]);
  return (
    <div data-testid="audit-log">
      <Tabs
        activeKey={trail}
        onChange={(key) => setTrail(key as SubgraphKey)}
        items={SUBGRAPHS.map((key) => ({ key, label: SUBGRAPH_LABELS[key], children: <AuditTrailPanel trail={key} /> }))}
        data-testid="audit-trails"
      />
    </div>
  );
}

/** One trail: live and archived rows, newest first, filtered and paged by cursor; its chain verified on demand. */
function AuditTrailPanel({ trail }: { trail: SubgraphKey }) {
  const api = useOfficerApi();
  const [filter, setFilter] = useState<AuditEntryFilter>({});
  // Cursors of the pages before this one: 上一页 pops, 下一页 pushes.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const query = useQuery(api, auditTrailEntriesQuery, { filter, first: PAGE_SIZE, after, ...onlySubgraph(trail) });
  const page = query.data?.auditTrails[trail]?.entries;
  const { loading } = query;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid={`audit-trail-${trail}`}>
      <ChainStatusCard trail={trail} />
      <Card title={`审计日志（${SUBGRAPH_LABELS[trail]}）`}>
        <AuditFilters
          onChange={(next) => {
            setFilter(next);
            setCursors([null]);
          }}
        />
        <div style={{ marginTop: 16 }}>
          <QueryState query={query} select={(data) => data.auditTrails[trail]?.entries.nodes} title="暂时无法获取审计日志">
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
