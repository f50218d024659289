'use client';

import { Tag } from 'antd-mobile';
import { ORDER_STATUS_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentOrderStatus } from '@/gql/graphql';

const COLORS: Record<PaymentOrderStatus, 'warning' | 'success' | 'default' | 'primary'> = {
  UNPAID: 'warning',
  PAID: 'success',
  PARTIALLY_REFUNDED: 'primary',
  REFUNDED: 'primary',
  CLOSED: 'default',
};

export function OrderStatusTag({ status }: { status: PaymentOrderStatus }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} fill="outline" data-testid="order-status" data-status={status}>
      {ORDER_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
