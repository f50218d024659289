/**
 * What every WeChat Pay API v3 call goes through: the merchant's request signature is checked
 * first (401 SIGN_ERROR), then the rate limit (429 FREQUENCY_LIMITED), then the call itself; every
 * answer, errors included, is signed with the platform key in the Wechatpay-* headers.
 */
import { randomBytes } from 'node:crypto';
import type { HttpCall, HttpReply, HttpRoute } from '../../../framework/http-system.js';
import type { FrequencyLimit } from './frequency-limit.js';
import { PAY_ERRORS as E, PayError } from './pay-errors.js';
import { platformHeaders, signatureProblem, type MerchantKey, type PlatformKey } from './signing.js';

export interface V3Deps {
  merchant: MerchantKey;
  platform: PlatformKey;
  limit: FrequencyLimit;
  now: () => number;
}

/** A successful answer: JSON, 204 without a body, or a file (the bill). */
export type V3Answer = { status: 200; json: object } | { status: 204 } | { status: 200; text: string; contentType: string };

export interface V3RouteSpec {
  method: 'GET' | 'POST';
  url: string;
  /** The counted operation: the API's path template, e.g. /v3/pay/transactions/out-trade-no/{out_trade_no}. */
  operation: string;
  handle(call: HttpCall): V3Answer | PayError;
}

export function signedReply(answer: V3Answer | PayError, deps: V3Deps): HttpReply {
  const status = answer.status;
  const body = answer instanceof PayError ? JSON.stringify(answer.body) : 'json' in answer ? JSON.stringify(answer.json) : 'text' in answer ? answer.text : '';
  const contentType = !(answer instanceof PayError) && 'contentType' in answer ? answer.contentType : 'application/json; charset=utf-8';
  const headers = { ...platformHeaders(body, deps.platform, deps.now()), 'Request-ID': randomBytes(18).toString('hex').toUpperCase() };
  return { status, contentType, headers, body };
}

export function v3Route(spec: V3RouteSpec, deps: V3Deps): HttpRoute {
  return {
    method: spec.method,
    url: spec.url,
    operationOf: () => spec.operation,
    handle(call) {
      const problem = signatureProblem({ method: call.method, url: call.url, body: call.rawBody, authorization: call.headers.authorization }, deps.merchant, deps.now());
      if (problem) return signedReply(E.signError(problem), deps);
      if (!deps.limit.take()) return signedReply(E.frequencyLimited, deps);
      return signedReply(spec.handle(call), deps);
    },
  };
}
