/** 微信开放平台 + 微信支付 — WeChat web authorisation (OAuth 2) and WeChat Pay API v3 stand-ins (HTTP), below /wechat. */
import type { HttpSystemModule } from '../../framework/http-system.js';
import { TokenSource } from '../shared/tokens.js';
import { wechatEnv } from './env.js';
import { WECHAT_ERRORS } from './errors.js';
import { createWechatPay } from './pay/wechat-pay.js';
import { WECHAT_OPERATIONS, wechatRoutes } from './routes.js';
import { WechatUsers } from './users.js';

export { WECHAT_DEV_APP } from './env.js';
export { WECHATPAY_DEV_KEYS } from './pay/dev-keys.js';
export type { WechatPaid } from './pay/payment-desk.js';
export { wechatIdentityOf, type WechatAuthorization, type WechatIdentity } from './users.js';

export const wechat = {
  id: 'wechat',
  title: '微信开放平台 / 微信支付',
  protocol: 'http',
  env: wechatEnv,
  create({ env, tokenSeed, signal, now = Date.now }) {
    const settings = wechatEnv.parse(env);
    const appId = settings.LEGACY_WECHAT_APPID;
    const users = new WechatUsers(appId, new TokenSource(tokenSeed && `${tokenSeed}:wechat`), settings.LEGACY_WECHAT_CODE_TTL_SECONDS);
    const pay = createWechatPay(
      {
        appId,
        mchid: settings.LEGACY_WECHAT_MCHID,
        merchantName: settings.LEGACY_WECHAT_MERCHANT_NAME,
        notifyRetryMs: settings.LEGACY_WECHAT_NOTIFY_RETRY_MS,
        callsPerSecond: settings.LEGACY_WECHAT_PAY_CALLS_PER_SECOND,
        publicUrl: settings.LEGACY_WECHAT_PUBLIC_URL,
      },
      // Its own token sources: pay calls do not shift the OAuth codes of a recording, nor the reverse.
      { tokenSeed, now, signal },
    );
    return {
      operations: [...WECHAT_OPERATIONS, ...pay.operations],
      routes: [...wechatRoutes({ appId, secret: settings.LEGACY_WECHAT_SECRET, users }), ...pay.routes],
      internalError: (call) => (pay.owns(call) ? pay.internalError(call) : { body: WECHAT_ERRORS.systemError }),
      reset: () => {
        users.clear();
        pay.reset();
      },
      users,
      /** WeChat Pay's notifications to merchants: modes, replays, counts (the admin surface finds it by this name). */
      notifications: pay.notifications,
      /** The payer confirms at the cashier (in process; the admin surface finds it by this name). Throws a RangeError for an unknown, paid or closed trade. */
      pay: (outTradeNo: string, wechatUser?: string) => pay.desk.pay(outTradeNo, wechatUser),
      /** The payer opens the cashier and leaves: the trade stays NOTPAY. Throws a RangeError for an unknown trade. */
      cancel: (outTradeNo: string) => pay.desk.cancel(outTradeNo),
    };
  },
} as const satisfies HttpSystemModule<'wechat'>;
