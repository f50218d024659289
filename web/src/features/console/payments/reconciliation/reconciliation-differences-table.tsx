'use client';

import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import Link from 'next/link';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { ReconciliationDifferenceKind, ReconciliationQuery } from '@/gql/graphql';
import { DIFFERENCE_KIND_COLORS, DIFFERENCE_KIND_HINTS, DIFFERENCE_KIND_LABELS, ENTRY_KIND_LABELS, RESOLUTION_LABELS } from '../payment-centre-labels';

export type DifferenceRow = ReconciliationQuery['reconciliationDifferences'][number];

/** One side's amount: 无记录 when that side has none, and how many entries when it has more than one. */
function Amount({ fen, entries }: { fen: number | null | undefined; entries: number }) {
  if (fen == null) return <Typography.Text type="secondary">无记录</Typography.Text>;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(fen)}
      {entries > 1 && <Typography.Text type="warning">（{entries} 笔）</Typography.Text>}
    </span>
  );
}

/** 对账差异: what disagrees, on which side, and how it was settled; 处理 for those allowed to settle it. */
export function ReconciliationDifferencesTable({ differences, loading, mayResolve, onResolve }: { differences: readonly DifferenceRow[]; loading: boolean; mayResolve: boolean; onResolve: (difference: DifferenceRow) => void }) {
  const columns: TableColumnsType<DifferenceRow> = [
    {
      title: '对账日期 / 渠道',
      key: 'day',
      width: 120,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{row.date}</span>
          <Typography.Text type="secondary">{CHANNEL_LABELS[row.channel] ?? row.channel}</Typography.Text>
        </Space>
      ),
    },
    {
      title: '差异类型',
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: ReconciliationDifferenceKind, row) => (
        <Space size={4}>
          <Tooltip title={DIFFERENCE_KIND_HINTS[kind]}>
            <Tag color={DIFFERENCE_KIND_COLORS[kind]} data-testid="difference-kind">
              {DIFFERENCE_KIND_LABELS[kind] ?? kind}
            </Tag>
          </Tooltip>
          <Typography.Text type="secondary">{ENTRY_KIND_LABELS[row.entryKind] ?? row.entryKind}</Typography.Text>
        </Space>
      ),
    },
    {
      title: '商户订单号 / 渠道单号',
      key: 'refs',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {row.outTradeNo}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {row.channelRef}
          </Typography.Text>
          {row.orderId && <Link href={`/console/payments/${row.orderId}`}>查看订单</Link>}
        </Space>
      ),
    },
    { title: '本地流水金额', key: 'ledger', align: 'right', render: (_, row) => <Amount fen={row.ledgerFen} entries={row.ledgerEntries} /> },
    { title: '渠道账单金额', key: 'channel', align: 'right', render: (_, row) => <Amount fen={row.channelFen} entries={row.channelEntries} /> },
    { title: '发现时间', dataIndex: 'detectedAt', key: 'detectedAt', width: 110, render: (at: string) => formatStamp(at) },
    {
      title: '处理',
      key: 'resolution',
      width: 170,
      fixed: 'right',
      render: (_, row) =>
        row.resolution ? (
          <Space orientation="vertical" size={0} data-testid="difference-resolution">
            <Tag color="green">{RESOLUTION_LABELS[row.resolution] ?? row.resolution}</Tag>
            {row.note && <Typography.Text style={{ fontSize: 12 }}>{row.note}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatStamp(row.resolvedAt)}
            </Typography.Text>
          </Space>
        ) : mayResolve ? (
          <Button size="small" type="primary" ghost onClick={() => onResolve(row)} data-testid="resolve-difference">
            处理
          </Button>
        ) : (
          <Tag color="orange">待处理</Tag>
        ),
    },
  ];
  return (
    <Table<DifferenceRow>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...differences]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有符合条件的对账差异' }}
      data-testid="reconciliation-differences"
    />
  );
}
