'use client';

import { Button, DotLoading, ErrorBlock, Result } from 'antd-mobile';
import Link from 'next/link';
import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { QueryFailure, QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { failureOf } from '@/features/shared/api/query-view';
import { usePolling, useWaitWindow } from '@/features/shared/api/use-polling';
import { useQuery } from '@/features/shared/api/use-query';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { CHANNEL_LABELS, isSettled } from '@/features/shared/payments/payment-labels';
import { OrderCheckout } from './order-checkout';
import { OrderSummary } from './order-summary';
import { PAY_ORDER_PAGE } from './pay-pages';
import { paymentOrderQuery } from './payments.operations';
import type { OrderView } from './types';
import type { WechatAuthConfig } from './wechat-pay-trip';
import styles from './payments.module.css';

/** The owner asks for the order through its outbox: it reaches the payment centre within a moment. */
const ORDER_WAIT_MS = 15_000;
const ORDER_POLL_MS = 1_000;

/**
 * The cashier choice for one order (/h5/pay/<orderId>): sign-in and the level gate first.
 * `wechatAuth` is where paying inside WeChat gets the payer's openid (read per request).
 */
export function PayOrderScreen({ orderId, wechatAuth }: { orderId: string; wechatAuth: WechatAuthConfig }) {
  return (
    <CitizenServicePage page={PAY_ORDER_PAGE} backHref="/h5/payments">
      {(token) => <PayOrder key={token} orderId={orderId} wechatAuth={wechatAuth} />}
    </CitizenServicePage>
  );
}

function PayOrder({ orderId, wechatAuth }: { orderId: string; wechatAuth: WechatAuthConfig }) {
  const api = useCitizenApi();
  const query = useQuery(api, paymentOrderQuery, { id: orderId });
  const waiting = useWaitWindow(ORDER_WAIT_MS);
  const order = query.data?.paymentOrder;
  usePolling(query, !order && waiting.open, ORDER_POLL_MS);

  return (
    <QueryState query={query} select={(data) => data} title="暂时无法获取缴费订单">
      {(data, view) => {
        if (data.paymentOrder) return <OrderPayment order={data.paymentOrder} wechatAuth={wechatAuth} onOrderChanged={query.reload} />;
        if (waiting.open) {
          return (
            <div className={styles.centered} data-testid="order-pending">
              <DotLoading color="primary" />
              <span>正在生成缴费订单…</span>
            </div>
          );
        }
        if (query.errors.length > 0) return <QueryFailure failure={failureOf(query.errors)} title="暂时无法获取缴费订单" onRetry={query.reload} retrying={view.reloading} />;
        return (
          <ErrorBlock status="empty" title="暂未查到缴费订单" description="订单可能仍在生成中，请稍后刷新；如多次刷新仍未查到，请返回重新发起缴费。" data-testid="order-missing">
            <div className={styles.buttons}>
              <Button
                color="primary"
                loading={view.reloading}
                onClick={() => {
                  waiting.restart();
                  query.reload();
                }}
              >
                刷新
              </Button>
              <Link href="/h5/payments">
                <Button>我的缴费</Button>
              </Link>
            </div>
          </ErrorBlock>
        );
      }}
    </QueryState>
  );
}

/** An order still to pay shows the checkout; a paid or closed one says so, with the way on. */
function OrderPayment({ order, wechatAuth, onOrderChanged }: { order: OrderView; wechatAuth: WechatAuthConfig; onOrderChanged: () => void }) {
  // Past its deadline it cannot be paid, even before the payment centre's closing job has run.
  const expired = order.status === 'UNPAID' && Date.parse(order.expiresAt) <= Date.now();
  return (
    <div className={styles.content}>
      <OrderSummary order={order} />
      {isSettled(order.status) ? (
        <Result
          status="success"
          title="已缴费"
          description={`${formatFen(order.amountFen)}${order.channel ? ` · ${CHANNEL_LABELS[order.channel]}` : ''}${order.paidAt ? ` · ${formatStamp(order.paidAt)}` : ''}`}
          data-testid="order-paid"
        />
      ) : order.status === 'CLOSED' || expired ? (
        <OrderClosed order={order} />
      ) : (
        <OrderCheckout order={order} wechatAuth={wechatAuth} onOrderChanged={onOrderChanged} />
      )}
      <Link href="/h5/payments" className={styles.link}>
        查看我的缴费 ›
      </Link>
    </div>
  );
}

function OrderClosed({ order }: { order: OrderView }) {
  // A fine is ordered again from its violation (a new order carries today's late fee).
  const back = order.businessKind === 'TRAFFIC_FINE' ? { href: '/h5/vehicles', label: '返回违法查询与缴款' } : { href: '/h5/payments', label: '返回我的缴费' };
  return (
    <div data-testid="order-closed">
      <Result status="info" title="订单已关闭" description={`该订单已超过缴费截止时间（${formatStamp(order.expiresAt)}）或已关闭，未产生扣款。如需缴费，请返回重新发起。`} />
      <div className={styles.buttons}>
        <Link href={back.href}>
          <Button color="primary">{back.label}</Button>
        </Link>
      </div>
    </div>
  );
}
