import type { PaymentChannel, PaymentOrderStatus } from '@/gql/graphql';

/** The order states as both citizens and officers read them. */
export const ORDER_STATUS_LABELS: Record<PaymentOrderStatus, string> = {
  UNPAID: '待缴费',
  PAID: '已缴费',
  PARTIALLY_REFUNDED: '部分退款',
  REFUNDED: '已退款',
  CLOSED: '已关闭',
};

export const CHANNEL_LABELS: Record<PaymentChannel, string> = {
  ALIPAY: '支付宝',
  WECHAT: '微信支付',
};

/** The payment centre's business kinds (the kit's BUSINESS_KINDS), for filters; rows carry their own `businessKindName`. */
export const BUSINESS_KIND_LABELS: Record<string, string> = {
  TRAFFIC_FINE: '交通违法罚款',
  TRAFFIC_FEE: '交管业务收费',
  EXIT_ENTRY_FEE: '出入境证件费',
  HOUSEHOLD_FEE: '户政业务收费',
  POSTAGE: '证件邮寄费',
};

/** Money was taken: paid, whatever was refunded since. */
export const isSettled = (status: PaymentOrderStatus) => status === 'PAID' || status === 'PARTIALLY_REFUNDED' || status === 'REFUNDED';
