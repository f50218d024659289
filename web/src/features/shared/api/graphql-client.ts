import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The browser only ever talks to our own route handler, which proxies to the gateway. */
const ENDPOINT = '/api/graphql';

export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface ExecutionResult<TResult> {
  data: TResult | null;
  errors: GraphQLErrorLike[];
  /** The gateway's `extensions`, e.g. `stale: ['traffic.violationsByPlate']` when a legacy system failed and a cached copy was served. */
  extensions?: ResponseExtensions;
}

export interface ResponseExtensions {
  stale?: string[];
  [key: string]: unknown;
}

export interface ExecuteOptions {
  /** Session JWT; sent as `Authorization: Bearer …` when present. */
  token?: string | null;
  /** Which first-party channel an anonymous request comes from (the gateway records it on sign-ins). */
  channel?: Channel;
  signal?: AbortSignal;
}

export type Channel = 'h5' | 'console';

/**
 * Runs a generated, typed operation. Never throws for GraphQL or transport
 * errors: partial data is normal here (a legacy system may fail one field),
 * so callers always get `{ data, errors }` and decide what to show.
 */
export async function execute<TResult, TVars>(
  document: TypedDocumentNode<TResult, TVars>,
  variables: TVars,
  options: ExecuteOptions = {},
): Promise<ExecutionResult<TResult>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-request-id': newRequestId(),
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.channel) headers['x-jt-channel'] = options.channel;

  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify(buildBody(document, variables)),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return failure('NETWORK_ERROR', 'network request failed');
  }

  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    return failure('BAD_RESPONSE', `non-JSON response (HTTP ${response.status})`);
  }
  return normalize<TResult>(payload, response.status);
}

/**
 * Only the hash: codegen's documents carry nothing but `__meta__.hash`
 * (replaceDocumentWithHash) and the gateway looks the text up in its safelist,
 * so no operation text is ever shipped to or sent from the browser. The name
 * (added by web/scripts/operations-loader.cjs) labels the gateway's metrics.
 */
function buildBody<TResult, TVars>(document: TypedDocumentNode<TResult, TVars>, variables: TVars) {
  const meta = (document as { __meta__?: { hash?: unknown; operationName?: unknown } }).__meta__;
  if (typeof meta?.hash !== 'string') throw new Error('not a persisted operation: write it with graphql() in a *.operations.ts file and run codegen');
  return {
    variables: variables ?? {},
    ...(typeof meta.operationName === 'string' ? { operationName: meta.operationName } : {}),
    extensions: { persistedQuery: { version: 1, sha256Hash: meta.hash } },
  };
}

function normalize<TResult>(payload: unknown, status: number): ExecutionResult<TResult> {
  if (typeof payload !== 'object' || payload === null) {
    return failure('BAD_RESPONSE', `unexpected response (HTTP ${status})`);
  }
  const body = payload as { data?: TResult | null; errors?: GraphQLErrorLike[]; extensions?: unknown };
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (body.data == null && errors.length === 0 && status >= 400) {
    return failure('HTTP_ERROR', `HTTP ${status}`);
  }
  const extensions = typeof body.extensions === 'object' && body.extensions !== null ? (body.extensions as ResponseExtensions) : undefined;
  return { data: body.data ?? null, errors, ...(extensions ? { extensions } : {}) };
}

function failure<TResult>(code: string, message: string): ExecutionResult<TResult> {
  return { data: null, errors: [{ message, extensions: { code } }] };
}

function newRequestId(): string {
  // randomUUID only exists in secure contexts; plain-HTTP intranet hosts lack it.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
