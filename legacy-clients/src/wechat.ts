/** WeChat web OAuth (网页授权, HTTP; no WSDL). */
export * from './wechat/wechat-gateway.js';
export * from './wechat/http-wechat-gateway.js';
export { ChannelAuthRefused } from './channel-auth-refused.js';
export type { CallContext } from './call-context.js';
