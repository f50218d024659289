import { enqueueJob, runAuditMaintenance } from '@jingtong/kit';
import { sql } from '@jingtong/kit';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { SERVER_DATABASE_URL, type StorageMode } from '../kit/storage.js';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

const ENTRIES = `query($f: AuditEntryFilter, $first: Int!, $after: String) {
  auditEntries(filter: $f, first: $first, after: $after) { nodes { id at action actorKind actorId archived } endCursor hasNextPage }
}`;
const STATUS = `{ auditChainStatus { ok checkedRows firstBrokenId reason } }`;

/** The audit trail: append-only, hash-chained, archived after a year, read by the audit administrator alone. */
export function describeAudit(mode: StorageMode) {
  describe(`audit trail (${mode})`, () => {
    let stack: Stack;
    let kit: OfficerKit;
    let auditor: string;

    beforeAll(async () => {
      stack = await startStack({ mode });
      kit = new OfficerKit(stack);
      // Some history: sign-ins and a failure.
      await kit.demo('sysadmin');
      await kit.signIn('sysadmin', 'Wrong-Password-1', '000000');
      auditor = await kit.demo('auditadmin');
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    it('shows every subgraph’s own trail in one query: a partner’s vehicle look-up is in traffic’s, without the plate', async () => {
      const sysadmin = await kit.demo('sysadmin');
      const issued = await stack.graphql(
        `mutation($input: IssuePartnerKeyInput!) { issuePartnerKey(input: $input) { secret error { code } } }`,
        { input: { partnerName: '许昌市交通运输局', scopes: ['traffic.vehicle:read'], ratePerMinute: 60, costBudgetPerDay: 10_000 } },
        sysadmin,
      );
      const secret = issued.body.data.issuePartnerKey.secret as string;
      const plate = stack.legacy.seed.vehiclesByOwner(stack.legacy.seed.demoCitizen().idNumber)[0].plate;
      const looked = await stack.graphql(`query($p: String!) { vehicle(plate: $p) { plate } }`, { p: plate }, undefined, { 'x-api-key': secret });
      expect(looked.body.data.vehicle.plate).toBe(plate);

      const TRAILS = `{ auditTrails { identity { subgraph entries(first: 5, filter: { action: "API_KEY_ISSUED" }) { nodes { action } } chain { ok } }
        traffic { subgraph entries(first: 5) { nodes { action actorKind targetKind targetId details } } chain { ok checkedRows } } } }`;
      const trails = await stack.graphql(TRAILS, {}, auditor);
      expect(trails.body.errors).toBeUndefined();
      const { identity, traffic } = trails.body.data.auditTrails;
      expect(identity).toMatchObject({ subgraph: 'identity', chain: { ok: true } });
      expect(identity.entries.nodes[0]).toEqual({ action: 'API_KEY_ISSUED' });
      expect(traffic).toMatchObject({ subgraph: 'traffic', chain: { ok: true } });
      expect(traffic.chain.checkedRows).toBeGreaterThanOrEqual(1);
      const lookup = traffic.entries.nodes[0];
      expect(lookup).toMatchObject({ action: 'VEHICLE_LOOKUP', actorKind: 'partner', targetKind: 'vehicle', details: JSON.stringify({ found: true }) });
      expect(JSON.stringify(traffic)).not.toContain(plate);
      // The rows live in traffic's own database, not in identity's.
      expect(await stack.subgraphs.traffic.deps.database!.db.selectFrom('audit_log').select('action').where('action', '=', 'VEHICLE_LOOKUP').execute()).toHaveLength(1);

      for (const other of ['sysadmin', 'secadmin', 'window01'] as const) {
        const refused = await stack.graphql(TRAILS, {}, await kit.demo(other));
        expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('lists every subgraph’s dead letters for the system administrator, and retries one (audited)', async () => {
      const sysadmin = await kit.demo('sysadmin');
      // A job no handler knows is dead-lettered at once (e.g. enqueued by a newer replica during a deploy).
      await enqueueJob(stack.identityDeps.database.db, { kind: 'probe.unknown', key: `k-${Date.now()}`, payload: {} });
      await stack.drainJobs();
      const QUEUES = `{ jobQueues { identity { counts { dead } jobs(state: DEAD) { id kind state lastError } } traffic { subgraph counts { dead } } } }`;
      const queues = await stack.graphql(QUEUES, {}, sysadmin);
      expect(queues.body.errors).toBeUndefined();
      const { identity, traffic } = queues.body.data.jobQueues;
      expect(traffic).toEqual({ subgraph: 'traffic', counts: { dead: 0 } });
      const dead = identity.jobs.find((j: { kind: string }) => j.kind === 'probe.unknown');
      expect(dead).toMatchObject({ state: 'DEAD', lastError: expect.stringContaining('UNKNOWN_JOB_KIND') });
      expect(identity.counts.dead).toBeGreaterThanOrEqual(1);

      const RETRY = `mutation($id: ID!) { retryIdentityJob(id: $id) { job { id state attempts } error { code field } } }`;
      const retried = await stack.graphql(RETRY, { id: dead.id }, sysadmin);
      expect(retried.body.data.retryIdentityJob).toEqual({ job: { id: dead.id, state: 'PENDING', attempts: 0 }, error: null });
      const rows = await stack.identityDeps.database.db.selectFrom('audit_log').select(['actor_kind', 'details']).where('target_kind', '=', 'job').where('target_id', '=', dead.id).execute();
      expect(rows.map((r) => JSON.parse(r.details!).change)).toEqual(['JOB_RETRIED']);
      expect((await stack.graphql(RETRY, { id: 'x1' }, sysadmin)).body.data.retryIdentityJob.error).toEqual({ code: 'FORMAT_INVALID', field: 'id' });
      for (const other of ['auditadmin', 'window01'] as const) {
        expect((await stack.graphql(QUEUES, {}, await kit.demo(other))).body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('is searchable by the audit administrator only', async () => {
      const mine = await stack.graphql(ENTRIES, { f: { action: 'SIGN_IN' }, first: 10 }, auditor);
      expect(mine.body.errors).toBeUndefined();
      expect(mine.body.data.auditEntries.nodes.length).toBeGreaterThanOrEqual(2);
      for (const other of ['sysadmin', 'secadmin', 'leader01', 'window01'] as const) {
        const token = await kit.demo(other);
        for (const query of [ENTRIES, STATUS]) {
          const refused = await stack.graphql(query, { first: 10 }, token);
          expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
          expect(refused.body.data).toBeNull();
        }
      }
      expect((await stack.graphql(ENTRIES, { first: 10 })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('pages newest first with a cursor and filters by action, actor and time', async () => {
      const page = async (after?: string) => (await stack.graphql(ENTRIES, { f: {}, first: 2, after }, auditor)).body.data.auditEntries;
      const one = await page();
      const two = await page(one.endCursor);
      expect(one.hasNextPage).toBe(true);
      const ids = [...one.nodes, ...two.nodes].map((n: { id: string }) => Number(n.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(4);

      const failed = (await stack.graphql(ENTRIES, { f: { action: 'SIGN_IN_FAILED' }, first: 50 }, auditor)).body.data.auditEntries.nodes;
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed.every((n: { action: string }) => n.action === 'SIGN_IN_FAILED')).toBe(true);
      const byActor = (await stack.graphql(ENTRIES, { f: { actorId: failed[0].actorId }, first: 50 }, auditor)).body.data.auditEntries.nodes;
      expect(byActor.every((n: { actorId: string }) => n.actorId === failed[0].actorId)).toBe(true);
      const future = (await stack.graphql(ENTRIES, { f: { from: new Date(Date.now() + 3_600_000).toISOString() }, first: 50 }, auditor)).body.data.auditEntries;
      expect(future).toEqual({ nodes: [], endCursor: null, hasNextPage: false });
      expect((await stack.graphql(ENTRIES, { first: 10, after: 'garbage' }, auditor)).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('shows the audit administrator a disclosure’s remark in clear, while the row keeps it sealed', async () => {
      const { seed } = stack.legacy;
      const person = seed.persons.filter((p) => p.idNumber.startsWith('4110') && !seed.fugitives().includes(p.idNumber)).at(-2)!;
      await stack.signIn(person.idNumber);
      const note = `核对 ${person.name} 的户籍材料`;
      const shown = await stack.graphql(
        `query($id: String!, $r: RevealInput) { citizenByIdNumber(idNumber: $id) { id idNumber(reveal: $r) } }`,
        { id: person.idNumber, r: { purpose: 'CASE_HANDLING', note } },
        await kit.demo('window01'),
      );
      expect(shown.body.errors).toBeUndefined();
      const citizenId = shown.body.data.citizenByIdNumber.id as string;

      const TRAIL = `query($f: AuditEntryFilter) { auditTrails { identity { entries(filter: $f, first: 5) { nodes { action actorKind targetId purpose details } } } } }`;
      const filter = { f: { action: 'DISCLOSURE', targetId: citizenId } };
      const trail = await stack.graphql(TRAIL, filter, auditor);
      expect(trail.body.errors).toBeUndefined();
      const entries = trail.body.data.auditTrails.identity.entries.nodes;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'DISCLOSURE', actorKind: 'officer', purpose: 'CASE_HANDLING' });
      expect(JSON.parse(entries[0].details)).toEqual({ note });
      // identity's older auditEntries is the same view.
      const older = await stack.graphql(`query($f: AuditEntryFilter) { auditEntries(filter: $f, first: 5) { nodes { details } } }`, filter, auditor);
      expect(JSON.parse(older.body.data.auditEntries.nodes[0].details)).toEqual({ note });

      // At rest the row holds it sealed only.
      const row = await stack.identityDeps.database.db.selectFrom('audit_log').select('details').where('action', '=', 'DISCLOSURE').where('target_id', '=', citizenId).executeTakeFirstOrThrow();
      expect(row.details).not.toContain(person.name);
      expect(stack.identityDeps.cipher.decrypt(JSON.parse(row.details!).note)).toBe(note);
      // Nobody else reads the trail, sealed or not.
      for (const other of ['secadmin', 'window01'] as const) {
        expect((await stack.graphql(TRAIL, filter, await kit.demo(other))).body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('refuses to change or delete audit rows in the database itself', async () => {
      const db = stack.identityDeps.database.db;
      // PostgreSQL: the services' role has no such privilege; PGlite (one superuser): the triggers refuse.
      await expect(db.updateTable('audit_log').set({ action: 'SIGN_OUT' }).execute()).rejects.toThrow(/append-only|permission denied/);
      await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only|permission denied/);
      expect((await stack.graphql(STATUS, {}, auditor)).body.data.auditChainStatus).toMatchObject({ ok: true, firstBrokenId: null });
    });

    it('moves rows older than 365 days to the archive in one go; the chain verifies across the move and the rows stay searchable', async () => {
      const db = stack.identityDeps.database.db;
      const before = await db.selectFrom('audit_log').select('id').execute();
      expect(await runAuditMaintenance(db, { retentionDays: 365 })).toMatchObject({ skipped: false, moved: 0, status: { ok: true } });

      // A year and a day later, everything written so far is old.
      const result = await runAuditMaintenance(db, { retentionDays: 365, now: new Date(Date.now() + 366 * 86_400_000) });
      expect(result).toMatchObject({ skipped: false, moved: before.length, status: { ok: true } });
      expect(await db.selectFrom('audit_archive').select('id').execute()).toHaveLength(before.length);

      const status = (await stack.graphql(STATUS, {}, auditor)).body.data.auditChainStatus;
      expect(status).toMatchObject({ ok: true, firstBrokenId: null, reason: null });
      expect(status.checkedRows).toBeGreaterThan(before.length);
      const nodes = (await stack.graphql(ENTRIES, { f: {}, first: 200 }, auditor)).body.data.auditEntries.nodes;
      expect(nodes[0]).toMatchObject({ action: 'AUDIT_ARCHIVED', archived: false });
      expect(nodes.filter((n: { archived: boolean }) => n.archived)).toHaveLength(before.length);
    });

    // Last: the chain stays broken for the rest of this stack, which is the point.
    it('detects a changed row, reports where the chain breaks, and audits the tampering once', async () => {
      // Something worth hiding: a failed sign-in, followed by more rows.
      await kit.signIn('window01', 'Guessing-Passwords-1', '000000');
      const db = stack.identityDeps.database.db;
      const victim = await db.selectFrom('audit_log').select(['id']).where('action', '=', 'SIGN_IN_FAILED').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      await kit.signIn('nobody-at-all', 'Guessing-Passwords-1', '000000');
      // An intruder with full SQL access (a superuser; PGlite's only user) who turns the triggers off, but has no chain key.
      const admin: Kysely<any> =
        mode === 'servers'
          ? new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: SERVER_DATABASE_URL, max: 1, options: `-c search_path="${stack.identityDeps.database.schema}"` }) }) })
          : (db as Kysely<any>);
      await admin.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await trx.updateTable('audit_log').set({ actor_id: 'someone-else' }).where('id', '=', victim.id).execute();
      });
      if (admin !== db) await admin.destroy();

      const status = (await stack.graphql(STATUS, {}, auditor)).body.data.auditChainStatus;
      expect(status).toMatchObject({ ok: false, firstBrokenId: String(victim.id), reason: 'HASH_MISMATCH' });
      const again = (await stack.graphql(STATUS, {}, auditor)).body.data.auditChainStatus;
      expect(again.ok).toBe(false);

      const alerts = await kit.auditEntries({ action: 'AUDIT_TAMPER_DETECTED' });
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ actorKind: 'system', targetKind: 'audit_log', targetId: String(victim.id) });
      expect(JSON.parse(alerts[0].details!)).toEqual({ firstBrokenId: String(victim.id), reason: 'HASH_MISMATCH' });
    });
  });
}
