/** The Alipay stand-in's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';
import { ALIPAY_DEV_APP_ID } from './dev-keys.js';

/** "500,2000,5000": the waits between re-sends of an unacknowledged notification (the real platform's are minutes to hours). */
const retrySchedule = z
  .string()
  .regex(/^\d{1,7}(,\d{1,7}){0,19}$/, 'comma-separated milliseconds, e.g. 500,2000,5000 (at most 20)')
  .transform((text) => text.split(',').map(Number));

export const alipayEnv = z.object({
  /** The one merchant app the stand-in knows (its public key is dev-keys/app-public.pem). */
  LEGACY_ALIPAY_APP_ID: unsetIfBlank(z.string().regex(/^\d{16}$/).default(ALIPAY_DEV_APP_ID)),
  /** Lifetime of an auth_code; fractions allowed so tests can see one expire. */
  LEGACY_ALIPAY_CODE_TTL_SECONDS: unsetIfBlank(z.coerce.number().positive().max(86_400).default(300)),
  LEGACY_ALIPAY_NOTIFY_RETRY_MS: unsetIfBlank(retrySchedule.default([500, 2000, 5000])),
  /** Base of the URLs handed out (qr_code, cashier, bill_download_url); default: the Host the request came to. */
  LEGACY_ALIPAY_PUBLIC_URL: unsetIfBlank(z.url({ protocol: /^https?$/ }).optional()),
  /** 商户名称 on the cashier page. */
  LEGACY_ALIPAY_MERCHANT_NAME: unsetIfBlank(z.string().min(1).max(64).default('许昌市公安局')),
});
