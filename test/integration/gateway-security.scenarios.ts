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
        // Someone never signed in on this stack: a sign-in of theirs must ask the population system (no cached copy).
        const id = stack.legacy.seed.citizensWithVehicles(1).at(-1)!.idNumber;
        const calls = () => ({ population: stack.legacy.stats().population?.queryPersons ?? 0, traffic: stack.legacy.stats().traffic?.queryVehiclesByOwner ?? 0 });
        const before = calls();
        const { body } = await stack.graphql(`mutation { a: devSignIn(idNumber: "${id}") { token } b: devSignIn(idNumber: "${id}") { token } }`);
        expect(calls()).toEqual(before);
        expect(body.data).toBeUndefined();
        expect(codeOf(body)).toBe('ALIAS_LIMIT_EXCEEDED');
        // The same sign-in once does reach the population system: the count above could have moved.
        const once = await stack.graphql(`mutation { devSignIn(idNumber: "${id}") { token } }`);
        expect(once.body.data.devSignIn.token).toBeTruthy();
        expect(calls().population - before.population).toBe(1);
      });

      it('refuses more than 1000 tokens, and runs a document of exactly 1000', async () => {
        // `__typename` fields spread over 14 aliased selections (one long selection would trip validation's
        // quadratic field-merging check first): `{ }`, 5 tokens a selection (`aN : __schema { }`), the rest fields.
        const document = (tokens: number) => {
          const fields = tokens - 2 - 14 * 5;
          const sizes = Array.from({ length: 14 }, (_, i) => Math.floor(fields / 14) + (i < fields % 14 ? 1 : 0));
          return `{ ${sizes.map((n, i) => `a${i}: __schema { ${Array(n).fill('__typename').join(' ')} }`).join(' ')} }`;
        };
        const count = (text: string) => text.match(/[{}:]|\w+/g)!.length;
        expect([count(document(1000)), count(document(1001))]).toEqual([1000, 1001]);
        const over = await stack.graphql(document(1001));
        expect([over.status, codeOf(over.body)]).toEqual([400, 'TOKEN_LIMIT_EXCEEDED']);
        expect(over.body.data).toBeUndefined();
        const at = await stack.graphql(document(1000));
        expect(at.body.errors).toBeUndefined();
        expect(Object.values(at.body.data)).toEqual(Array(14).fill({ __typename: '__Schema' }));
      });

      it('refuses an operation above the cost limit, and runs one below it', async () => {
        const url = await extra({ LIMIT_MAX_COST: '20' });
        const { body } = await post(url, { query: '{ me { vehicles { violations { id plate occurredAt place behavior points fineYuan status agency } } } }' }, { authorization: `Bearer ${token}` });
        expect(codeOf(body)).toBe('COST_LIMIT_EXCEEDED');
        expect(body.data).toBeUndefined();
        const cheap = await post(url, { query: '{ me { vehicles { plate } } }' }, { authorization: `Bearer ${token}` });
        expect(cheap.body.errors).toBeUndefined();
        expect(cheap.body.data.me.vehicles.length).toBeGreaterThanOrEqual(5);
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
