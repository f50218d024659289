/**
 * The Alipay and WeChat calls recorded into legacy-clients/src/<system>/samples/<operation>__<case>/: the raw
 * HTTP request (request.txt) and the exact response body (response.json; Alipay signatures
 * cover its exact text, so it is not reformatted). Timestamps are fixed and codes/tokens come
 * from startLegacy({ tokenSeed }), so re-recording gives the same files.
 */
import { WECHAT_DEV_APP, type HttpSystemId, type LegacyServer } from '../src/index.js';
import { commonParams, postGateway, signAlipayRequest } from '../src/systems/alipay/test-client.js';
import { alipayTradeSampleCases } from './alipay-trade-sample-cases.js';
import { wechatPaySampleCases } from './wechatpay-sample-cases.js';

export interface HttpRequestSample {
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  /** application/x-www-form-urlencoded body, if any. */
  form?: Record<string, string>;
  /** A JSON body (WeChat Pay v3), sent as JSON.stringify gives it. */
  json?: object;
  /** Headers sent but not written to request.txt (WeChat Pay's Authorization: signed per call, at the frozen clock). */
  headers?: Record<string, string>;
}

export interface HttpSampleCase {
  system: HttpSystemId;
  /** The counted operation: Alipay method or WeChat path. */
  operation: string;
  case: string;
  description: string;
  /** Runs the steps before the recorded call (e.g. authorising) and returns that call. */
  prepare(legacy: LegacyServer): Promise<HttpRequestSample>;
  errorRate?: number;
  /**
   * The parameter holding a single-use credential (auth code, token) that was valid only while recording:
   * whoever replays the request against a stand-in must obtain a fresh one (legacy-clients' drift check).
   */
  fresh?: 'code' | 'auth_token' | 'bill_date' | 'token';
  /** Cases of the same system (`<operation>__<case>`) sent first, unrecorded, each after its own `given`: the state this one was recorded in. */
  given?: string[];
  /** Alipay trades: after `given`, the payer pays at the cashier or opens it and leaves (the drift check does the same). */
  buyer?: 'pay' | 'cancel';
}

/** A fixed request time: Alipay does not reject old timestamps, and recordings stay stable. */
const TIMESTAMP = '2026-11-01 09:30:00';

const gateway = (method: string, extra: Record<string, string>): HttpRequestSample & { form: Record<string, string> } => ({
  method: 'POST',
  path: '/alipay/gateway.do',
  form: signAlipayRequest(commonParams(method, extra, TIMESTAMP)),
});

const wechatGet = (path: string, query: Record<string, string>): HttpRequestSample => ({ method: 'GET', path: `/wechat${path}?${new URLSearchParams(query)}` });

const tokenRequest = (code: string) => wechatGet('/sns/oauth2/access_token', { appid: WECHAT_DEV_APP.appId, secret: WECHAT_DEV_APP.secret, code, grant_type: 'authorization_code' });

async function alipayToken(legacy: LegacyServer): Promise<string> {
  const { authCode } = legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber);
  const answer = await postGateway(legacy.url, gateway('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode }).form);
  return answer.response.access_token;
}

export function httpSampleCases(): HttpSampleCase[] {
  const oauth = 'alipay.system.oauth.token';
  const share = 'alipay.user.info.share';
  return [
    {
      system: 'alipay',
      operation: oauth,
      case: 'ok',
      description: "the demo citizen's auth code for tokens",
      prepare: async (legacy) => gateway(oauth, { grant_type: 'authorization_code', code: legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber).authCode }),
      fresh: 'code',
    },
    {
      system: 'alipay',
      operation: oauth,
      case: 'code-invalid',
      description: 'an auth code used twice: error_response 40002 isv.code-invalid',
      prepare: async (legacy) => {
        const request = gateway(oauth, { grant_type: 'authorization_code', code: legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber).authCode });
        await postGateway(legacy.url, request.form);
        return request;
      },
    },
    {
      system: 'alipay',
      operation: oauth,
      case: 'invalid-signature',
      description: 'a parameter changed after signing: 40002 isv.invalid-signature in the method response',
      prepare: async (legacy) => {
        const request = gateway(oauth, { grant_type: 'authorization_code', code: legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber).authCode });
        return { ...request, form: { ...request.form, code: 'f'.repeat(32) } };
      },
    },
    {
      system: 'alipay',
      operation: oauth,
      case: 'internal-error',
      description: 'errorRate 1: 20000 isp.unknow-error (系统繁忙) in the method response',
      prepare: async (legacy) => gateway(oauth, { grant_type: 'authorization_code', code: legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber).authCode }),
      errorRate: 1,
    },
    {
      system: 'alipay',
      operation: share,
      case: 'ok',
      description: "the demo citizen's certified real-name info",
      prepare: async (legacy) => gateway(share, { auth_token: await alipayToken(legacy) }),
      fresh: 'auth_token',
    },
    {
      system: 'alipay',
      operation: share,
      case: 'invalid-token',
      description: 'an unknown auth_token: 20001 aop.invalid-auth-token in the method response',
      prepare: async () => gateway(share, { auth_token: `authusrB${'0'.repeat(32)}` }),
    },
    {
      system: 'wechat',
      operation: '/sns/oauth2/access_token',
      case: 'ok',
      description: 'wx-user-1 code for an access token, openid and unionid',
      prepare: async (legacy) => tokenRequest(legacy.wechat.authorize('wx-user-1').code),
      fresh: 'code',
    },
    {
      system: 'wechat',
      operation: '/sns/oauth2/access_token',
      case: 'invalid-code',
      description: 'a code used twice: errcode 40029',
      prepare: async (legacy) => {
        const request = tokenRequest(legacy.wechat.authorize('wx-user-1').code);
        await fetch(`${legacy.url}${request.path}`);
        return request;
      },
    },
    ...alipayTradeSampleCases(),
    ...wechatPaySampleCases(),
  ];
}

/** The request as an HTTP/1.1 message, for request.txt. */
export function requestText(request: HttpRequestSample): string {
  if (request.json) return `${request.method} ${request.path} HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify(request.json)}\n`;
  if (!request.form) return `${request.method} ${request.path} HTTP/1.1\n`;
  return `${request.method} ${request.path} HTTP/1.1\nContent-Type: application/x-www-form-urlencoded;charset=utf-8\n\n${new URLSearchParams(request.form)}\n`;
}

/**
 * Folder name: the Alipay method, or wechat + the path with dots (sns/userinfo -> wechat.sns.userinfo; WeChat Pay's
 * templates with - as _ and the braces dropped: wechat.v3.pay.transactions.out_trade_no.out_trade_no).
 */
export const httpSampleFolder = (sample: HttpSampleCase) =>
  `${sample.system === 'alipay' ? sample.operation : `wechat${sample.operation.replaceAll('/', '.').replaceAll('-', '_').replace(/[{}]/g, '')}`}__${sample.case}`;
