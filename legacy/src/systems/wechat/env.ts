/** The WeChat stand-in's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';
import { WECHATPAY_DEV_MCHID } from './pay/dev-keys.js';

/** "500,2000,5000": the waits between re-sends of an unacknowledged notification (the real platform's are minutes to hours). */
const retrySchedule = z
  .string()
  .regex(/^\d{1,7}(,\d{1,7}){0,19}$/, 'comma-separated milliseconds, e.g. 500,2000,5000 (at most 20)')
  .transform((text) => text.split(',').map(Number));

/** The dev app the stand-in knows by default. */
export const WECHAT_DEV_APP = Object.freeze({ appId: 'wx0000000000000001', secret: 'wechat-dev-secret' });

export const wechatEnv = z.object({
  LEGACY_WECHAT_APPID: unsetIfBlank(z.string().regex(/^wx[0-9a-f]{16}$/).default(WECHAT_DEV_APP.appId)),
  LEGACY_WECHAT_SECRET: unsetIfBlank(z.string().min(1).default(WECHAT_DEV_APP.secret)),
  /** Lifetime of an OAuth code; fractions allowed so tests can see one expire. */
  LEGACY_WECHAT_CODE_TTL_SECONDS: unsetIfBlank(z.coerce.number().positive().max(86_400).default(300)),
  /** WeChat Pay: the one merchant the stand-in knows (its API certificate is dev-keys/apiclient_cert.pem). */
  LEGACY_WECHAT_MCHID: unsetIfBlank(z.string().regex(/^\d{10}$/).default(WECHATPAY_DEV_MCHID)),
  /** 商户名称 on the cashier page. */
  LEGACY_WECHAT_MERCHANT_NAME: unsetIfBlank(z.string().min(1).max(64).default('许昌市公安局')),
  /** WeChat Pay: waits (ms) between re-sends of a notification the merchant did not answer 200/204; their count is the number of retries. */
  LEGACY_WECHAT_NOTIFY_RETRY_MS: unsetIfBlank(retrySchedule.default([500, 2000, 5000])),
  /** WeChat Pay: base of the URLs handed out (h5_url, code_url, download_url); default: the Host the request came to. */
  LEGACY_WECHAT_PUBLIC_URL: unsetIfBlank(z.url({ protocol: /^https?$/ }).optional()),
  /** WeChat Pay API calls per second before FREQUENCY_LIMITED (429). */
  LEGACY_WECHAT_PAY_CALLS_PER_SECOND: unsetIfBlank(z.coerce.number().int().positive().default(1000)),
});
