import { Agent } from 'undici';
import { requestTargets } from '../server/request-targets.js';

export interface SoapHttpAnswer {
  status: number;
  body: string;
}

export interface SoapTransport {
  /** POSTs one envelope to the endpoint with its SOAPAction; any HTTP status is an answer (a fault comes as 500). */
  post(url: string, soapAction: string, envelope: string): Promise<SoapHttpAnswer>;
  close(): Promise<void>;
}

/** Transport failures in the codes `classifyLegacyError` knows (axios's and Node's). */
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * SOAP over undici's `request()` with a keep-alive agent, instead of `soap`'s axios over `node:http`: axios
 * (config merging, interceptors, its adapter) and the `node:http` client were a fifth of the traffic subgraph's
 * CPU on a cold query. The deadline is undici's: the response headers must arrive within it and the body may
 * not stall longer than it (as the gateway's fetcher).
 */
export function createSoapTransport({ deadlineMs, maxSockets }: { deadlineMs: number; maxSockets: number }): SoapTransport {
  // Legacy systems usually close idle sockets after 60 s or less; ours go first so we never write to a closing one.
  const agent = new Agent({ connections: maxSockets, keepAliveTimeout: 20_000, pipelining: 1 });
  const target = requestTargets();

  return {
    async post(url, soapAction, envelope) {
      const { origin, path } = target(url);
      try {
        const res = await agent.request({
          origin,
          path,
          method: 'POST',
          headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${soapAction}"` },
          body: envelope,
          headersTimeout: deadlineMs,
          bodyTimeout: deadlineMs,
        });
        return { status: res.statusCode, body: await res.body.text() };
      } catch (error) {
        throw transportError(error);
      }
    },
    close: () => agent.close(),
  };
}

function transportError(error: unknown): Error {
  const e = error as Error & { code?: string };
  if (e.code && TIMEOUT_CODES.has(e.code)) return Object.assign(new Error(`legacy call timed out (${e.code})`), { code: 'ETIMEDOUT' });
  // Connection refused / reset keep Node's codes (ECONNREFUSED…); undici's own socket errors read as a reset.
  if (e.code === 'UND_ERR_SOCKET' || e.code === 'UND_ERR_CLOSED') return Object.assign(new Error(`legacy connection lost (${e.code})`), { code: 'ECONNRESET' });
  return e;
}
