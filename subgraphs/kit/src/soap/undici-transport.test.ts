import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log/logger.js';
import { loadSoapSamples } from './replay-server.js';
import { createSoapClient } from './soap-client.js';

const FIXTURES = fileURLToPath(new URL('../metrics/__fixtures__', import.meta.url));
const WSDL = `${FIXTURES}/probe.wsdl`;
const ok = loadSoapSamples(FIXTURES).find((s) => s.case === 'ok')!;
const ctx = { requestId: 'req-transport' };
const logger = createLogger('t', 'silent');

/** A SOAP endpoint whose behaviour each test sets; it counts the TCP connections it accepted. */
async function endpoint(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const sockets = new Set<Socket>();
  let connections = 0;
  const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      handle(req, res, body);
    });
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const answer = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(ok.response);
};

describe('SOAP transport (undici under soap)', () => {
  it('sends the envelope with its SOAPAction and parses the answer, over one kept-alive connection', async () => {
    const server = await endpoint((_req, res) => answer(res));
    const client = await createSoapClient({ system: 'probe', wsdlPath: WSDL, endpoint: server.url, deadlineMs: 2000, logger });
    try {
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await client.call<Record<string, unknown>>('ping', { text: `hello ${i}` }, ctx));
      expect(results[0]).toEqual(results[5]);
      expect(Object.keys(results[0]!).length).toBeGreaterThan(0);
      expect(server.received).toHaveLength(6);
      expect(server.received[1]!.body).toContain('hello 1');
      expect(server.received[0]!.headers['content-type']).toMatch(/^text\/xml/);
      expect(server.received[0]!.headers.soapaction).toBeDefined();
      // Connections are reused (undici may open a second while the first is being released).
      expect(server.connections()).toBeLessThanOrEqual(2);
    } finally {
      client.close();
      await server.close();
    }
  });

  it('answers LEGACY_TIMEOUT when the system does not answer within the deadline', async () => {
    const server = await endpoint((_req, res) => setTimeout(() => answer(res), 1_500).unref());
    const client = await createSoapClient({ system: 'slow', wsdlPath: WSDL, endpoint: server.url, deadlineMs: 200, logger });
    try {
      await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_TIMEOUT' });
    } finally {
      client.close();
      await server.close();
    }
  });

  it('answers LEGACY_UNAVAILABLE when the system drops the connection before answering', async () => {
    const server = await endpoint((req) => req.socket.destroy());
    const client = await createSoapClient({ system: 'dropping', wsdlPath: WSDL, endpoint: server.url, deadlineMs: 2000, logger });
    try {
      await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_UNAVAILABLE' });
    } finally {
      client.close();
      await server.close();
    }
  });

  it('answers LEGACY_UNAVAILABLE for a 503 and LEGACY_FAULT for a SOAP fault with 500', async () => {
    const fault = loadSoapSamples(FIXTURES).find((s) => s.case === 'server-fault')!;
    let status = 503;
    const server = await endpoint((_req, res) => {
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(status === 503 ? 'busy' : fault.response);
    });
    const client = await createSoapClient({ system: 'flaky', wsdlPath: WSDL, endpoint: server.url, deadlineMs: 2000, logger });
    try {
      await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_UNAVAILABLE' });
      status = fault.status;
      await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_FAULT' });
    } finally {
      client.close();
      await server.close();
    }
  });
});
