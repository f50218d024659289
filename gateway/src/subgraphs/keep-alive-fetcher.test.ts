import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher } from './keep-alive-fetcher.js';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the subgraph fetcher', () => {
  const { fetcher, close } = createSubgraphFetcher({ deadlineMs: 300, maxSockets: 4 });
  const seen: Array<{ method?: string; headers: Record<string, unknown>; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body });
      if (req.url === '/silent') return; // never answers
      res.writeHead(req.url === '/down' ? 502 : 200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] }).end('{"data":{"ok":true}}');
    });
  });
  let url: string;
  beforeAll(async () => {
    url = await listen(server);
  });
  afterAll(async () => {
    await close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('posts the body and headers it is given, and answers like a fetch Response', async () => {
    const res = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': 'signed' }, body: '{"query":"{ ok }"}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"query":"{ ok }"}', headers: { 'x-jt-caller': 'signed' } });
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(await res.json()).toEqual({ data: { ok: true } });
  });

  it('reports a non-2xx answer with its status', async () => {
    const res = await fetcher(`${url}/down`, { method: 'POST', body: '{}' });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(502);
    expect(res.statusText).toBe('Bad Gateway');
    expect(await res.text()).toBe('{"data":{"ok":true}}');
  });

  it('gives up after the deadline with SUBGRAPH_TIMEOUT', async () => {
    const asked = seen.length;
    // /silent never answers: only the fetcher's deadline ends the call (without it, the test's own timeout would).
    await expect(fetcher(`${url}/silent`, { method: 'POST', body: '{"query":"{ slow }"}' })).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_TIMEOUT' } });
    expect(seen.slice(asked)).toEqual([expect.objectContaining({ method: 'POST', body: '{"query":"{ slow }"}' })]);
  });

  it('answers SUBGRAPH_UNAVAILABLE when nobody listens', async () => {
    const closed = createServer();
    const closedUrl = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetcher(`${closedUrl}/graphql`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });
});
