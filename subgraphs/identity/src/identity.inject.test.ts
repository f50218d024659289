import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraph, type CallerInput, signCaller, sql, type StartedSubgraph } from '@jingtong/kit';
import { type LegacyServer, standInCredentialsEnv, startLegacy } from '@jingtong/legacy';
import { identity } from './subgraph.js';

const SECRET = 'identity-resolver-test-caller-secret-0123';
const masked = (id: string) => `${id.slice(0, 4)}**********${id.slice(-4)}`;

/**
 * Identity's resolvers one at a time, without the gateway: the subgraph as `npm start` builds it (its own app
 * factory, embedded PGlite, in-process cache, the legacy stand-ins in this process), asked directly with a signed
 * caller header, so a failure points at one resolver. On port 0 with fetch: Fastify's `inject()` cannot load
 * under Jest's ESM runtime (light-my-request requires the ESM-only `cookie` 2).
 */
describe('identity resolvers, asked directly', () => {
  let legacy: LegacyServer;
  let subgraph: StartedSubgraph;
  let dataDir: string;
  let url: string;

  beforeAll(async () => {
    legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
    dataDir = mkdtempSync(join(tmpdir(), 'identity-inject-'));
    subgraph = await buildSubgraph(identity, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      CALLER_SIGNING_SECRET: SECRET,
      DATA_DIR: dataDir,
      // No worker (screening jobs wait), no demo officers (their argon2 hashes cost seconds): officers are callers here.
      JOBS_POLL_MS: '0',
      DEMO_OFFICERS: 'off',
      ...standInCredentialsEnv(),
      ...identity.legacy?.(legacy.url),
    });
    await subgraph.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(subgraph.app.server.address() as AddressInfo).port}/graphql`;
  }, 60_000);
  afterAll(async () => {
    await subgraph?.close();
    await legacy?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A request as the gateway sends it: the caller signed over this very body. */
  async function gql(caller: Omit<CallerInput, 'requestId'>, query: string, variables: Record<string, unknown> = {}) {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ ...caller, requestId: `req-${randomUUID()}` }, SECRET, body) }, body });
    expect(res.status).toBe(200);
    return (await res.json()) as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions: Record<string, any> }> };
  }
  const anonymous = { kind: 'anonymous', channel: 'h5' } as const;
  const citizen = (sub: string) => ({ kind: 'citizen', sub, acr: 1, channel: 'h5' }) as const;
  const officer = (roles: string[], unit = '411002000000') => ({ kind: 'officer', sub: randomUUID(), acr: 0, roles, unit, channel: 'console' }) as const;

  /** A seeded person of 许昌 (ID numbers 4110…) with vehicles, signed in by the development sign-in (binds them). */
  async function signedIn(index: number) {
    const person = legacy.seed.citizensWithVehicles(2).filter((p) => p.idNumber.startsWith('4110') && !legacy.seed.fugitives().includes(p.idNumber))[index]!;
    const { data } = await gql(anonymous, 'mutation($id: String!) { devSignIn(idNumber: $id) { token error { code } } }', { id: person.idNumber });
    expect(data.devSignIn.error).toBeNull();
    const sub = JSON.parse(Buffer.from(data.devSignIn.token.split('.')[1], 'base64url').toString('utf8')).sub as string;
    return { person, id: sub, plates: legacy.seed.vehiclesByOwner(person.idNumber).map((v) => v.plate) };
  }

  it('me: the signed-in citizen, masked, with their bound plates', async () => {
    const { person, id, plates } = await signedIn(0);
    const { data, errors } = await gql(citizen(id), '{ me { id assuranceLevel idNumber name boundPlates } }');
    expect(errors).toBeUndefined();
    expect({ ...data.me, boundPlates: [...data.me.boundPlates].sort() }).toEqual({
      id,
      assuranceLevel: 1,
      idNumber: masked(person.idNumber),
      name: [...person.name][0] + '*'.repeat([...person.name].length - 1),
      boundPlates: [...plates].sort(),
    });
  });

  it('me: null for an anonymous caller, for a citizen id nobody has, and for an officer or a partner whose id is a citizen’s', async () => {
    const { id } = await signedIn(3);
    expect((await gql(citizen(id), '{ me { id } }')).data).toEqual({ me: { id } });
    expect((await gql(anonymous, '{ me { id } }')).data).toEqual({ me: null });
    expect((await gql(citizen(randomUUID()), '{ me { id } }')).data).toEqual({ me: null });
    expect((await gql({ ...officer(['WINDOW_OFFICER']), sub: id }, '{ me { id } }')).data).toEqual({ me: null });
    expect((await gql({ kind: 'partner', sub: id, scopes: [], channel: 'partner' }, '{ me { id } }')).data).toEqual({ me: null });
  });

  it('me: a citizen cannot reveal their own ID number (reveal is for officers)', async () => {
    const { id } = await signedIn(1);
    const { data, errors } = await gql(citizen(id), 'query($r: RevealInput) { me { idNumber(reveal: $r) } }', { r: { purpose: 'CASE_HANDLING', caseNumber: 'XC20261128-0001' } });
    expect(errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['me', 'idNumber'], 'FORBIDDEN']]);
    expect(data.me).toEqual({ idNumber: null });
  });

  it('citizenByIdNumber: officers only — a citizen is UNAUTHENTICATED, an administrator FORBIDDEN, a window officer gets the citizen (masked, audited)', async () => {
    const { person, id } = await signedIn(2);
    const query = 'query($n: String!) { citizenByIdNumber(idNumber: $n) { id idNumber } }';
    const asCitizen = await gql(citizen(id), query, { n: person.idNumber });
    expect([asCitizen.data?.citizenByIdNumber, asCitizen.errors?.[0]?.extensions.code, asCitizen.errors?.[0]?.message]).toEqual([null, 'UNAUTHENTICATED', '请先登录，或登录已失效']);
    const asAdmin = await gql(officer(['SYSTEM_ADMIN'], '411000000000'), query, { n: person.idNumber });
    expect(asAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const window = officer(['WINDOW_OFFICER']);
    const asWindow = await gql(window, query, { n: person.idNumber });
    expect(asWindow.errors).toBeUndefined();
    expect(asWindow.data.citizenByIdNumber).toEqual({ id, idNumber: masked(person.idNumber) });
    const { rows } = await sql<{ action: string; actor_id: string; target_id: string }>`select action, actor_id, target_id from audit_log where action = 'CITIZEN_LOOKUP'`.execute(
      (subgraph.deps as unknown as { database: { db: any } }).database.db,
    );
    expect(rows).toEqual([{ action: 'CITIZEN_LOOKUP', actor_id: window.sub, target_id: id }]);
  });
});
