'use client';

import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import type { ConsolePaymentOrderQuery, RefundState } from '@/gql/graphql';
import { REFUND_STATE_COLORS, REFUND_STATE_LABELS } from './payment-centre-labels';

type Refund = NonNullable<ConsolePaymentOrderQuery['paymentOrder']>['refunds'][number];

const columns: TableColumnsType<Refund> = [
  { title: '申请时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatStamp(at) },
  { title: '退款金额', dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span> },
  { title: '退款原因', dataIndex: 'reason', key: 'reason' },
  {
    title: '状态',
    dataIndex: 'state',
    key: 'state',
    render: (state: RefundState, refund) => (
      <>
        <Tag color={REFUND_STATE_COLORS[state]} data-testid="refund-state">
          {REFUND_STATE_LABELS[state] ?? state}
        </Tag>
        {refund.failure && <Typography.Text type="danger">渠道返回：{refund.failure}</Typography.Text>}
      </>
    ),
  },
  {
    title: '经办民警',
    dataIndex: 'officerId',
    key: 'officerId',
    render: (id: string | null) => (id ? <Typography.Text copyable={{ text: id }} style={{ fontSize: 12 }}>{id.slice(0, 8)}</Typography.Text> : '—'),
  },
  { title: '完成时间', dataIndex: 'completedAt', key: 'completedAt', width: 170, render: (at: string | null) => (at ? formatStamp(at) : '—') },
];

/** 退款记录: every refund asked for the order, oldest first, with the channel's answer. */
export function OrderRefundsTable({ refunds }: { refunds: readonly Refund[] }) {
  return <Table<Refund> rowKey="id" size="middle" columns={columns} dataSource={[...refunds]} pagination={false} locale={{ emptyText: '暂无退款' }} data-testid="order-refunds" />;
}
