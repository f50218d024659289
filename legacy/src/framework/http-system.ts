/**
 * A stand-in for a plain HTTP platform (Alipay's gateway, WeChat's OAuth API): the real
 * ones are not SOAP, so their stand-ins are not either. One folder under src/systems/
 * exporting an HttpSystemModule, listed in HTTP_SYSTEMS of src/systems/registry.ts; the
 * framework (http-routes.ts) adds the same outage modes, latency, error rate and call
 * counters as for the SOAP systems.
 */
import type { z } from 'zod';
import type { SeedData } from '../seed/index.js';

/** What a route sees of a request: query and form/JSON fields as strings. */
export interface HttpCall {
  method: string;
  /** The path below the system's prefix, e.g. /gateway.do. */
  path: string;
  /** The request target exactly as sent, prefix and query string included (/wechat/v3/…?mchid=…): what a WeChat Pay v3 signature covers. */
  url: string;
  /** The route's path parameters (`/v3/pay/transactions/out-trade-no/:outTradeNo`). */
  params: Record<string, string>;
  query: Record<string, string>;
  /** application/x-www-form-urlencoded or a JSON object with string values; {} otherwise. */
  form: Record<string, string>;
  /** The parsed body as it came (nested JSON included); undefined without one. */
  json: unknown;
  /** The body's exact text ('' without one): what a platform's signature covers. */
  rawBody: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface HttpReply {
  status?: number;
  contentType?: string;
  /** Extra response headers (e.g. WeChat Pay's `Wechatpay-Signature`, a cashier's `Location`). */
  headers?: Record<string, string>;
  /** A string is sent as is (e.g. JSON whose exact text is signed); an object as JSON. */
  body: string | object;
}

export interface HttpRoute {
  method: 'GET' | 'POST' | ('GET' | 'POST')[];
  /** Below the system's prefix: /gateway.do serves /alipay/gateway.do. */
  url: string;
  /**
   * The operation this request calls, counted and subject to the error rate; undefined when it
   * names none (e.g. an Alipay request without a known `method`), which is answered uncounted.
   */
  operationOf(call: HttpCall): string | undefined;
  handle(call: HttpCall, operation: string | undefined): HttpReply;
}

export interface HttpSystemInstance {
  /** Every operation, listed in stats() with 0 until called. */
  operations: readonly string[];
  routes: HttpRoute[];
  /** The platform's own answer to an injected fault (errorRate) or an unexpected exception. */
  internalError(call: HttpCall, operation: string): HttpReply;
  /** Drops run-time state (codes, tokens); called by reset(). */
  reset(): void;
}

export interface HttpSystemContext {
  seed: SeedData;
  /** process.env (already validated against every module's env schema). */
  env: NodeJS.ProcessEnv;
  /** Set: codes and tokens are derived from it and a counter instead of random (sample recording). */
  tokenSeed?: string | undefined;
  /** Aborted when the server closes: timers a stand-in starts (notification retries) stop with it. */
  signal?: AbortSignal;
  /** The platforms' clock (trade times), default Date.now; sample recording freezes it so re-recordings match. */
  now?: () => number;
}

export interface HttpSystemModule<Id extends string = string, Instance extends HttpSystemInstance = HttpSystemInstance> {
  /** URL prefix (/alipay/...) and env prefix (LEGACY_ALIPAY_*). */
  id: Id;
  title: string;
  protocol: 'http';
  env?: z.ZodObject;
  create(context: HttpSystemContext): Instance;
}
