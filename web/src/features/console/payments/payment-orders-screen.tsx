'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useQuery } from '@/features/shared/api/use-query';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { CHANNEL_LABELS, ORDER_STATUS_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentOrderFilter, PaymentOrderStatus, PaymentOrdersQuery } from '@/gql/graphql';
import { ORDER_STATUS_COLORS } from './payment-centre-labels';
import { PaymentOrderFilters } from './payment-order-filters';
import { paymentOrdersQuery } from './payment-orders.operations';

type OrderRow = PaymentOrdersQuery['paymentOrders']['nodes'][number];

const PAGE_SIZE = 20;

const columns: TableColumnsType<OrderRow> = [
  { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatStamp(at) },
  {
    title: '缴费事项',
    key: 'subject',
    render: (_, row) => (
      <Space orientation="vertical" size={0}>
        <Link href={`/console/payments/${row.id}`} data-testid="order-link">
          {row.subject}
        </Link>
        <Typography.Text type="secondary" copyable={{ text: row.id }} style={{ fontSize: 12 }}>
          {row.id}
        </Typography.Text>
      </Space>
    ),
  },
  { title: '业务类型', dataIndex: 'businessKindName', key: 'businessKind' },
  { title: '区县', dataIndex: 'countyCode', key: 'countyCode', render: (code: string) => <code>{code}</code> },
  { title: '金额', dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span> },
  { title: '支付渠道', dataIndex: 'channel', key: 'channel', render: (channel: OrderRow['channel']) => (channel ? CHANNEL_LABELS[channel] : '—') },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    render: (status: PaymentOrderStatus) => (
      <Tag color={ORDER_STATUS_COLORS[status] ?? 'default'} data-testid="payment-status">
        {ORDER_STATUS_LABELS[status] ?? status}
      </Tag>
    ),
  },
  { title: '缴费时间', dataIndex: 'paidAt', key: 'paidAt', width: 170, render: (at: string | null) => (at ? formatStamp(at) : '—') },
];

/**
 * 缴费订单 (business officers): the payment centre's orders of every channel,
 * newest first, filtered and paged by cursor — what the window checks when a
 * citizen asks whether their payment arrived.
 */
export function PaymentOrdersScreen() {
  const api = useOfficerApi();
  const [filter, setFilter] = useState<PaymentOrderFilter>({});
  // Cursors of the pages before this one: 上一页 pops, 下一页 pushes.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const query = useQuery(api, paymentOrdersQuery, { filter, first: PAGE_SIZE, after });
  const page = query.data?.paymentOrders;
  const { loading } = query;

  return (
    <Card
      title="缴费订单"
      extra={
        <Button icon={<ReloadOutlined />} onClick={query.reload}>
          刷新
        </Button>
      }
      data-testid="payment-orders"
    >
      <PaymentOrderFilters
        onChange={(next) => {
          setFilter(next);
          setCursors([null]);
        }}
      />
      <div style={{ marginTop: 16 }}>
        <QueryState query={query} select={(data) => data.paymentOrders.nodes} title="暂时无法获取缴费订单">
          {(nodes, view) => (
            <Table<OrderRow>
              rowKey="id"
              size="middle"
              loading={view.reloading}
              columns={columns}
              dataSource={nodes}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="payment-orders-table"
            />
          )}
        </QueryState>
      </div>
      <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }}>
        <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
        <Button disabled={cursors.length <= 1 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!page?.hasNextPage || loading} onClick={() => setCursors((list) => [...list, page?.endCursor ?? null])} data-testid="next-page">
          下一页
        </Button>
      </Space>
    </Card>
  );
}
