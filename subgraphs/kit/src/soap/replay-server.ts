import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** One recorded call: `<Operation>__<case>/request.xml, response.xml, meta.json`. */
export interface SoapSample {
  name: string;
  operation: string;
  case: string;
  request: string;
  response: string;
  status: number;
}

export function loadSoapSamples(dir: string): SoapSample[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('__'))
    .map((d) => {
      const [operation, kase] = d.name.split('__') as [string, string];
      const metaPath = join(dir, d.name, 'meta.json');
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { status?: number }) : {};
      return {
        name: d.name,
        operation,
        case: kase,
        request: readFileSync(join(dir, d.name, 'request.xml'), 'utf8'),
        response: readFileSync(join(dir, d.name, 'response.xml'), 'utf8'),
        status: meta.status ?? 200,
      };
    });
}

/** Text of every `<tag>` element in an XML string (tests only: samples are flat and trusted). */
export const xmlValues = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

/**
 * Answers every SOAP call with a recorded response, chosen by the operation element in the request:
 * the sample under test for its own operation, `fallback` samples for others (e.g. a login).
 */
export async function startReplayServer(sample: SoapSample, fallback: SoapSample[] = []) {
  const received: Array<{ operation: string; body: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const operation = /<(?:\w+:)?Body[^>]*>\s*<(?:\w+:)?(\w+)/.exec(body)?.[1] ?? '?';
      received.push({ operation, body });
      const answer = operation === sample.operation ? sample : fallback.find((f) => f.operation === operation);
      res.writeHead(answer?.status ?? 500, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(answer?.response ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
