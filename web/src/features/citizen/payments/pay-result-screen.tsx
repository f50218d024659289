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
import { OrderSummary } from './order-summary';
import { PAY_RESULT_PAGE, payOrderHref } from './pay-pages';
import { paymentOrderQuery } from './payments.operations';
import type { OrderView } from './types';
import styles from './payments.module.css';

/** How long the page keeps asking eagerly before it says the result is still being confirmed. */
const EAGER_MS = 20_000;
const EAGER_POLL_MS = 2_000;
/** Afterwards it still asks now and then: a lost notification is settled by the payment centre's own query of the channel. */
const SLOW_POLL_MS = 10_000;

/**
 * 支付结果 (/h5/pay/result?orderId=…), where the cashier sends the payer back.
 * The parameters the channel appends are not trusted: only the order's state
 * at the payment centre, which changes when the channel's signed notification
 * arrives (asynchronously), says whether it is paid.
 */
export function PayResultScreen({ orderId }: { orderId: string | null }) {
  return (
    <CitizenServicePage page={PAY_RESULT_PAGE} backHref="/h5/payments">
      {(token) =>
        orderId ? (
          <PayResult key={token} orderId={orderId} />
        ) : (
          <ErrorBlock status="empty" title="未找到缴费订单" description="链接中缺少订单信息，可在“我的缴费”中查看支付结果" data-testid="result-no-order">
            <Link href="/h5/payments">
              <Button color="primary">我的缴费</Button>
            </Link>
          </ErrorBlock>
        )
      }
    </CitizenServicePage>
  );
}

function PayResult({ orderId }: { orderId: string }) {
  const api = useCitizenApi();
  const query = useQuery(api, paymentOrderQuery, { id: orderId });
  const eager = useWaitWindow(EAGER_MS);
  const order = query.data?.paymentOrder;
  usePolling(query, !order || order.status === 'UNPAID', eager.open ? EAGER_POLL_MS : SLOW_POLL_MS);
  const refresh = () => {
    eager.restart();
    query.reload();
  };

  return (
    <QueryState query={query} select={(data) => data} title="暂时无法获取支付结果">
      {(data, view) => {
        const found = data.paymentOrder;
        if (!found) {
          if (query.errors.length > 0) return <QueryFailure failure={failureOf(query.errors)} title="暂时无法获取支付结果" onRetry={refresh} retrying={view.reloading} />;
          return (
            <ErrorBlock status="empty" title="未找到缴费订单" description="请在“我的缴费”中查看您的订单" data-testid="result-no-order">
              <Link href="/h5/payments">
                <Button color="primary">我的缴费</Button>
              </Link>
            </ErrorBlock>
          );
        }
        return (
          <div className={styles.content}>
            <Outcome order={found} eager={eager.open} onRefresh={refresh} />
            <OrderSummary order={found} />
            <Link href="/h5/payments" className={styles.link}>
              查看我的缴费 ›
            </Link>
          </div>
        );
      }}
    </QueryState>
  );
}

/** 刷新 starts another eager round: the page shows 正在确认支付结果 again while it asks. */
function Outcome({ order, eager, onRefresh }: { order: OrderView; eager: boolean; onRefresh: () => void }) {
  if (isSettled(order.status)) {
    return (
      <div data-testid="pay-result" data-status={order.status}>
        <Result
          status="success"
          title="支付成功"
          description={
            <span className={styles.resultLines}>
              <span className={styles.resultAmount} data-testid="paid-amount">
                {formatFen(order.amountFen)}
              </span>
              {order.channel && <span>支付方式：{CHANNEL_LABELS[order.channel]}</span>}
              {order.paidAt && <span>缴费时间：{formatStamp(order.paidAt)}</span>}
            </span>
          }
        />
      </div>
    );
  }
  if (order.status === 'CLOSED') {
    return (
      <div data-testid="pay-result" data-status={order.status}>
        <Result status="info" title="订单已关闭" description="该订单未完成支付且已超过缴费截止时间，未产生扣款。如需缴费，请返回重新发起。" />
      </div>
    );
  }
  return (
    <div data-testid="pay-result" data-status={eager ? 'CONFIRMING' : 'DELAYED'}>
      {eager ? (
        <Result status="waiting" title="正在确认支付结果" description={<DotLoading color="primary" />} />
      ) : (
        <Result status="warning" title="支付结果确认中" description="支付渠道的结果通知可能稍有延迟。如您已完成支付，请稍后点击“刷新”；如尚未支付，可返回订单重新支付。" />
      )}
      <div className={styles.buttons}>
        <Button color="primary" onClick={onRefresh} data-testid="refresh-result">
          刷新
        </Button>
        <Link href={payOrderHref(order.id)}>
          <Button>返回订单</Button>
        </Link>
      </div>
    </div>
  );
}
