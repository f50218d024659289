/** Alipay open platform (HTTP via alipay-sdk; no WSDL): OAuth (用户信息授权) and payments (手机网站支付, 当面付, refunds, bills). */
export * from './alipay/alipay-gateway.js';
export * from './alipay/sdk-alipay-gateway.js';
export * from './alipay/alipay-payments.js';
export * from './alipay/sdk-alipay-payments.js';
export { AlipayTradeRefused } from './alipay/alipay-trade-refused.js';
export { ChannelAuthRefused } from './channel-auth-refused.js';
export type { CallContext } from './call-context.js';
export type { ChannelBillLine } from './channel-bill-line.js';
export { alipayBillLines } from './alipay/bill-lines.js';
