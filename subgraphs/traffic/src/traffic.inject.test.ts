import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraph, type CallerInput, signCaller, sql, type StartedSubgraph } from '@jingtong/kit';
import { type LegacyServer, startLegacy } from '@jingtong/legacy';
import { traffic } from './subgraph.js';
import type { TrafficDeps } from './deps.js';

const SECRET = 'traffic-resolver-test-caller-secret-01234';
const VEHICLES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { vehicles { plate brand violations { id plate points } } } } }';

/**
 * Traffic's resolvers one at a time, without the gateway: the subgraph as `npm start` builds it (its own app
 * factory, embedded PGlite, in-process cache, the traffic stand-in in this process), asked directly with a signed
 * caller header, as the gateway asks it. On port 0 with fetch: Fastify's `inject()` cannot load under Jest's ESM
 * runtime (light-my-request requires the ESM-only `cookie` 2).
 */
describe('traffic resolvers, asked directly', () => {
  let legacy: LegacyServer;
  let subgraph: StartedSubgraph<TrafficDeps & { close(): Promise<void> }>;
  let dataDir: string;
  let url: string;

  beforeAll(async () => {
    legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
    dataDir = mkdtempSync(join(tmpdir(), 'traffic-inject-'));
    subgraph = await buildSubgraph(traffic, { NODE_ENV: 'test', LOG_LEVEL: 'silent', CALLER_SIGNING_SECRET: SECRET, DATA_DIR: dataDir, JOBS_POLL_MS: '0', ...traffic.legacy?.(legacy.url) });
    await subgraph.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(subgraph.app.server.address() as AddressInfo).port}/graphql`;
  }, 60_000);
  afterAll(async () => {
    await subgraph?.close();
    await legacy?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    legacy.setFaults({ system: 'traffic', mode: 'normal' });
  });

  async function gql(caller: Omit<CallerInput, 'requestId'>, query: string, variables: Record<string, unknown> = {}) {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ ...caller, requestId: `req-${randomUUID()}` }, SECRET, body) }, body });
    expect(res.status).toBe(200);
    return (await res.json()) as { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions: Record<string, any> }> };
  }
  const citizen = (sub: string) => ({ kind: 'citizen', sub, acr: 1, channel: 'h5' }) as const;
  const partner = (scopes: string[]) => ({ kind: 'partner', sub: `partner-${randomUUID()}`, scopes, channel: 'partner' }) as const;
  /** A seeded owner's plates, as identity hands them over (`boundPlates`) in the gateway's representation. */
  const owner = (index: number) => {
    const person = legacy.seed.citizensWithVehicles(2).filter((p) => legacy.seed.vehiclesByOwner(p.idNumber).some((v) => legacy.seed.violationsByPlate(v.plate).length > 0))[index]!;
    const vehicles = legacy.seed.vehiclesByOwner(person.idNumber);
    return { id: randomUUID(), vehicles, plates: vehicles.map((v) => v.plate) };
  };

  it('Citizen.vehicles: the citizen’s own bound vehicles with their violations, in one platform call each', async () => {
    const { id, vehicles, plates } = owner(0);
    const before = legacy.stats().traffic ?? {};
    const { data, errors } = await gql(citizen(id), VEHICLES, { r: [{ __typename: 'Citizen', id, boundPlates: plates }] });
    expect(errors).toBeUndefined();
    const answered = data._entities[0].vehicles as Array<{ plate: string; brand: string; violations: Array<{ id: string; plate: string }> }>;
    expect(answered.map((v) => [v.plate, v.brand]).sort()).toEqual(vehicles.map((v) => [v.plate, v.brand]).sort());
    for (const v of answered) expect(v.violations.map((x) => x.id).sort()).toEqual(legacy.seed.violationsByPlate(v.plate).map((x) => x.violationId).sort());
    const after = legacy.stats().traffic ?? {};
    expect((after.queryVehiclesByPlates ?? 0) - (before.queryVehiclesByPlates ?? 0)).toBe(1);
    expect((after.queryViolationsByPlates ?? 0) - (before.queryViolationsByPlates ?? 0)).toBe(1);
  });

  it('Citizen.vehicles: someone else’s representation is FORBIDDEN, and the platform is not asked', async () => {
    const { id, plates } = owner(1);
    const before = legacy.stats().traffic ?? {};
    const { data, errors } = await gql(citizen(randomUUID()), VEHICLES, { r: [{ __typename: 'Citizen', id, boundPlates: plates }] });
    expect(data._entities[0].vehicles).toBeNull();
    // mercurius writes the index as a string ("0"): the gateway's data source turns it back into a number.
    expect(errors?.map((e) => [e.path, e.extensions.code, e.message])).toEqual([[['_entities', '0', 'vehicles'], 'FORBIDDEN', '无权访问该信息']]);
    expect(legacy.stats().traffic ?? {}).toEqual(before);
  });

  it('Citizen.vehicles: a platform that is down is LEGACY_UNAVAILABLE on the field (system named), nothing upstream shown', async () => {
    const { id, plates } = owner(2);
    legacy.setFaults({ system: 'traffic', mode: 'down' });
    const { data, errors } = await gql(citizen(id), VEHICLES, { r: [{ __typename: 'Citizen', id, boundPlates: plates }] });
    expect(data._entities[0].vehicles).toBeNull();
    expect(errors?.map((e) => [e.path, e.extensions.code, e.extensions.system, e.message])).toEqual([[['_entities', '0', 'vehicles'], 'LEGACY_UNAVAILABLE', 'traffic', '业务系统暂不可用，请稍后再试']]);
    expect(JSON.stringify(errors)).not.toMatch(/503|nginx|html|soap|stack/i);
  });

  it('vehicle(plate): partners holding traffic.vehicle:read (each look-up audited, plate digested); citizens FORBIDDEN', async () => {
    const { vehicles } = owner(3);
    const plate = vehicles[0]!.plate;
    const query = 'query($p: String!) { vehicle(plate: $p) { plate brand } }';

    const asCitizen = await gql(citizen(randomUUID()), query, { p: plate });
    expect([asCitizen.data.vehicle, asCitizen.errors?.[0]?.extensions.code]).toEqual([null, 'FORBIDDEN']);
    const unscoped = await gql(partner(['traffic.violation:read']), query, { p: plate });
    expect(unscoped.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'traffic.vehicle:read' });

    const reader = partner(['traffic.vehicle:read']);
    const allowed = await gql(reader, query, { p: plate });
    expect(allowed).toEqual({ data: { vehicle: { plate, brand: vehicles[0]!.brand } } });
    const { rows } = await sql<{ action: string; actor_id: string; target_id: string }>`select action, actor_id, target_id from audit_log where actor_id = ${reader.sub}`.execute(subgraph.deps.database.db);
    expect(rows).toEqual([{ action: 'VEHICLE_LOOKUP', actor_id: reader.sub, target_id: subgraph.deps.cipher.blindIndex(plate, 'plate') }]);
  });

  it('Vehicle.violations: a partner without traffic.violation:read gets the vehicle, not its violations', async () => {
    const { vehicles } = owner(4);
    const plate = vehicles.find((v) => legacy.seed.violationsByPlate(v.plate).length > 0)!.plate;
    const { data, errors } = await gql(partner(['traffic.vehicle:read']), 'query($p: String!) { vehicle(plate: $p) { plate violations { id } } }', { p: plate });
    expect(data.vehicle).toEqual({ plate, violations: null });
    expect(errors?.map((e) => [e.path, e.extensions.code, e.extensions.requiredScope])).toEqual([[['vehicle', 'violations'], 'FORBIDDEN', 'traffic.violation:read']]);
    const both = await gql(partner(['traffic.vehicle:read', 'traffic.violation:read']), 'query($p: String!) { vehicle(plate: $p) { violations { id } } }', { p: plate });
    expect(both.data.vehicle.violations.map((v: { id: string }) => v.id).sort()).toEqual(legacy.seed.violationsByPlate(plate).map((v) => v.violationId).sort());
  });
});
