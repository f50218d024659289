import type { MyPaymentOrdersQuery, PaymentOrderFieldsFragment } from '@/gql/graphql';

export type OrderView = PaymentOrderFieldsFragment;
export type OrderListItem = MyPaymentOrdersQuery['myPaymentOrders'][number];
