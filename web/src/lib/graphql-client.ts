import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import persistedDocuments from '@/gql/persisted-documents.json';

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
}

export interface ExecuteOptions {
  /** Session JWT; sent as `Authorization: Bearer …` when present. */
  token?: string | null;
  /** Which first-party channel an anonymous request comes from (the gateway records it on sign-ins). */
  channel?: Channel;
  signal?: AbortSignal;
}

export type Channel = 'h5' | 'console';

const manifest: Readonly<Record<string, string>> = persistedDocuments;

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
 * The hash comes from codegen's `__meta__`; the text is the exact string that
 * was hashed (from the manifest), because the gateway checks that they match.
 * Sending both keeps today's gateway working and lets it go persisted-only later.
 */
function buildBody<TResult, TVars>(document: TypedDocumentNode<TResult, TVars>, variables: TVars) {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const query = (hash && manifest[hash]) || print(document);
  return {
    query,
    variables: variables ?? {},
    operationName: operationNameOf(document),
    ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}),
  };
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

function normalize<TResult>(payload: unknown, status: number): ExecutionResult<TResult> {
  if (typeof payload !== 'object' || payload === null) {
    return failure('BAD_RESPONSE', `unexpected response (HTTP ${status})`);
  }
  const body = payload as { data?: TResult | null; errors?: GraphQLErrorLike[] };
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (body.data == null && errors.length === 0 && status >= 400) {
    return failure('HTTP_ERROR', `HTTP ${status}`);
  }
  return { data: body.data ?? null, errors };
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
