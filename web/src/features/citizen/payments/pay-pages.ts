import { serviceByKey, type GatedPage } from '@/features/shared/catalogue/services';

/**
 * The pages an order is paid on. Not catalogue tiles of their own: they belong
 * to 缴费 and ask for its level (one's own fees), checked from the token first.
 */
const PAYMENTS = serviceByKey('payments');

export const PAY_ORDER_PAGE: GatedPage = { route: '/h5/pay', title: '订单支付', level: PAYMENTS.level };

export const PAY_RESULT_PAGE: GatedPage = { route: '/h5/pay/result', title: '支付结果', level: PAYMENTS.level };

export const payOrderHref = (orderId: string) => `/h5/pay/${encodeURIComponent(orderId)}`;

/** Where a payment ends: the result page, which asks the payment centre (never the way back's parameters). */
export const payResultHref = (orderId: string) => `${PAY_RESULT_PAGE.route}?${new URLSearchParams({ orderId })}`;
