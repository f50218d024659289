import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import { SignJWT, generateKeyPair } from 'jose';
import { startStack, TEST_SECRET, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';

const ME_VEHICLES_VIOLATIONS = /* GraphQL */ `
  query MyVehicles {
    me {
      id
      name
      idNumber
      vehicles {
        plate
        newEnergy
        violations { id plate occurredAt place behavior points fineYuan status }
      }
    }
  }
`;

const ME_VEHICLES_ONLY = `query { me { name vehicles { plate } } }`;

type Stats = Record<string, Record<string, number>>;
const delta = (before: Stats, after: Stats, system: string, op: string) => (after[system]?.[op] ?? 0) - (before[system]?.[op] ?? 0);

/** The slice, end to end through the gateway, on one storage path. */
export function describeSlice(mode: StorageMode) {
  describe(`federation slice through the gateway (${mode})`, () => {
    let stack: Stack;
    // Distinct seeded citizens per test, so one test's cache never serves another's.
    let fleet: string[];
    let next = 0;
    const citizen = () => fleet[next++];

    beforeAll(async () => {
      stack = await startStack({
        mode,
        env: { LEGACY_DEADLINE_MS: '400', LEGACY_BREAKER_VOLUME: '4', LEGACY_BREAKER_RESET_MS: '60000' },
      });
      const demo = stack.legacy.seed.demoCitizen().idNumber;
      fleet = [demo, ...stack.legacy.seed.citizensWithVehicles(5).map((p) => p.idNumber).filter((id) => id !== demo)];
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    afterEach(() => {
      stack.legacy.setFaults({ system: 'traffic', mode: 'normal', latencyMs: 0, jitterMs: 0, errorRate: 0 });
      stack.legacy.setFaults({ system: 'population', mode: 'normal', latencyMs: 0, jitterMs: 0, errorRate: 0 });
    });

    it('answers me { vehicles { violations } } with one legacy call per operation, and none when warm', async () => {
      const idNumber = citizen();
      // devSignIn binds the seeded person's vehicles (documented demo convenience): vehicles come from bindings.
      const token = await stack.signIn(idNumber);
      const seeded = stack.legacy.seed.vehiclesByOwner(idNumber);
      expect(seeded.length).toBeGreaterThanOrEqual(5);

      const before = stack.legacy.stats();
      const cold = await stack.graphql(ME_VEHICLES_VIOLATIONS, {}, token);
      const afterCold = stack.legacy.stats();
      expect(cold.body.errors).toBeUndefined();
      const me = cold.body.data.me;
      expect(me.vehicles.map((v: { plate: string }) => v.plate).sort()).toEqual(seeded.map((v) => v.plate).sort());
      const seededViolations = seeded.flatMap((v) => stack.legacy.seed.violationsByPlate(v.plate));
      expect(me.vehicles.flatMap((v: { violations: unknown[] }) => v.violations)).toHaveLength(seededViolations.length);
      expect(seededViolations.length).toBeGreaterThan(0);
      expect(delta(before, afterCold, 'traffic', 'queryVehiclesByPlates')).toBe(1);
      expect(delta(before, afterCold, 'traffic', 'queryVehiclesByOwner')).toBe(0);
      expect(delta(before, afterCold, 'traffic', 'queryViolationsByPlates')).toBe(1);

      const warm = await stack.graphql(ME_VEHICLES_VIOLATIONS, {}, token);
      expect(warm.body.data).toEqual(cold.body.data);
      const afterWarm = stack.legacy.stats();
      expect(delta(afterCold, afterWarm, 'traffic', 'queryVehiclesByPlates')).toBe(0);
      expect(delta(afterCold, afterWarm, 'traffic', 'queryViolationsByPlates')).toBe(0);
    });

    it('shows personal data masked', async () => {
      const idNumber = citizen();
      const token = await stack.signIn(idNumber);
      const { body } = await stack.graphql(`{ me { name idNumber } }`, {}, token);
      const person = stack.legacy.seed.personById(idNumber)!;
      expect(body.data.me.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
      expect(body.data.me.name).toBe([...person.name][0] + '*'.repeat([...person.name].length - 1));
    });

    it('returns null for an anonymous caller and refuses bad sign-in input with a typed payload error', async () => {
      expect((await stack.graphql(`{ me { id } }`)).body.data).toEqual({ me: null });
      const bad = await stack.graphql(`mutation { devSignIn(idNumber: "41100219900101123") { token error { code message } } }`);
      expect(bad.body.data.devSignIn).toEqual({ token: null, error: { code: 'ID_NUMBER_INVALID', message: '身份证号码格式不正确' } });
      const unknown = await stack.graphql(`mutation { devSignIn(idNumber: "11010519491231002X") { token error { code } } }`);
      expect(unknown.body.data.devSignIn.error.code).toBe('PERSON_NOT_FOUND');
    });

    it('gives the field a LEGACY_UNAVAILABLE error and keeps the rest when the traffic platform is down', async () => {
      const token = await stack.signIn(citizen());
      stack.legacy.setFaults({ system: 'traffic', mode: 'down' });
      const { status, body } = await stack.graphql(ME_VEHICLES_ONLY, {}, token);
      expect(status).toBe(200);
      expect(body.data.me.name).toMatch(/\*/);
      expect(body.data.me.vehicles).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({ path: ['me', 'vehicles'], extensions: { code: 'LEGACY_UNAVAILABLE' } });
      expect(body.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
      expect(JSON.stringify(body.errors)).not.toMatch(/soap|Envelope|stack|ECONN/i);
    });

    it('keeps the vehicles and errors only violations when that call fails', async () => {
      const token = await stack.signIn(citizen());
      await stack.graphql(ME_VEHICLES_ONLY, {}, token); // vehicles now cached
      stack.legacy.setFaults({ system: 'traffic', mode: 'down' });
      const { body } = await stack.graphql(ME_VEHICLES_VIOLATIONS, {}, token);
      const vehicles = body.data.me.vehicles as Array<{ plate: string; violations: unknown }>;
      expect(vehicles.length).toBeGreaterThanOrEqual(5);
      expect(vehicles.every((v) => v.violations === null && v.plate)).toBe(true);
      expect(body.errors!.length).toBeGreaterThanOrEqual(1);
      for (const e of body.errors!) {
        expect(e.extensions!.code).toBe('LEGACY_UNAVAILABLE');
        expect(e.path!.slice(-1)).toEqual(['violations']);
      }
    });

    it('honours the legacy deadline: a platform that never answers becomes LEGACY_TIMEOUT', async () => {
      const token = await stack.signIn(citizen());
      stack.legacy.setFaults({ system: 'traffic', mode: 'timeout' });
      // The stand-in never answers: only the client's deadline ends the call (without one, the test's own timeout would).
      const { body } = await stack.graphql(ME_VEHICLES_ONLY, {}, token);
      expect(body.errors![0]).toMatchObject({ path: ['me', 'vehicles'], extensions: { code: 'LEGACY_TIMEOUT' } });
      expect(body.data.me.name).toBeTruthy();
    });

    it('refuses a direct call to a subgraph without, or with a forged, caller signature', async () => {
      const { signCaller } = await import('@jingtong/kit');
      const refusal = { data: null, errors: [{ message: expect.stringMatching(/[\u4e00-\u9fa5]/), extensions: { code: 'CALLER_SIGNATURE_INVALID' } }] };
      const call = (url: string, body: string, caller?: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(caller ? { 'x-jt-caller': caller } : {}) }, body }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));
      for (const url of Object.values(stack.subgraphUrls)) {
        const body = JSON.stringify({ query: '{ __typename }' });
        const caller = { kind: 'citizen' as const, sub: 'someone', requestId: `forged-${url}` };
        const unsigned = await call(url, body);
        expect(unsigned).toEqual({ status: 401, body: refusal });
        // The same header made with another key: refused alike, and nothing of the query ran.
        const forged = await call(url, body, signCaller(caller, 'not-the-gateway-secret-0123456789abcdef', body));
        expect(forged).toEqual({ status: 401, body: refusal });
        // Made with the shared key, the same caller and body are accepted: only the key made the difference.
        const signed = await call(url, body, signCaller(caller, TEST_SECRET, body));
        expect(signed).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
      }
    });

    it('refuses a forged or expired JWT with UNAUTHENTICATED', async () => {
      const other = await generateKeyPair('ES256');
      const forged = await new SignJWT({ kind: 'citizen', acr: 3 })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('00000000-0000-0000-0000-000000000000')
        .setIssuer('jingtong-identity')
        .setAudience('jingtong')
        .setExpirationTime('1h')
        .sign(other.privateKey);
      const f = await stack.graphql(`{ me { id } }`, {}, forged);
      expect(f.status).toBe(401);
      expect(f.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(f.body.data ?? null).toBeNull();

      const expired = await stack.issueToken({ sub: '00000000-0000-0000-0000-000000000000', ttlSeconds: -60 });
      const e = await stack.graphql(`{ me { id } }`, {}, expired);
      expect(e.status).toBe(401);
      expect(e.body.errors![0]).toMatchObject({ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });

      const garbage = await stack.graphql(`{ me { id } }`, {}, 'not.a.jwt');
      expect(garbage.status).toBe(401);
    });

    it('reports /healthz green only when every subgraph answers', async () => {
      const ok = await fetch(stack.gatewayUrl.replace('/graphql', '/healthz'));
      expect(ok.status).toBe(200);
      const broken = await createGateway({
        env: loadGatewayEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CALLER_SIGNING_SECRET: TEST_SECRET }),
        subgraphUrls: { ...stack.subgraphUrls, traffic: 'http://127.0.0.1:9/graphql' },
      });
      try {
        await broken.listen({ port: 0, host: '127.0.0.1' });
        const res = await fetch(`http://127.0.0.1:${(broken.server.address() as { port: number }).port}/healthz`);
        expect(res.status).toBe(503);
        // Every registered subgraph answers but traffic.
        const expected = Object.fromEntries(Object.keys(stack.subgraphUrls).map((name) => [name, name === 'traffic' ? 'down' : 'ok']));
        expect(((await res.json()) as any).subgraphs).toEqual(expected);
        expect(expected).toMatchObject({ identity: 'ok', traffic: 'down' });
      } finally {
        await broken.close();
      }
    });

  });
  // Its own stack: the breaker's rolling window must not see other tests' failures.
  describe(`circuit breaker on the traffic platform (${mode})`, () => {
    // Long enough for the failures below to be refused while open, short enough to wait for the half-open trial.
    const RESET_MS = 4_000;
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ mode, env: { LEGACY_DEADLINE_MS: '400', LEGACY_BREAKER_VOLUME: '4', LEGACY_BREAKER_RESET_MS: String(RESET_MS) } });
    }, 120_000);
    afterAll(async () => {
      await stack?.close();
    });

    it('opens only above 50 % failures once 4 calls are counted; then calls stop reaching the platform and fail fast as LEGACY_UNAVAILABLE; after the reset one trial call closes it again', async () => {
      const fleet = stack.legacy.seed.citizensWithVehicles(2).slice(0, 11).map((p) => p.idNumber);
      const tokens = [];
      for (const id of fleet) tokens.push(await stack.signIn(id));
      const [first, recovering, after] = [tokens.shift()!, tokens.pop()!, tokens.pop()!];
      // Two calls that succeed first (the platform session's login, then the vehicles), so the window holds successes.
      const beforeGood = stack.legacy.stats();
      expect((await stack.graphql(ME_VEHICLES_ONLY, {}, first)).body.errors).toBeUndefined();
      const good = delta(beforeGood, stack.legacy.stats(), 'traffic', 'serverHander') + delta(beforeGood, stack.legacy.stats(), 'traffic', 'queryVehiclesByPlates');
      expect(good).toBe(2);

      stack.legacy.setFaults({ system: 'traffic', errorRate: 1 });
      const before = stack.legacy.stats();
      const codes: string[] = [];
      const reached: number[] = [];
      for (const token of tokens) {
        const { body } = await stack.graphql(ME_VEHICLES_ONLY, {}, token);
        codes.push(body.errors![0].extensions!.code);
        reached.push(delta(before, stack.legacy.stats(), 'traffic', 'queryVehiclesByPlates'));
      }
      // 2 failures of 4 calls (50 %) keep it closed; the 3rd failure (3 of 5, 60 %) opens it; nothing reaches the platform after.
      expect(codes.slice(0, 3)).toEqual(['LEGACY_FAULT', 'LEGACY_FAULT', 'LEGACY_FAULT']);
      expect(reached.slice(0, 3)).toEqual([1, 2, 3]);
      expect(codes.slice(3)).toEqual(Array(tokens.length - 3).fill('LEGACY_UNAVAILABLE'));
      expect(reached.at(-1)).toBe(3);

      // The platform is back; while the breaker is open every request is refused without reaching it. After the
      // reset, the first request is the one trial call: it succeeds, and the breaker is closed again.
      stack.legacy.setFaults({ system: 'traffic', errorRate: 0 });
      const healed = stack.legacy.stats();
      const waiting: string[] = [];
      const until = Date.now() + RESET_MS * 3;
      for (;;) {
        const { body } = await stack.graphql(ME_VEHICLES_ONLY, {}, recovering);
        if (!body.errors) break;
        waiting.push(body.errors[0].extensions!.code);
        if (Date.now() > until) throw new Error(`the breaker never let a trial call through: ${waiting.join(', ')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(waiting.filter((code) => code !== 'LEGACY_UNAVAILABLE')).toEqual([]);
      expect(delta(healed, stack.legacy.stats(), 'traffic', 'queryVehiclesByPlates')).toBe(1);
      const closed = await stack.graphql(ME_VEHICLES_ONLY, {}, after);
      expect(closed.body.errors).toBeUndefined();
      expect(delta(healed, stack.legacy.stats(), 'traffic', 'queryVehiclesByPlates')).toBe(2);
    });
  });
}
