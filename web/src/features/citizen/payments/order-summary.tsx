'use client';

import { Card } from 'antd-mobile';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatStamp } from '@/features/shared/format/format-time';
import { OrderStatusTag } from './order-status-tag';
import type { OrderView } from './types';
import styles from './payments.module.css';

/** What is being paid: the subject, each line (罚款, 加处罚款…), the total and, while unpaid, the deadline. */
export function OrderSummary({ order }: { order: OrderView }) {
  return (
    <Card
      className={styles.card}
      title={
        <span className={styles.cardTitle}>
          {order.subject}
          <OrderStatusTag status={order.status} />
        </span>
      }
      data-testid="order-summary"
    >
      <dl className={styles.lines}>
        {order.lines.map((line) => (
          <div key={line.label} className={styles.line} data-testid="order-line">
            <dt>{line.label}</dt>
            <dd>{formatFen(line.amountFen)}</dd>
          </div>
        ))}
        <div className={`${styles.line} ${styles.total}`}>
          <dt>合计</dt>
          <dd data-testid="order-total">{formatFen(order.amountFen)}</dd>
        </div>
      </dl>
      <dl className={styles.facts}>
        <dt>业务类型</dt>
        <dd>{order.businessKindName}</dd>
        {order.status === 'UNPAID' && (
          <>
            <dt>缴费截止</dt>
            <dd data-testid="order-expires">{formatStamp(order.expiresAt)}（北京时间）</dd>
          </>
        )}
        {order.paidAt && (
          <>
            <dt>缴费时间</dt>
            <dd>{formatStamp(order.paidAt)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
