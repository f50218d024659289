import { randomUUID } from 'node:crypto';

/**
 * Same-origin proxy to the gateway: the browser never learns the gateway's
 * address, and tests can point a built app at any gateway through GATEWAY_URL,
 * which is read per request rather than baked in at build time.
 */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';
const DEFAULT_TIMEOUT_MS = 15_000;
// The gateway's own limit: a real-name face photo (base64) has to fit.
const MAX_BODY_BYTES = 1024 * 1024;
const CHANNELS = new Set(['h5', 'console']);

function gatewayUrl(): string {
  return process.env.GATEWAY_URL || DEFAULT_GATEWAY_URL;
}

function timeoutMs(): number {
  const value = Number(process.env.GATEWAY_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

function errorResponse(status: number, code: string, message: string, requestId: string): Response {
  return Response.json(
    { data: null, errors: [{ message, extensions: { code } }] },
    { status, headers: { 'x-request-id': requestId } },
  );
}

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get('x-request-id') || randomUUID();

  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return errorResponse(413, 'BAD_REQUEST', 'request body too large', requestId);
  }
  try {
    JSON.parse(body);
  } catch {
    return errorResponse(400, 'BAD_REQUEST', 'request body must be JSON', requestId);
  }

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'x-request-id': requestId,
    // The gateway runs Apollo's CSRF prevention; this header marks a non-simple request.
    'apollo-require-preflight': 'true',
  };
  const authorization = request.headers.get('authorization');
  if (authorization) headers.authorization = authorization;
  const channel = request.headers.get('x-jt-channel');
  if (channel && CHANNELS.has(channel)) headers['x-jt-channel'] = channel;

  let upstream: Response;
  let text: string;
  try {
    upstream = await fetch(gatewayUrl(), {
      method: 'POST',
      headers,
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs()),
    });
    // Inside the try: the timeout also covers a body that stalls after the headers.
    text = await upstream.text();
  } catch (error) {
    const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
    return timedOut
      ? errorResponse(504, 'GATEWAY_TIMEOUT', 'gateway did not answer in time', requestId)
      : errorResponse(502, 'GATEWAY_UNREACHABLE', 'gateway is unreachable', requestId);
  }

  return new Response(text, {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
      'x-request-id': upstream.headers.get('x-request-id') ?? requestId,
    },
  });
}
