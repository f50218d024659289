'use client';

import { ArrowLeftOutlined, ReloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { QueryState } from '@/features/console/shell/query-state';
import { hasAnyRole } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePolling, useWaitWindow } from '@/features/shared/api/use-polling';
import { useQuery } from '@/features/shared/api/use-query';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { CHANNEL_LABELS, ORDER_STATUS_LABELS } from '@/features/shared/payments/payment-labels';
import type { ConsolePaymentOrderQuery, OfficerRole } from '@/gql/graphql';
import { OrderRefundsTable } from './order-refunds-table';
import { ORDER_STATUS_COLORS } from './payment-centre-labels';
import { consolePaymentOrderQuery } from './payment-order.operations';
import { RefundModal, type RefundableOrder } from './refund-modal';

type Order = NonNullable<ConsolePaymentOrderQuery['paymentOrder']>;

/** Who may refund (the payment subgraph's REFUNDERS): a window officer asks one of them. */
const REFUNDERS: readonly OfficerRole[] = ['REVIEWER', 'LEADER'];

/** How long the page keeps asking while a refund waits for the channel. */
const REFUND_WAIT_MS = 60_000;

/** Paid, less every refund asked that has not failed: the payment centre's own limit for the next refund. */
function refundableFen(order: Order): number {
  if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') return 0;
  const asked = order.refunds.filter((refund) => refund.state !== 'FAILED').reduce((sum, refund) => sum + refund.amountFen, 0);
  return Math.max(0, order.amountFen - asked);
}

/**
 * 缴费订单详情: what the order charges and for what, how it was paid, its refunds — and, for a reviewer or a
 * leader, 退款. A refund waits for the channel's confirmation; the page asks again until it has it.
 */
export function PaymentOrderScreen({ orderId }: { orderId: string }) {
  const api = useOfficerApi();
  const { officer } = useCurrentOfficer();
  const query = useQuery(api, consolePaymentOrderQuery, { id: orderId });
  const [refunding, setRefunding] = useState(false);
  const wait = useWaitWindow(REFUND_WAIT_MS);
  const order = query.data?.paymentOrder;
  usePolling(query, wait.open && Boolean(order?.refunds.some((refund) => refund.state === 'REQUESTED')), 2_000);
  const mayRefund = hasAnyRole(officer.roles, REFUNDERS);

  if (query.done && !query.loading && query.data && order === null && query.errors.length === 0) {
    return (
      <Card>
        <Result status="404" title="未找到该缴费订单" subTitle={`订单号 ${orderId}`} extra={<Link href="/console/payments">返回缴费订单</Link>} data-testid="order-not-found" />
      </Card>
    );
  }

  const refundable = order ? refundableFen(order) : 0;
  return (
    <Card
      title={
        <Space>
          <Link href="/console/payments" aria-label="返回缴费订单">
            <ArrowLeftOutlined />
          </Link>
          缴费订单详情
        </Space>
      }
      extra={
        <Space>
          {mayRefund && order && refundable > 0 && (
            <Button type="primary" danger icon={<RollbackOutlined />} onClick={() => setRefunding(true)} data-testid="refund-open">
              退款
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={query.reload}>
            刷新
          </Button>
        </Space>
      }
      data-testid="payment-order"
    >
      <QueryState query={query} select={(data) => data.paymentOrder} title="暂时无法获取缴费订单">
        {(value) => <OrderDetails order={value} refundable={refundable} />}
      </QueryState>
      {refunding && order && (
        <RefundModal
          order={toRefundable(order, refundable)}
          onClose={() => setRefunding(false)}
          onRefunded={() => {
            setRefunding(false);
            wait.restart();
            query.reload();
          }}
          onStale={query.reload}
        />
      )}
    </Card>
  );
}

const toRefundable = (order: Order, refundable: number): RefundableOrder => ({ id: order.id, subject: order.subject, channel: order.channel ?? null, amountFen: order.amountFen, refundableFen: refundable });

function OrderDetails({ order, refundable }: { order: Order; refundable: number }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="order-descriptions">
        <Descriptions.Item label="缴费事项" span={2}>
          {order.subject}
        </Descriptions.Item>
        <Descriptions.Item label="订单号">
          <Typography.Text copyable>{order.id}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={ORDER_STATUS_COLORS[order.status]} data-testid="order-status">
            {ORDER_STATUS_LABELS[order.status] ?? order.status}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="业务类型">{order.businessKindName}</Descriptions.Item>
        <Descriptions.Item label="业务编号">
          <code>{order.payable.id}</code>
        </Descriptions.Item>
        <Descriptions.Item label="订单金额">
          <span data-testid="order-amount">{formatFen(order.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="已退款">
          <span data-testid="order-refunded">{formatFen(order.refundedFen)}</span>
          {refundable > 0 && <Typography.Text type="secondary">（可退 {formatFen(refundable)}）</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="区县">
          <code>{order.countyCode}</code>
        </Descriptions.Item>
        <Descriptions.Item label="非税收入项目">
          {order.revenueItem.name} <Typography.Text type="secondary">{order.revenueItem.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="创建时间">{formatStamp(order.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="缴费期限">{order.paidAt ? '—' : formatStamp(order.expiresAt)}</Descriptions.Item>
      </Descriptions>

      <div>
        <Typography.Title level={5}>金额明细</Typography.Title>
        <Table
          rowKey="label"
          size="small"
          pagination={false}
          dataSource={order.lines}
          columns={[
            { title: '项目', dataIndex: 'label', key: 'label' },
            { title: '金额', dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (fen: number) => formatFen(fen) },
          ]}
        />
      </div>

      <div>
        <Typography.Title level={5}>支付记录</Typography.Title>
        {order.paidAt ? (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="order-payment">
            <Descriptions.Item label="支付渠道">{order.channel ? CHANNEL_LABELS[order.channel] : '—'}</Descriptions.Item>
            <Descriptions.Item label="实收金额">{formatFen(order.amountFen)}</Descriptions.Item>
            <Descriptions.Item label="到账时间">{formatStamp(order.paidAt)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{order.status === 'CLOSED' ? '订单已关闭，未收到缴费' : '尚未缴费'}</Typography.Text>
        )}
      </div>

      <div>
        <Typography.Title level={5}>退款记录</Typography.Title>
        <OrderRefundsTable refunds={order.refunds} />
      </div>
    </Space>
  );
}
