/** Real node-soap clients against a running LegacyServer, for tests and sample recording. */
import soap, { type Client } from 'soap';
import type { LegacyServer, SoapSystemId } from '../index.js';

export const TEST_CREDENTIALS = { userId: 'jingtong', password: 'jingtong-dev', sysCode: 'JT-TRAFFIC' };

let requestCounter = 0;

export function head(extra: Record<string, string> = {}) {
  requestCounter++;
  return { sysCode: 'JT-TEST', requestId: `test-${String(requestCounter).padStart(6, '0')}`, ...extra };
}

/** A fresh client (no WSDL cache: ports are reused across servers in one run). */
export function soapClient(legacy: LegacyServer, system: SoapSystemId): Promise<Client> {
  return soap.createClientAsync(legacy.wsdlUrl(system), { disableCache: true });
}

/** Calls <operation>Async and returns the parsed response. */
export async function call(client: Client, operation: string, args: object, options?: object): Promise<any> {
  const [result] = await client[`${operation}Async`](args, options);
  return result;
}

export async function login(traffic: Client): Promise<string> {
  const result = await call(traffic, 'serverHander', { head: head(), body: { supervisionSynauth: TEST_CREDENTIALS } });
  if (result.head.RESULT !== '0') throw new Error(`login failed: ${result.head.ERROR}`);
  return result.body.sessionKey;
}

export interface CaughtFault {
  status: number | undefined;
  faultcode: string | undefined;
  faultstring: string | undefined;
  message: string;
  code: string | undefined;
}

/** Awaits a call expected to fail and describes how it failed. */
export async function failure(promise: Promise<unknown>): Promise<CaughtFault> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message: string; code?: string; response?: { status?: number }; root?: any };
    const fault = e.root?.Envelope?.Body?.Fault;
    return { status: e.response?.status, faultcode: fault?.faultcode, faultstring: fault?.faultstring, message: e.message, code: e.code };
  }
  throw new Error('expected the call to fail');
}

/** Posts raw text to a SOAP endpoint. */
export async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/xml; charset=utf-8', ...headers } });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

export const envelope = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${inner}</soap:Body></soap:Envelope>`;
