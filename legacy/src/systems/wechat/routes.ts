/** The two OAuth endpoints of WeChat's web authorisation (网页授权), below /wechat. */
import type { HttpReply, HttpRoute } from '../../framework/http-system.js';
import { WECHAT_ERRORS as ERRORS } from './errors.js';
import { wechatProfileOf, type WechatUsers } from './users.js';

export const WECHAT_OPERATIONS = ['/sns/oauth2/access_token', '/sns/userinfo'] as const;

export interface WechatRouteDeps {
  appId: string;
  secret: string;
  users: WechatUsers;
}

const json = (body: object): HttpReply => ({ body });

export function wechatRoutes({ appId, secret, users }: WechatRouteDeps): HttpRoute[] {
  return [
    {
      method: 'GET',
      url: '/sns/oauth2/access_token',
      operationOf: () => '/sns/oauth2/access_token',
      handle({ query }) {
        if (query.appid !== appId) return json(ERRORS.invalidAppId);
        if (!query.secret) return json(ERRORS.missingSecret);
        if (query.secret !== secret) return json(ERRORS.invalidSecret);
        if (query.grant_type !== 'authorization_code') return json(ERRORS.invalidGrantType);
        if (!query.code) return json(ERRORS.missingCode);
        return json(users.redeemCode(query.code) ?? ERRORS.invalidCode);
      },
    },
    {
      method: 'GET',
      url: '/sns/userinfo',
      operationOf: () => '/sns/userinfo',
      handle({ query }) {
        if (!query.access_token) return json(ERRORS.missingAccessToken);
        if (!query.openid) return json(ERRORS.missingOpenId);
        const identity = users.identityFor(query.access_token);
        if (identity === 'expired') return json(ERRORS.accessTokenExpired);
        if (!identity) return json(ERRORS.invalidAccessToken);
        if (identity.openid !== query.openid) return json(ERRORS.invalidOpenId);
        return json(wechatProfileOf(identity));
      },
    },
  ];
}
