import { readFileSync } from 'node:fs';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';

const manifest = JSON.parse(readFileSync(new URL('../../web/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const hashOf = (operation: string) => Object.entries(manifest).find(([, doc]) => doc.includes(`${operation}(`) || doc.includes(`${operation} `) || doc.includes(`${operation}{`))![0];

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, body: json };
}

const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

/** The gateway's own defences, through HTTP as a client would meet them. */
export function describeGatewaySecurity(mode: StorageMode) {
  describe(`gateway security (${mode})`, () => {
    let stack: Stack;
    let token: string;
    const extras: Array<{ close(): Promise<void> }> = [];
    const extra = async (env: Record<string, string>) => {
      const g = await stack.extraGateway(env);
      extras.push(g);
      return g.url;
    };

    beforeAll(async () => {
      stack = await startStack({ mode });
      token = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
    }, 120_000);
    afterAll(async () => {
      for (const g of extras) await g.close();
      await stack?.close();
    });

    describe('persisted operations only, for the H5 and console channels', () => {
      let url: string;
      beforeAll(async () => {
        url = await extra({ SAFELIST_ENFORCE: 'true' });
      });

      it('runs a manifest operation sent by hash alone', async () => {
        const { status, body } = await post(
          url,
          { operationName: 'MyVehiclesAndViolations', extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('MyVehiclesAndViolations') } } },
          { authorization: `Bearer ${token}` },
        );
        expect(status).toBe(200);
        expect(body.data.me.vehicles.length).toBeGreaterThanOrEqual(5);
      });

      it('refuses free text, unknown hashes, and known hashes with other text', async () => {
        const free = await post(url, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
        expect([free.status, codeOf(free.body)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
        const unknown = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
        expect([unknown.status, codeOf(unknown.body)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
        const swapped = await post(url, { query: '{ me { id idNumber } }', extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('MyVehiclesAndViolations') } } }, { authorization: `Bearer ${token}` });
        expect(codeOf(swapped.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
        expect(free.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
        expect(free.body.errors[0].extensions.requestId).toBeTruthy();
      });
    });

    describe('document limits', () => {
      it('refuses a query deeper than the limit', async () => {
        const url = await extra({ LIMIT_MAX_DEPTH: '3' });
        const { body } = await post(url, { query: '{ me { vehicles { violations { id } } } }' }, { authorization: `Bearer ${token}` });
        expect(codeOf(body)).toBe('DEPTH_LIMIT_EXCEEDED');
        const ok = await post(url, { query: '{ me { vehicles { plate } } }' }, { authorization: `Bearer ${token}` });
        expect(ok.body.errors).toBeUndefined();
      });

      it('refuses more than 15 aliases', async () => {
        const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
        const { body } = await stack.graphql(`{ ${aliases} }`);
        expect(codeOf(body)).toBe('ALIAS_LIMIT_EXCEEDED');
        const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ');
        expect((await stack.graphql(`{ ${fifteen} }`)).body.errors).toBeUndefined();
      });

      it('allows a sign-in field once per request', async () => {
        const id = stack.legacy.seed.demoCitizen().idNumber;
        const before = stack.legacy.stats().population?.queryPersons ?? 0;
        const { body } = await stack.graphql(`mutation { a: devSignIn(idNumber: "${id}") { token } b: devSignIn(idNumber: "${id}") { token } }`);
        expect(codeOf(body)).toBe('ALIAS_LIMIT_EXCEEDED');
        expect(body.data).toBeUndefined();
        expect(stack.legacy.stats().population?.queryPersons ?? 0).toBe(before);
      });

      it('refuses more than 1000 tokens', async () => {
        const fields = Array.from({ length: 400 }, (_, i) => `f${i % 15}: __typename`).join(' ');
        const { body } = await stack.graphql(`{ ${fields} }`);
        expect(codeOf(body)).toBe('TOKEN_LIMIT_EXCEEDED');
      });

      it('refuses an operation above the cost limit', async () => {
        const url = await extra({ LIMIT_MAX_COST: '20' });
        const { body } = await post(url, { query: '{ me { vehicles { violations { id plate occurredAt place behavior points fineYuan status agency } } } }' }, { authorization: `Bearer ${token}` });
        expect(codeOf(body)).toBe('COST_LIMIT_EXCEEDED');
      });

      it('refuses batched requests and bodies over 1 MB', async () => {
        const batched = await post(stack.gatewayUrl, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
        expect([batched.status, codeOf(batched.body)]).toEqual([400, 'BATCHED_REQUESTS_NOT_ALLOWED']);
        const big = await post(stack.gatewayUrl, { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
        expect([big.status, codeOf(big.body)]).toEqual([413, 'BODY_TOO_LARGE']);
      });

      it('prevents CSRF: a simple (form-like) POST is refused, whatever its body', async () => {
        const query = '{ __typename }';
        const form = new FormData();
        form.set('query', query);
        // What a cross-site HTML form or a no-CORS fetch can send without a preflight.
        const simple: Array<[string, RequestInit]> = [
          ['text/plain', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }],
          ['urlencoded', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query }).toString() }],
          ['multipart', { body: form }],
        ];
        for (const [kind, init] of simple) {
          const res = await fetch(stack.gatewayUrl, { method: 'POST', ...init });
          const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
          expect([kind, res.status, body.errors[0]!.extensions.code, body.errors[0]!.message]).toEqual([kind, 400, 'CSRF_PREVENTED', '疑似跨站请求，已拒绝']);
        }
        // The same text/plain body with a header only a preflighted request can carry is not CSRF (the guard then refuses the non-JSON body).
        const preflighted = await post(stack.gatewayUrl, JSON.stringify({ query }), { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' });
        expect(codeOf(preflighted.body)).not.toBe('CSRF_PREVENTED');
        // And JSON, which a cross-site page cannot send without a preflight, runs.
        expect((await post(stack.gatewayUrl, { query })).body.data).toEqual({ __typename: 'Query' });
      });

      it('turns introspection and field suggestions off in production', async () => {
        const url = await extra({ NODE_ENV: 'production' });
        const intro = await post(url, { query: '{ __schema { types { name } } }' });
        expect(codeOf(intro.body)).toBe('INTROSPECTION_DISABLED');
        const typo = await post(url, { query: '{ mee { id } }' });
        expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
        const devTypo = await stack.graphql('{ mee { id } }');
        expect(JSON.stringify(devTypo.body)).toMatch(/Did you mean/);
      });
    });

    describe('rate limits', () => {
      it('counts per caller, sends RateLimit headers and refuses with Retry-After', async () => {
        const url = await extra({ RATE_LIMIT_CALLER_PER_MINUTE: '3' });
        const statuses: number[] = [];
        let last: Awaited<ReturnType<typeof post>> | undefined;
        for (let i = 0; i < 4; i++) {
          last = await post(url, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
          statuses.push(last.status);
          if (i === 0) {
            expect(last.headers.get('ratelimit')).toMatch(/limit=3, remaining=2, reset=\d+/);
            expect(last.headers.get('ratelimit-policy')).toContain('3;w=60');
          }
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
        expect(codeOf(last!.body)).toBe('RATE_LIMITED');
        expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
        // Another caller from the same IP is not affected by this caller's limit.
        const other = await stack.signIn(stack.legacy.seed.citizensWithVehicles(3)[5].idNumber);
        expect((await post(url, { query: '{ me { id } }' }, { authorization: `Bearer ${other}` })).status).toBe(200);
      });

      it('counts per IP for everyone, anonymous included', async () => {
        const url = await extra({ RATE_LIMIT_IP_PER_MINUTE: '2' });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await post(url, { query: '{ __typename }' })).status);
        expect(statuses).toEqual([200, 200, 429]);
      });
    });

    it('refuses an unknown API key', async () => {
      const { status, body } = await post(stack.gatewayUrl, { query: '{ __typename }' }, { 'x-api-key': 'jt_live_nope_0000000000000000000000000000000000000000' });
      expect(status).toBe(401);
      expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_INVALID' });
    });
  });
}
