'use client';

import { Button, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel, ReconciliationQuery } from '@/gql/graphql';

export type ReconciliationRunRow = ReconciliationQuery['reconciliationRuns'][number];

const money = { fontVariantNumeric: 'tabular-nums' } as const;

/** 收款 n 笔 ¥x / 退款 n 笔 ¥y: one side of the day. */
function Side({ payments, paymentFen, refunds, refundFen }: { payments: number; paymentFen: number; refunds: number; refundFen: number }) {
  return (
    <Space orientation="vertical" size={0} style={money}>
      <span>
        收款 {payments} 笔 {formatFen(paymentFen)}
      </span>
      <Typography.Text type="secondary">
        退款 {refunds} 笔 {formatFen(refundFen)}
      </Typography.Text>
    </Space>
  );
}

/** 对账记录: each reconciled day and channel, its two sides' totals, and how many differences are still open. */
export function ReconciliationRunsTable({ runs, loading, onShowDifferences }: { runs: readonly ReconciliationRunRow[]; loading: boolean; onShowDifferences: (date: string, channel: PaymentChannel) => void }) {
  const columns: TableColumnsType<ReconciliationRunRow> = [
    { title: '对账日期', dataIndex: 'date', key: 'date', width: 110 },
    { title: '支付渠道', dataIndex: 'channel', key: 'channel', width: 100, render: (channel: PaymentChannel) => CHANNEL_LABELS[channel] ?? channel },
    { title: '渠道账单', key: 'bill', render: (_, run) => <Side payments={run.billPayments} paymentFen={run.billPaymentFen} refunds={run.billRefunds} refundFen={run.billRefundFen} /> },
    { title: '本地流水', key: 'ledger', render: (_, run) => <Side payments={run.ledgerPayments} paymentFen={run.ledgerPaymentFen} refunds={run.ledgerRefunds} refundFen={run.ledgerRefundFen} /> },
    { title: '一致笔数', dataIndex: 'matched', key: 'matched', align: 'right', width: 90 },
    {
      title: '差异 / 待处理',
      key: 'differences',
      width: 120,
      render: (_, run) => (
        <span data-testid="run-differences">
          {run.differences} / <Typography.Text type={run.unresolved > 0 ? 'danger' : undefined}>{run.unresolved}</Typography.Text>
        </span>
      ),
    },
    {
      title: '最近对账',
      key: 'lastRun',
      width: 190,
      render: (_, run) => (
        <Space orientation="vertical" size={0}>
          <span>{formatStamp(run.lastRunAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {run.requestedBy === 'schedule' ? '每日定时对账' : <Tooltip title={`民警 ${run.requestedBy}`}>民警发起</Tooltip>} · 共 {run.runCount} 次
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, run) => (
        <Button type="link" size="small" disabled={run.differences === 0} onClick={() => onShowDifferences(run.date, run.channel)}>
          查看差异
        </Button>
      ),
    },
  ];
  return (
    <Table<ReconciliationRunRow>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...runs]}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '该期间尚无对账记录' }}
      data-testid="reconciliation-runs"
    />
  );
}
