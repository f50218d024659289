/** Alipay open platform OAuth (用户信息授权, HTTP via alipay-sdk; no WSDL). */
export * from './alipay/alipay-gateway.js';
export * from './alipay/sdk-alipay-gateway.js';
export { ChannelAuthRefused } from './channel-auth-refused.js';
export type { CallContext } from './call-context.js';
