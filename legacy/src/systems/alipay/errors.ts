/**
 * The gateway's error answers, with the real platform's codes. Where they go follows the real
 * gateway (see the response examples in Alipay's own Node SDK, alipay-sdk src/alipay.ts):
 * signature and other common-parameter failures, "system busy" and user.info.share's token
 * failures inside the method's `<method>_response`; oauth.token's code / refresh-token / grant-type
 * failures and a missing or unknown method as `error_response`. All are signed here.
 */
export interface AlipayError {
  code: string;
  msg: string;
  sub_code: string;
  sub_msg: string;
}

const missing = (sub_code: string, sub_msg: string): AlipayError => ({ code: '40001', msg: 'Missing Required Arguments', sub_code, sub_msg });
const invalid = (sub_code: string, sub_msg: string): AlipayError => ({ code: '40002', msg: 'Invalid Arguments', sub_code, sub_msg });

export const ALIPAY_ERRORS = {
  missingMethod: missing('isv.missing-method', '缺少方法名参数'),
  invalidMethod: invalid('isv.invalid-method', '不存在的方法名'),
  missingAppId: missing('isv.missing-app-id', '缺少AppID参数'),
  invalidAppId: invalid('isv.invalid-app-id', '无效的AppID参数'),
  missingSignType: missing('isv.missing-signature-type', '缺少签名类型参数'),
  invalidSignType: invalid('isv.invalid-signature-type', '无效的签名类型'),
  missingSignature: missing('isv.missing-signature', '缺少签名参数'),
  invalidSignature: (content: string) => invalid('isv.invalid-signature', `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${content}`),
  missingTimestamp: missing('isv.missing-timestamp', '缺少时间戳参数'),
  invalidTimestamp: invalid('isv.invalid-timestamp', '非法的时间戳参数'),
  missingVersion: missing('isv.missing-version', '缺少版本参数'),
  invalidVersion: invalid('isv.invalid-parameter', '参数无效：version 只支持 1.0'),
  invalidCharset: invalid('isv.invalid-charset', '字符集错误'),
  invalidFormat: invalid('isv.invalid-format', '无效的数据格式'),
  grantTypeInvalid: invalid('isv.grant-type-invalid', 'grant_type参数不正确'),
  codeInvalid: invalid('isv.code-invalid', '授权码code无效'),
  refreshTokenInvalid: invalid('isv.refresh-token-invalid', '刷新令牌refresh_token无效'),
  missingAuthToken: { code: '20001', msg: 'Insufficient Token Permissions', sub_code: 'aop.invalid-auth-token', sub_msg: '缺少访问令牌' },
  invalidAuthToken: { code: '20001', msg: 'Insufficient Token Permissions', sub_code: 'aop.invalid-auth-token', sub_msg: '无效的访问令牌' },
  authTokenExpired: { code: '20001', msg: 'Insufficient Token Permissions', sub_code: 'aop.auth-token-time-out', sub_msg: '访问令牌已过期' },
  systemBusy: { code: '20000', msg: 'Service Currently Unavailable', sub_code: 'isp.unknow-error', sub_msg: '系统繁忙' },
} as const satisfies Record<string, AlipayError | ((...args: string[]) => AlipayError)>;
