/** The Alipay stand-in's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';
import { ALIPAY_DEV_APP_ID } from './dev-keys.js';

export const alipayEnv = z.object({
  /** The one merchant app the stand-in knows (its public key is dev-keys/app-public.pem). */
  LEGACY_ALIPAY_APP_ID: unsetIfBlank(z.string().regex(/^\d{16}$/).default(ALIPAY_DEV_APP_ID)),
  /** Lifetime of an auth_code; fractions allowed so tests can see one expire. */
  LEGACY_ALIPAY_CODE_TTL_SECONDS: unsetIfBlank(z.coerce.number().positive().max(86_400).default(300)),
});
