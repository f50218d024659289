/** WeChat's error answers (HTTP 200, `{ errcode, errmsg }`), with the real platform's codes. */
export interface WechatError {
  errcode: number;
  errmsg: string;
}

export const WECHAT_ERRORS = {
  invalidAppId: { errcode: 40013, errmsg: 'invalid appid' },
  missingSecret: { errcode: 41004, errmsg: 'appsecret missing' },
  invalidSecret: { errcode: 40125, errmsg: 'invalid appsecret' },
  invalidGrantType: { errcode: 40002, errmsg: 'invalid grant_type' },
  missingCode: { errcode: 41008, errmsg: 'missing code' },
  /** Unknown, already used or expired (the real platform says 40163 "code been used" on reuse). */
  invalidCode: { errcode: 40029, errmsg: 'invalid code' },
  missingAccessToken: { errcode: 41001, errmsg: 'access_token missing' },
  invalidAccessToken: { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' },
  accessTokenExpired: { errcode: 42001, errmsg: 'access_token expired' },
  missingOpenId: { errcode: 41009, errmsg: 'missing openid' },
  invalidOpenId: { errcode: 40003, errmsg: 'invalid openid' },
  systemError: { errcode: -1, errmsg: 'system error' },
} as const satisfies Record<string, WechatError>;
