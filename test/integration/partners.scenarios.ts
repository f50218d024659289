import { sql } from '@jingtong/kit';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';

const ISSUE = `mutation($input: IssuePartnerKeyInput!) {
  issuePartnerKey(input: $input) { secret key { id partnerId partnerName prefix scopes ratePerMinute costBudgetPerDay active } error { code message } }
}`;
const KEYS = `query($all: Boolean!) { partnerKeys(includeInactive: $all) { id prefix partnerName scopes active createdAt revokedAt expiresAt rotatedFromId } }`;

/** Partner departments' API keys: issued by a system administrator, resolved by the gateway, revoked. */
export function describePartners(mode: StorageMode) {
  describe(`partner API keys (${mode})`, () => {
    let stack: Stack;
    let kit: OfficerKit;
    let sysadmin: string;

    const issue = async (input: Record<string, unknown>, token = sysadmin) => (await stack.graphql(ISSUE, { input }, token)).body;
    const resolve = (key: string, signed = true) => kit.internal('/internal/partner-keys/resolve', { key }, signed);

    beforeAll(async () => {
      stack = await startStack({ mode });
      kit = new OfficerKit(stack);
      sysadmin = await kit.demo('sysadmin');
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    it('issues a key whose secret is shown once, lists it without the secret, resolves it for the gateway, and revokes it', async () => {
      const issued = (await issue({ partnerName: '许昌市交通运输局', scopes: ['traffic.vehicle:read', 'traffic.violation:read'], ratePerMinute: 60, costBudgetPerDay: 50_000 })).data.issuePartnerKey;
      expect(issued.error).toBeNull();
      expect(issued.secret).toMatch(new RegExp(`^jt_live_${issued.key.prefix}_[A-Za-z0-9_-]{43}$`));
      expect(issued.key).toMatchObject({ partnerName: '许昌市交通运输局', scopes: ['traffic.vehicle:read', 'traffic.violation:read'], ratePerMinute: 60, costBudgetPerDay: 50_000, active: true });

      const listed = await stack.graphql(KEYS, { all: false }, sysadmin);
      expect(listed.body.data.partnerKeys.map((k: { id: string }) => k.id)).toContain(issued.key.id);
      expect(JSON.stringify(listed.body)).not.toContain(issued.secret.slice(21));
      // Not even the database has it.
      const row = await stack.identityDeps.database.db.selectFrom('partner_keys').selectAll().where('id', '=', issued.key.id).executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(issued.secret.slice(21));

      expect(await resolve(issued.secret)).toEqual({
        status: 200,
        body: { partnerId: issued.key.partnerId, keyId: issued.key.id, name: '许昌市交通运输局', scopes: ['traffic.vehicle:read', 'traffic.violation:read'], ratePerMinute: 60, costBudgetPerDay: 50_000 },
      });
      expect((await resolve(`${issued.secret.slice(0, -2)}xx`)).status).toBe(404);
      expect((await resolve('jt_live_nonsense')).status).toBe(404);
      const unsigned = await resolve(issued.secret, false);
      expect(unsigned).toEqual({ status: 401, body: { ok: false, code: 'CALLER_SIGNATURE_INVALID' } });

      // The gateway authenticates the key through the resolve route (what it then allows is the gateway's business)…
      const asPartner = await stack.graphql(`{ __typename }`, {}, undefined, { 'x-api-key': issued.secret });
      expect(asPartner.status).toBe(200);
      expect(asPartner.body).toEqual({ data: { __typename: 'Query' } });

      const revoked = await stack.graphql(`mutation($id: ID!) { revokePartnerKey(id: $id) { key { active revokedAt } error { code } } }`, { id: issued.key.id }, sysadmin);
      expect(revoked.body.data.revokePartnerKey.key.active).toBe(false);
      expect(revoked.body.data.revokePartnerKey.key.revokedAt).toBeTruthy();
      expect((await resolve(issued.secret)).status).toBe(404);
      // …and refuses it once revoked.
      const refused = await stack.graphql(`{ __typename }`, {}, undefined, { 'x-api-key': issued.secret });
      expect(refused.status).toBe(401);
      expect(refused.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const again = await stack.graphql(`mutation($id: ID!) { revokePartnerKey(id: $id) { error { code } } }`, { id: issued.key.id }, sysadmin);
      expect(again.body.data.revokePartnerKey.error.code).toBe('PARTNER_KEY_INACTIVE');

      expect((await stack.graphql(KEYS, { all: false }, sysadmin)).body.data.partnerKeys.map((k: { id: string }) => k.id)).not.toContain(issued.key.id);
      expect((await stack.graphql(KEYS, { all: true }, sysadmin)).body.data.partnerKeys.map((k: { id: string }) => k.id)).toContain(issued.key.id);

      const trail = await kit.auditEntries({ targetId: issued.key.id });
      expect(trail.map((e) => e.action)).toEqual(['API_KEY_REVOKED', 'API_KEY_ISSUED']);
      expect(JSON.stringify(trail)).not.toContain(issued.secret.slice(21));
    });

    it('rotates a key: a new secret with the same scopes and limits; the old one ends now or after a grace period', async () => {
      const first = (await issue({ partnerName: '许昌市民政局', scopes: ['identity.person:verify'], ratePerMinute: 10, costBudgetPerDay: 1000 })).data.issuePartnerKey;
      const rotate = async (id: string, grace: number) =>
        (
          await stack.graphql(
            `mutation($id: ID!, $g: Int!) { rotatePartnerKey(id: $id, graceMinutes: $g) { secret key { id scopes ratePerMinute costBudgetPerDay rotatedFromId partnerId } error { code } } }`,
            { id, g: grace },
            sysadmin,
          )
        ).body.data.rotatePartnerKey;

      const second = await rotate(first.key.id, 0);
      expect(second.key).toMatchObject({ scopes: ['identity.person:verify'], ratePerMinute: 10, costBudgetPerDay: 1000, rotatedFromId: first.key.id, partnerId: first.key.partnerId });
      expect(second.secret).not.toBe(first.secret);
      expect((await resolve(first.secret)).status).toBe(404);
      expect((await resolve(second.secret)).status).toBe(200);

      const third = await rotate(second.key.id, 60);
      expect((await resolve(second.secret)).status).toBe(200);
      expect((await resolve(third.secret)).status).toBe(200);
      const keys = (await stack.graphql(KEYS, { all: true }, sysadmin)).body.data.partnerKeys;
      // The old key runs out exactly 60 minutes after the rotation: the moment its successor was made (one transaction, one clock).
      const successor = keys.find((k: { id: string }) => k.id === third.key.id);
      const expiresAt = Date.parse(keys.find((k: { id: string }) => k.id === second.key.id).expiresAt);
      expect(successor.expiresAt).toBeNull();
      expect(expiresAt - Date.parse(successor.createdAt)).toBe(60 * 60_000);
      expect(keys.find((k: { id: string }) => k.id === second.key.id).active).toBe(true);
      const callAs = (secret: string) => stack.graphql(`{ __typename }`, {}, undefined, { 'x-api-key': secret });
      expect((await callAs(second.secret)).status).toBe(200);

      // Drive the clock past the grace period: the stored end moves back by the 60 minutes (and a second).
      await stack.identityDeps.database.db
        .updateTable('partner_keys')
        .set({ expires_at: sql`expires_at - interval '60 minutes 1 second'` })
        .where('id', '=', second.key.id)
        .execute();
      expect((await resolve(second.secret)).status).toBe(404);
      const refused = await callAs(second.secret);
      expect([refused.status, refused.body.errors![0].extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect((await resolve(third.secret)).status).toBe(200);
      expect((await callAs(third.secret)).status).toBe(200);
      const after = (await stack.graphql(KEYS, { all: true }, sysadmin)).body.data.partnerKeys;
      expect(after.find((k: { id: string }) => k.id === second.key.id).active).toBe(false);
      expect((await rotate(first.key.id, 0)).error.code).toBe('PARTNER_KEY_INACTIVE');
      expect((await rotate(second.key.id, 60 * 24 * 8)).error.code).toBe('LIMIT_INVALID');
    });

    it('reads only what its scopes name, within its rate limit and daily cost budget, through the gateway', async () => {
      const seeded = stack.legacy.seed.vehicles[0];
      const VEHICLE = `query($p: String!) { vehicle(plate: $p) { plate brand } }`;
      const WITH_VIOLATIONS = `query($p: String!) { vehicle(plate: $p) { plate violations { id points } } }`;
      const asPartner = (secret: string, query: string) => stack.graphql(query, { p: seeded.plate }, undefined, { 'x-api-key': secret });

      const vehiclesOnly = (await issue({ partnerName: '许昌市保险行业协会', scopes: ['traffic.vehicle:read'], ratePerMinute: 3, costBudgetPerDay: 1000 })).data.issuePartnerKey;
      const read = await asPartner(vehiclesOnly.secret, VEHICLE);
      expect(read.body.data.vehicle).toEqual({ plate: seeded.plate, brand: seeded.brand });
      expect(read.headers.get('ratelimit')).toMatch(/limit=3, remaining=2/);
      // A scope the key does not hold: the field is refused, the rest still answers.
      const refused = await asPartner(vehiclesOnly.secret, WITH_VIOLATIONS);
      expect(refused.body.data.vehicle.plate).toBe(seeded.plate);
      expect(refused.body.errors![0]).toMatchObject({ path: ['vehicle', 'violations'], extensions: { code: 'FORBIDDEN', requiredScope: 'traffic.violation:read' } });
      // Its own rate limit (3 a minute): the third request is the last one allowed.
      expect((await asPartner(vehiclesOnly.secret, VEHICLE)).status).toBe(200);
      const limited = await asPartner(vehiclesOnly.secret, VEHICLE);
      expect([limited.status, limited.body.errors![0].extensions!.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

      const violationsOnly = (await issue({ partnerName: '许昌市交通运输局', scopes: ['traffic.violation:read'], ratePerMinute: 60, costBudgetPerDay: 1000 })).data.issuePartnerKey;
      expect((await asPartner(violationsOnly.secret, VEHICLE)).body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'traffic.vehicle:read' });

      // A daily cost budget of 5 field-costs: the first query (cost 3) passes, the second would exceed it.
      const frugal = (await issue({ partnerName: '某区交警大队', scopes: ['traffic.vehicle:read'], ratePerMinute: 60, costBudgetPerDay: 5 })).data.issuePartnerKey;
      expect((await asPartner(frugal.secret, VEHICLE)).body.data.vehicle.plate).toBe(seeded.plate);
      const over = await asPartner(frugal.secret, VEHICLE);
      expect(over.body.errors![0].extensions).toMatchObject({ code: 'COST_BUDGET_EXCEEDED', budget: 5 });
      expect(over.body.data ?? null).toBeNull();

      // Citizens do not get the partner look-up.
      const citizen = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
      expect((await stack.graphql(VEHICLE, { p: seeded.plate }, citizen)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('verifies a name against an ID number for a partner holding identity.person:verify, and audits each check', async () => {
      const person = stack.legacy.seed.demoCitizen();
      const VERIFY = `query($id: String!, $name: String!) { verifyPerson(idNumber: $id, name: $name) { match } }`;
      const holder = (await issue({ partnerName: '许昌市人力资源和社会保障局', scopes: ['identity.person:verify'], ratePerMinute: 60, costBudgetPerDay: 1000 })).data.issuePartnerKey;
      const ask = (vars: Record<string, string>, secret = holder.secret) => stack.graphql(VERIFY, vars, undefined, { 'x-api-key': secret });
      expect((await ask({ id: person.idNumber, name: person.name })).body.data.verifyPerson).toEqual({ match: true });
      expect((await ask({ id: person.idNumber, name: '张冒名' })).body.data.verifyPerson).toEqual({ match: false });
      expect((await ask({ id: '41100219900101123', name: person.name })).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const other = (await issue({ partnerName: '某单位', scopes: ['traffic.vehicle:read'], ratePerMinute: 60, costBudgetPerDay: 1000 })).data.issuePartnerKey;
      expect((await ask({ id: person.idNumber, name: person.name }, other.secret)).body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'identity.person:verify' });
      const trail = await kit.auditEntries({ actorId: holder.key.partnerId });
      expect(trail.filter((e) => e.action === 'DISCLOSURE')).toHaveLength(2);
      expect(JSON.stringify(trail)).not.toContain(person.idNumber);
    });

    it('checks scopes and limits against the documented list, and leaves keys to the system administrator', async () => {
      const base = { partnerName: '某合作单位', scopes: ['traffic.vehicle:read'], ratePerMinute: 10, costBudgetPerDay: 100 };
      expect((await issue({ ...base, scopes: ['traffic.vehicle:write'] })).data.issuePartnerKey.error).toEqual({ code: 'SCOPE_UNKNOWN', message: '授权范围不在可选列表中' });
      expect((await issue({ ...base, scopes: [] })).data.issuePartnerKey.error.code).toBe('SCOPE_UNKNOWN');
      expect((await issue({ ...base, ratePerMinute: 0 })).data.issuePartnerKey.error.code).toBe('LIMIT_INVALID');
      expect((await issue({ ...base, partnerName: ' ' })).data.issuePartnerKey.error.code).toBe('PARTNER_NAME_INVALID');

      const scopes = await stack.graphql(`{ partnerScopes { scope description } }`, {}, sysadmin);
      expect(scopes.body.data.partnerScopes.map((s: { scope: string }) => s.scope)).toEqual(['identity.person:verify', 'traffic.vehicle:read', 'traffic.violation:read']);

      for (const other of ['secadmin', 'auditadmin', 'window01'] as const) {
        const token = await kit.demo(other);
        expect((await issue(base, token)).errors![0].extensions!.code).toBe('FORBIDDEN');
        expect((await stack.graphql(KEYS, { all: true }, token)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      expect((await stack.graphql(KEYS, { all: true })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
}
