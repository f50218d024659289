/** The WeChat stand-in's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';

/** The dev app the stand-in knows by default. */
export const WECHAT_DEV_APP = Object.freeze({ appId: 'wx0000000000000001', secret: 'wechat-dev-secret' });

export const wechatEnv = z.object({
  LEGACY_WECHAT_APPID: unsetIfBlank(z.string().regex(/^wx[0-9a-f]{16}$/).default(WECHAT_DEV_APP.appId)),
  LEGACY_WECHAT_SECRET: unsetIfBlank(z.string().min(1).default(WECHAT_DEV_APP.secret)),
  /** Lifetime of an OAuth code; fractions allowed so tests can see one expire. */
  LEGACY_WECHAT_CODE_TTL_SECONDS: unsetIfBlank(z.coerce.number().positive().max(86_400).default(300)),
});
