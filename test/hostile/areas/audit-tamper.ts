import { createHash } from 'node:crypto';
import { buildSubgraph, flushAuditChain, runAuditMaintenance, type AnySubgraphDefinition, type StartedSubgraph } from '@jingtong/kit';
import { traffic } from '@jingtong/traffic';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { OfficerKit } from '../../kit/officers.js';
import { TEST_SECRET } from '../../kit/stack.js';
import { createStorage, SERVER_DATABASE_URL, type Storage, type StorageMode } from '../../kit/storage.js';
import type { HostileArea } from '../hostile-world.js';

type AnyDb = Kysely<any>;

/**
 * Someone with full SQL access to the database (a superuser: on PGlite the only user there is) but not
 * the chain key and not the service's file system. Triggers off for the transaction, and the first
 * version's session switch set, which used to be enough.
 */
async function asIntruder(mode: StorageMode, serviceDb: AnyDb, schema: string, change: (trx: AnyDb) => Promise<unknown>): Promise<void> {
  const admin: AnyDb =
    mode === 'embedded'
      ? serviceDb
      : new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: SERVER_DATABASE_URL, max: 1, options: `-c search_path="${schema}"` }) }) });
  try {
    await admin.transaction().execute(async (trx) => {
      await sql`select set_config('jingtong.audit_archiving', 'on', true)`.execute(trx);
      await sql`set local session_replication_role = replica`.execute(trx);
      await change(trx);
    });
  } finally {
    if (admin !== serviceDb) await admin.destroy();
  }
}

/** The unkeyed sha256 chain of the first version: all an intruder without the key can compute. */
const unkeyed = (prev: string, r: Record<string, any>) =>
  createHash('sha256')
    .update(prev)
    .update('\n')
    .update(JSON.stringify([new Date(r.at).toISOString(), r.action, r.actor_kind, r.actor_id, r.target_kind, r.target_id, r.field, r.purpose, r.request_id, r.details]))
    .digest('hex');

/** A traffic subgraph of its own (own schema or PGlite folder): its trail can be broken without breaking the suite's. */
async function isolatedTrail(mode: StorageMode): Promise<{ subgraph: StartedSubgraph; db: AnyDb; schema: string; storage: Storage }> {
  const storage = createStorage(mode);
  await storage.prepare();
  const subgraph = await buildSubgraph(traffic as AnySubgraphDefinition, { NODE_ENV: 'test', LOG_LEVEL: 'silent', CALLER_SIGNING_SECRET: TEST_SECRET, JOBS_POLL_MS: '0', ...storage.envFor('audit_tamper') });
  const database = subgraph.deps.database!;
  return { subgraph, db: database.db, schema: database.schema, storage };
}

const record = (subgraph: StartedSubgraph, n: number, tag: string) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      (subgraph.deps as unknown as { audit: { record(e: object): Promise<void> } }).audit.record({ action: 'VEHICLE_LOOKUP', actorKind: 'partner', actorId: `p-${tag}`, requestId: `${tag}-${i}`, details: { i } }),
    ),
  );

const PHONE_SIGN_IN = `mutation($p: String!, $c: String!) { signInWithPhone(phone: $p, code: $c) { token error { code } } }`;

/**
 * Issue 7 item 1: the audit trail could be cut or rewritten undetected (a session switch opened the
 * triggers, the chain was unkeyed, checkpoints lived in the audited database, the services connected as a
 * superuser). Item 14: a flood of anonymous sign-in failures wrote a row each, serialised by one lock, and
 * starved unrelated requests of connections.
 */
export const auditTamper: HostileArea = {
  title: 'audit trail tampering and audit floods (items 1, 14)',
  define(world) {
    const extras: Array<{ subgraph: StartedSubgraph; storage: Storage }> = [];
    afterAll(async () => {
      for (const { subgraph, storage } of extras) {
        await subgraph.close();
        await storage.cleanup();
      }
    });

    it('refuses the services’ own database session any change to audit rows, session switch or not; on PostgreSQL it is no superuser', async () => {
      const db = world.stack.identityDeps.database.db as AnyDb;
      // Rows to refuse to change (row triggers do not fire on an empty table).
      await world.stack.identityDeps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'system', requestId: 'hostile-audit-1' });
      await runAuditMaintenance(db, { retentionDays: 365 });
      const refusal = world.mode === 'servers' ? /permission denied/ : /append-only/;
      const attempts: Record<string, (trx: AnyDb) => Promise<unknown>> = {
        update: (trx) => trx.updateTable('audit_log').set({ actor_id: 'someone-else' }).execute(),
        delete: (trx) => trx.deleteFrom('audit_log').execute(),
        truncate: (trx) => sql`truncate audit_log`.execute(trx),
        checkpoints: (trx) => trx.deleteFrom('audit_checkpoints').execute(),
      };
      for (const [name, attempt] of Object.entries(attempts)) {
        // Whatever happens, nothing commits: a defence that is missing must not damage the suite's trail.
        const outcome = await db
          .transaction()
          .execute(async (trx) => {
            await sql`select set_config('jingtong.audit_archiving', 'on', true)`.execute(trx);
            await attempt(trx);
            throw new Error('ALLOWED');
          })
          .catch((error: Error) => `${name}: ${error.message}`);
        expect(outcome).toMatch(refusal);
      }
      if (world.mode === 'servers') {
        const { rows } = await sql<{ su: string; owner: string }>`select current_setting('is_superuser') as su, (select tableowner from pg_tables where tablename = 'audit_log' and schemaname = current_schema()) as owner`.execute(db);
        expect(rows[0]).toEqual({ su: 'off', owner: 'jingtong_audit' });
      }
    });

    it('catches a rewritten row whose chain was recomputed without the key, with a matching checkpoint inserted; the next verification alerts', async () => {
      const trail = await isolatedTrail(world.mode);
      extras.push(trail);
      await record(trail.subgraph, 5, 'rw');
      expect((await runAuditMaintenance(trail.db, { retentionDays: 365 })).status).toMatchObject({ ok: true });
      const victim = (await trail.db.selectFrom('audit_log').select('id').orderBy('id').execute())[1].id;
      await asIntruder(world.mode, trail.db, trail.schema, async (trx) => {
        await trx.updateTable('audit_log').set({ actor_id: 'someone-else' }).where('id', '=', victim).execute();
        let prev = '0'.repeat(64);
        const rows = await trx.selectFrom('audit_log').selectAll().orderBy('id').execute();
        for (const row of rows) {
          const hash = unkeyed(prev, row);
          await trx.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute();
          prev = hash;
        }
        const columns = await trx.selectFrom('audit_checkpoints').selectAll().limit(1).execute();
        await trx
          .insertInto('audit_checkpoints')
          .values({ last_id: rows.at(-1)!.id, last_hash: prev, rows: String(rows.length), ...(columns[0] && 'mac' in columns[0] ? { mac: null } : {}) })
          .execute();
      });
      const { status } = await runAuditMaintenance(trail.db, { retentionDays: 365 });
      expect(status).toMatchObject({ ok: false, alerted: true });
      const alerts = await trail.db.selectFrom('audit_log').select(['actor_kind', 'details']).where('action', '=', 'AUDIT_TAMPER_DETECTED').execute();
      expect(alerts).toHaveLength(1);
      expect(alerts[0].actor_kind).toBe('system');
    }, 60_000);

    it('catches a tail cut off after the last verification, checkpoints in the database deleted too and new rows chained on', async () => {
      const trail = await isolatedTrail(world.mode);
      extras.push(trail);
      await record(trail.subgraph, 3, 'a');
      expect((await runAuditMaintenance(trail.db, { retentionDays: 365 })).status).toMatchObject({ ok: true });
      // Rows no verification has seen yet: what an intruder would cut.
      await record(trail.subgraph, 4, 'b');
      await flushAuditChain(trail.db);
      const ids = (await trail.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => String(r.id));
      const keep = ids[3];
      await asIntruder(world.mode, trail.db, trail.schema, async (trx) => {
        await trx.deleteFrom('audit_log').where('id', '>', keep).execute();
        await trx.deleteFrom('audit_checkpoints').execute();
      });
      await record(trail.subgraph, 2, 'c');
      const { status } = await runAuditMaintenance(trail.db, { retentionDays: 365 });
      expect(status).toMatchObject({ ok: false, reason: 'CHECKPOINT_MISMATCH', alerted: true });
      expect(await trail.db.selectFrom('audit_log').select('id').where('action', '=', 'AUDIT_TAMPER_DETECTED').execute()).toHaveLength(1);
    }, 60_000);

    it('folds a flood of anonymous sign-in failures into one row and one counted row', async () => {
      const db = world.stack.identityDeps.database.db as AnyDb;
      const since = (await db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst())?.max ?? 0;
      const phone = '13700009414';
      const answers = await Promise.all(Array.from({ length: 150 }, () => world.stack.graphql(PHONE_SIGN_IN, { p: phone, c: '000000' })));
      expect(answers.every((a) => a.body.data?.signInWithPhone?.error?.code?.startsWith('SMS_CODE'))).toBe(true);
      await flushAuditChain(db);
      const rows = await db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'SIGN_IN_FAILED')
        .where('actor_kind', '=', 'anonymous')
        .where('id', '>', String(since))
        .execute();
      const ours = rows.map((r) => JSON.parse(r.details!)).filter((d) => d.channel === 'phone');
      expect(ours.length).toBeLessThanOrEqual(4);
      // The first failure as it was, the other 149 as one row with their count.
      expect(ours.reduce((n, d) => n + (d.repeated ?? 1), 0)).toBe(150);
    });

    it('keeps answering requests that read the database while the audit chain lock is held and failures pile up (PostgreSQL)', async () => {
      if (world.mode !== 'servers') return; // PGlite has one connection: there is no pool to starve
      // The console's own record: not cached, read from identity's database (a citizen's `me` is served from the cache).
      const officer = await new OfficerKit(world.stack).demo('window01');
      const schema = world.stack.identityDeps.database.schema;
      const holder = new pg.Client({ connectionString: SERVER_DATABASE_URL });
      await holder.connect();
      let flood: Promise<unknown> = Promise.resolve();
      try {
        await holder.query('begin');
        // This version's lock and the first version's one lock for every trail.
        await holder.query(`select pg_advisory_xact_lock(hashtext('jingtong.audit_log.' || $1)), pg_advisory_xact_lock(hashtext('jingtong.audit_log'))`, [schema]);
        // Distinct sources: nothing to fold, every one a row to append behind the lock.
        flood = Promise.all(Array.from({ length: 40 }, (_, i) => world.stack.graphql(PHONE_SIGN_IN, { p: `1370001${String(i).padStart(4, '0')}`, c: '000000' })));
        await new Promise((r) => setTimeout(r, 500));
        const me = await Promise.race([
          world.stack.graphql(`{ currentOfficer { id } }`, {}, officer),
          new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 8000)),
        ]);
        expect(me === 'stuck' ? me : me.body.data?.currentOfficer?.id).toEqual(expect.any(String));
      } finally {
        await holder.query('rollback').catch(() => undefined);
        await holder.end();
        await flood;
      }
    }, 30_000);
  },
};
