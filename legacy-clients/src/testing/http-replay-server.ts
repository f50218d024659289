import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toRequest, type HttpRequest } from './http-request.js';

export interface HttpAnswer {
  operation: string;
  status: number;
  /** The exact body: Alipay's signature covers its text. */
  body: string;
}

/**
 * The HTTP twin of the kit's SOAP replay server: answers each call with the recorded body of its operation
 * (`operationOf` says which: Alipay's `method` parameter, WeChat's path) and keeps what it received.
 * `headersFor` adds headers to an answer as it goes out (WeChat Pay v3 signs each answer with its time).
 */
export async function startHttpReplayServer(answers: HttpAnswer[], operationOf: (request: HttpRequest) => string, headersFor?: (answer: HttpAnswer) => Record<string, string>) {
  const received: Array<HttpRequest & { operation: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
      const request = toRequest(req.method ?? 'GET', req.url ?? '/', body, headers);
      const operation = operationOf(request);
      received.push({ ...request, operation });
      const answer = answers.find((a) => a.operation === operation);
      res.writeHead(answer?.status ?? 404, { 'content-type': 'application/json;charset=utf-8', ...(answer && headersFor?.(answer)) });
      res.end(answer?.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
