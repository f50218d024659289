/**
 * /alipay/gateway.do: the open platform's v1 gateway. Common parameters are checked, then the
 * RSA2 request signature (app public key), then the method runs (OAuth here, trades and bills in
 * trade/trade-methods.ts); every JSON answer is signed with Alipay's private key, and a page method
 * (wap.pay) answers the buyer's browser with a redirect or an HTML refusal instead. Parameters may
 * come in the query string, the form body, or both (the official SDKs put the common ones in the
 * query string).
 */
import type { HttpCall, HttpReply, HttpRoute } from '../../framework/http-system.js';
import type { AlipayAccounts } from './accounts.js';
import { ALIPAY_ERRORS as ERRORS, type AlipayError } from './errors.js';
import { rsa2Verify, signContent, signedResponseBody } from './signing.js';
import { PAGE_METHODS, TRADE_METHODS, gatewayErrorPage, tradeMethods, type TradeMethodDeps } from './trade/trade-methods.js';

export const ALIPAY_METHODS = ['alipay.system.oauth.token', 'alipay.user.info.share', ...TRADE_METHODS] as const;
export type AlipayMethod = (typeof ALIPAY_METHODS)[number];

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export interface GatewayDeps {
  appId: string;
  appPublicKeyPem: string;
  alipayPrivateKeyPem: string;
  accounts: AlipayAccounts;
  trades: TradeMethodDeps;
}

type Params = Record<string, string>;

export const responseKeyOf = (method: string) => `${method.replaceAll('.', '_')}_response`;

export function paramsOf(call: HttpCall): Params {
  return { ...call.query, ...call.form };
}

const isMethod = (method: string | undefined): method is AlipayMethod => (ALIPAY_METHODS as readonly string[]).includes(method ?? '');

export function gatewayRoute(deps: GatewayDeps): HttpRoute {
  const signed = (key: string, payload: object): HttpReply => ({ body: signedResponseBody(key, payload, deps.alipayPrivateKeyPem) });
  const errorResponse = (error: AlipayError) => signed('error_response', error);
  // A page method's refusal is a page for the buyer's browser, as the real gateway shows it.
  const methodError = (method: AlipayMethod, error: AlipayError) => (PAGE_METHODS.has(method) ? gatewayErrorPage(error) : signed(responseKeyOf(method), error));

  const methods: Record<AlipayMethod, (params: Params, call: HttpCall) => HttpReply> = {
    ...tradeMethods(deps.trades, (method, payload) => signed(responseKeyOf(method), payload)),
    'alipay.system.oauth.token': (params) => {
      const grantType = params.grant_type;
      if (grantType === 'authorization_code') {
        const grant = params.code ? deps.accounts.redeemCode(params.code) : undefined;
        return grant ? signed(responseKeyOf('alipay.system.oauth.token'), grant) : errorResponse(ERRORS.codeInvalid);
      }
      if (grantType === 'refresh_token') {
        const grant = params.refresh_token ? deps.accounts.refresh(params.refresh_token) : undefined;
        return grant ? signed(responseKeyOf('alipay.system.oauth.token'), grant) : errorResponse(ERRORS.refreshTokenInvalid);
      }
      return errorResponse(ERRORS.grantTypeInvalid);
    },

    'alipay.user.info.share': (params) => {
      const key = responseKeyOf('alipay.user.info.share');
      if (!params.auth_token) return signed(key, ERRORS.missingAuthToken);
      const citizen = deps.accounts.citizenFor(params.auth_token);
      if (citizen === 'expired') return signed(key, ERRORS.authTokenExpired);
      if (!citizen) return signed(key, ERRORS.invalidAuthToken);
      return signed(key, {
        code: '10000',
        msg: 'Success',
        user_id: citizen.userId,
        user_name: citizen.name,
        cert_type: '0',
        cert_no: citizen.idNumber,
        is_certified: 'T',
        mobile: citizen.mobile,
        // GB 11643: the 17th digit is odd for men.
        gender: Number(citizen.idNumber[16]) % 2 === 1 ? 'M' : 'F',
      });
    },
  };

  return {
    method: ['GET', 'POST'],
    url: '/gateway.do',
    operationOf: (call) => {
      const method = paramsOf(call).method;
      return isMethod(method) ? method : undefined;
    },
    handle(call, operation) {
      const params = paramsOf(call);
      if (!params.method) return errorResponse(ERRORS.missingMethod);
      if (!isMethod(operation)) return errorResponse(ERRORS.invalidMethod);
      const problem = checkCommon(params, deps.appId);
      if (problem) return methodError(operation, problem);
      const content = signContent(params);
      // A '+' of the base64 signature arrives as a space when a caller forgot to URL-encode it.
      if (!rsa2Verify(content, params.sign.replaceAll(' ', '+'), deps.appPublicKeyPem)) return methodError(operation, ERRORS.invalidSignature(content));
      return methods[operation](params, call);
    },
  };
}

function checkCommon(params: Params, appId: string): AlipayError | undefined {
  if (!params.app_id) return ERRORS.missingAppId;
  if (params.app_id !== appId) return ERRORS.invalidAppId;
  if (!params.sign_type) return ERRORS.missingSignType;
  if (params.sign_type !== 'RSA2') return ERRORS.invalidSignType;
  if (!params.sign) return ERRORS.missingSignature;
  if (!params.timestamp) return ERRORS.missingTimestamp;
  if (!TIMESTAMP.test(params.timestamp)) return ERRORS.invalidTimestamp;
  if (!params.version) return ERRORS.missingVersion;
  if (params.version !== '1.0') return ERRORS.invalidVersion;
  if (params.charset && params.charset.toLowerCase() !== 'utf-8') return ERRORS.invalidCharset;
  if (params.format && params.format.toUpperCase() !== 'JSON') return ERRORS.invalidFormat;
  return undefined;
}

/** What the gateway answers for an injected fault or an unexpected exception ("" = method unknown). */
export function systemBusy(operation: string, alipayPrivateKeyPem: string): HttpReply {
  if (PAGE_METHODS.has(operation)) return gatewayErrorPage(ERRORS.systemBusy);
  const key = isMethod(operation) ? responseKeyOf(operation) : 'error_response';
  return { body: signedResponseBody(key, ERRORS.systemBusy, alipayPrivateKeyPem) };
}
