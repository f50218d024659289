import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';

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

/**
 * The browser's address, for the gateway's per-IP limit. Next's server sets X-Forwarded-For to the socket's
 * peer only when the request has none, so its last entry is either that peer or what the reverse proxy in
 * front of the app appended: deploy the app behind one that appends (or sets) the header, or on loopback.
 */
function clientAddress(request: Request): string | null {
  const last = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return last && isIP(last) ? last : null;
}

/** The host the browser addressed (what an Origin header of our own pages names). */
function ownHost(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('host') || new URL(request.url).host;
}

/**
 * Only our own pages may call: a cross-site form or no-CORS fetch can send text/plain or form bodies with
 * the visitor's cookies and address, and the gateway's CSRF check cannot see through this proxy. A browser
 * says where a request comes from (Sec-Fetch-Site, Origin); a client that sends neither is not a browser.
 */
function crossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== ownHost(request);
  } catch {
    // `Origin: null` (sandboxed frames, file:, some redirects) or garbage.
    return true;
  }
}

const isJson = (request: Request) => request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() === 'application/json';

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get('x-request-id') || randomUUID();
  if (crossSite(request)) return errorResponse(403, 'CROSS_SITE_REQUEST', '不允许跨站请求', requestId);
  if (!isJson(request)) return errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', '请求格式不正确，需为 application/json', requestId);

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
    // No apollo-require-preflight: the browser's request was checked above (JSON, same origin), and our JSON
    // content type is what the gateway's CSRF check asks of a non-simple request.
  };
  const client = clientAddress(request);
  // The gateway believes this only from the addresses in its TRUSTED_PROXIES (this app's).
  if (client) headers['x-forwarded-for'] = client;
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
