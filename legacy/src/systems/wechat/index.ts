/** 微信开放平台 — WeChat web authorisation (OAuth 2) stand-in (HTTP), below /wechat. */
import type { HttpSystemModule } from '../../framework/http-system.js';
import { TokenSource } from '../shared/tokens.js';
import { wechatEnv } from './env.js';
import { WECHAT_ERRORS } from './errors.js';
import { WECHAT_OPERATIONS, wechatRoutes } from './routes.js';
import { WechatUsers } from './users.js';

export { WECHAT_DEV_APP } from './env.js';
export { wechatIdentityOf, type WechatAuthorization, type WechatIdentity } from './users.js';

export const wechat = {
  id: 'wechat',
  title: '微信开放平台',
  protocol: 'http',
  env: wechatEnv,
  create({ env, tokenSeed }) {
    const settings = wechatEnv.parse(env);
    const appId = settings.LEGACY_WECHAT_APPID;
    const users = new WechatUsers(appId, new TokenSource(tokenSeed && `${tokenSeed}:wechat`), settings.LEGACY_WECHAT_CODE_TTL_SECONDS);
    return {
      operations: WECHAT_OPERATIONS,
      routes: wechatRoutes({ appId, secret: settings.LEGACY_WECHAT_SECRET, users }),
      internalError: () => ({ body: WECHAT_ERRORS.systemError }),
      reset: () => users.clear(),
      users,
    };
  },
} as const satisfies HttpSystemModule<'wechat'>;
