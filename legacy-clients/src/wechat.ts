/** WeChat web OAuth (网页授权, HTTP; no WSDL) and WeChat Pay API v3 (merchant side, via wechatpay-axios-plugin). */
export * from './wechat/wechat-gateway.js';
export * from './wechat/http-wechat-gateway.js';
export * from './wechat/wechat-payments.js';
export * from './wechat/axios-wechat-payments.js';
export { WechatPayRefused } from './wechat/wechat-pay-refused.js';
export { ChannelAuthRefused } from './channel-auth-refused.js';
export type { CallContext } from './call-context.js';
export type { ChannelBillLine } from './channel-bill-line.js';
export { wechatBillLines } from './wechat/bill-lines.js';
