'use client';

import { Button, ErrorBlock, List } from 'antd-mobile';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { serviceByKey } from '@/features/shared/catalogue/services';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { OrderStatusTag } from './order-status-tag';
import { payOrderHref } from './pay-pages';
import { myPaymentOrdersQuery } from './payments.operations';
import type { OrderListItem } from './types';
import styles from './payments.module.css';

const SERVICE = serviceByKey('payments');

/** 缴费 → 我的缴费: the citizen's orders, newest first, each opening its own page (pay it, or see how it was paid). */
export function MyPaymentsScreen() {
  return <CitizenServicePage page={SERVICE}>{(token) => <MyPayments key={token} />}</CitizenServicePage>;
}

function MyPayments() {
  const api = useCitizenApi();
  const query = useQuery(api, myPaymentOrdersQuery, {});
  return (
    <QueryState query={query} select={(data) => data.myPaymentOrders} title="暂时无法获取缴费记录">
      {(orders) =>
        orders.length === 0 ? (
          <ErrorBlock status="empty" title="暂无缴费记录" description="交通违法罚款可在“违法查询与缴款”中缴纳" data-testid="no-payments">
            <Link href="/h5/vehicles">
              <Button color="primary">违法查询与缴款</Button>
            </Link>
          </ErrorBlock>
        ) : (
          <List header={`我的缴费（${orders.length}笔）`} data-testid="my-payments">
            {orders.map((order) => (
              <OrderItem key={order.id} order={order} />
            ))}
          </List>
        )
      }
    </QueryState>
  );
}

function OrderItem({ order }: { order: OrderListItem }) {
  const router = useRouter();
  return (
    <List.Item
      onClick={() => router.push(payOrderHref(order.id))}
      extra={
        <span className={styles.itemExtra}>
          <span className={styles.itemAmount}>{formatFen(order.amountFen)}</span>
          <OrderStatusTag status={order.status} />
        </span>
      }
      description={
        <span className={styles.itemDetails}>
          <span>{order.businessKindName}</span>
          <time dateTime={order.paidAt ?? order.createdAt}>{order.paidAt ? `缴费于 ${formatStamp(order.paidAt)}` : `创建于 ${formatStamp(order.createdAt)}`}</time>
        </span>
      }
      data-testid="payment-order"
      data-order-id={order.id}
    >
      {order.subject}
    </List.Item>
  );
}
