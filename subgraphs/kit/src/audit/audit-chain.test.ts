import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { createDatabase, dropSchema, type Database } from '../db/create-database.js';
import { databaseUrlAs, DEFAULT_APP_ROLE, setupDatabaseRoles } from '../db/roles.js';
import { archiveAuditRows } from './archive.js';
import { AUDIT_CHAIN_DEV_KEY } from './audit-chain-key.js';
import { auditChainOf, configureAuditChain, flushAuditChain } from './audit-chain-registry.js';
import { AUDIT_ARCHIVING_SETTING, installAuditIntegrity, sealAuditTrail, type AuditIntegrityDatabase } from './audit-integrity.js';
import { createAuditTables, type AuditDatabase } from './audit-table.js';
import { AuditCheckpointFile } from './checkpoint-file.js';
import { SqlAuditLog } from './sql-audit-log.js';
import { checkAuditChain } from './tamper-check.js';
import { verifyAuditChain } from './verify-chain.js';

type Db = Kysely<AuditDatabase & AuditIntegrityDatabase>;

/**
 * An intruder with full SQL access (a superuser: PGlite's only user) but not the chain key: triggers off
 * for the transaction. The old session switch is set too, to show it no longer opens anything.
 */
const asIntruder = (db: Db, change: (trx: Db) => Promise<unknown>) =>
  db.transaction().execute(async (trx) => {
    await sql`select set_config(${AUDIT_ARCHIVING_SETTING}, 'on', true)`.execute(trx);
    await sql`set local session_replication_role = replica`.execute(trx);
    await change(trx);
  });

/** The first version's session switch, then `change`, in one transaction. */
const withSwitch = (db: Db, flag: string, change: (trx: Db) => Promise<unknown>) =>
  db.transaction().execute(async (trx) => {
    await sql`select set_config(${AUDIT_ARCHIVING_SETTING}, ${flag}, true)`.execute(trx);
    await change(trx);
  });

/** What an intruder without the key can compute: the old unkeyed chain. */
const unkeyedHash = (prev: string, row: { at: Date; action: string; actor_kind: string; actor_id: string | null; target_kind: string | null; target_id: string | null; field: string | null; purpose: string | null; request_id: string; details: string | null }) =>
  createHash('sha256')
    .update(prev)
    .update('\n')
    .update(JSON.stringify([row.at.toISOString(), row.action, row.actor_kind, row.actor_id, row.target_kind, row.target_id, row.field, row.purpose, row.request_id, row.details]))
    .digest('hex');

const AUDIT_MIGRATIONS: Record<string, Migration> = {
  '1-audit': { up: createAuditTables },
  '2-integrity': { up: installAuditIntegrity },
  '3-seal': { up: sealAuditTrail },
};

describe('audit chain (PGlite)', () => {
  let db: Db;
  let audit: SqlAuditLog;
  let dir: string;
  let file: AuditCheckpointFile;

  const fill = async (n: number, action: 'SIGN_IN' | 'CONFIG_CHANGED' = 'SIGN_IN') => {
    for (let i = 0; i < n; i++) await audit.record({ action, actorKind: 'officer', actorId: `o-${i}`, requestId: `r-${i}`, details: { i } });
  };
  const ids = async () => (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => String(r.id));

  let schema = 0;

  // One PGlite for the suite (a start costs seconds); a fresh schema per test. PGlite has one connection,
  // so the search path set here holds for every query that follows.
  beforeAll(async () => {
    db = new Kysely({ dialect: new PGliteDialect({ pglite: new PGlite() }) });
    dir = mkdtempSync(join(tmpdir(), 'kit-audit-'));
  }, 30_000);

  beforeEach(async () => {
    schema += 1;
    await sql`create schema ${sql.raw(`t${schema}`)}`.execute(db);
    await sql`set search_path to ${sql.raw(`t${schema}`)}`.execute(db);
    for (const migration of Object.values(AUDIT_MIGRATIONS)) await migration.up(db as Kysely<unknown>);
    file = new AuditCheckpointFile(join(dir, `t${schema}.checkpoints.jsonl`), AUDIT_CHAIN_DEV_KEY);
    configureAuditChain(db, { key: AUDIT_CHAIN_DEV_KEY, checkpointFile: file, witnessIntervalMs: 0 });
    audit = new SqlAuditLog(db);
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies an untouched chain, empty or not', async () => {
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 0, firstBrokenId: null });
    await fill(5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 5, reason: null, gaps: 0 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows, and direct writes to the archive, with or without the old session switch', async () => {
    await fill(2);
    const [first] = await ids();
    for (const flag of ['off', 'on']) {
      await expect(withSwitch(db, flag, (trx) => trx.updateTable('audit_log').set({ action: 'SIGN_OUT' }).where('id', '=', first).execute())).rejects.toThrow(/append-only/);
      await expect(withSwitch(db, flag, (trx) => trx.deleteFrom('audit_log').where('id', '=', first).execute())).rejects.toThrow(/append-only/);
    }
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`insert into audit_archive select * from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await checkAuditChain(db, { requestId: 'job-1' })).ok).toBe(true);
    await expect(db.deleteFrom('audit_checkpoints').execute()).rejects.toThrow(/append-only/);
    expect(await ids()).toHaveLength(2);
  });

  it('catches a changed row (HASH_MISMATCH) and alerts once per break', async () => {
    await fill(4);
    const target = (await ids())[1];
    await asIntruder(db, (trx) => trx.updateTable('audit_log').set({ details: '{"i":99}' }).where('id', '=', target).execute());
    const status = await checkAuditChain(db, { requestId: 'job-1' });
    expect(status).toMatchObject({ ok: false, firstBrokenId: target, reason: 'HASH_MISMATCH', alerted: true });
    expect((await checkAuditChain(db, { requestId: 'job-2' })).alerted).toBe(false);
    const alerts = await db.selectFrom('audit_log').selectAll().where('action', '=', 'AUDIT_TAMPER_DETECTED').execute();
    expect(alerts).toHaveLength(1);
    expect(JSON.parse(alerts[0].details!)).toEqual({ firstBrokenId: target, reason: 'HASH_MISMATCH' });
  });

  it('catches a rewritten row whose chain was recomputed without the key, with a checkpoint inserted to match', async () => {
    await fill(4);
    expect((await checkAuditChain(db, { requestId: 'job-1' })).ok).toBe(true);
    const target = (await ids())[1];
    await asIntruder(db, async (trx) => {
      await trx.updateTable('audit_log').set({ actor_id: 'someone-else' }).where('id', '=', target).execute();
      const rows = await trx.selectFrom('audit_log').selectAll().orderBy('id').execute();
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const hash = unkeyedHash(prev, row);
        await trx.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute();
        prev = hash;
      }
      const last = rows.at(-1)!;
      await trx.insertInto('audit_checkpoints').values({ last_id: String(last.id), last_hash: prev, rows: String(rows.length), mac: 'f'.repeat(64) }).execute();
    });
    expect(await checkAuditChain(db, { requestId: 'job-2' })).toMatchObject({ ok: false, firstBrokenId: (await ids())[0], reason: 'HASH_MISMATCH', alerted: true });
  });

  it('catches a removed row (LINK_BROKEN)', async () => {
    await fill(4);
    const [, second, third] = await ids();
    await asIntruder(db, (trx) => trx.deleteFrom('audit_log').where('id', '=', second).execute());
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: third, reason: 'LINK_BROKEN' });
  });

  it('catches a cut-off tail once a checkpoint has seen it', async () => {
    await fill(3);
    expect((await checkAuditChain(db, { requestId: 'job-1' })).ok).toBe(true);
    const last = (await ids()).at(-1)!;
    await asIntruder(db, (trx) => trx.deleteFrom('audit_log').where('id', '=', last).execute());
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: last, reason: 'CHECKPOINT_MISMATCH' });
  });

  it('catches a tail cut off after the last verification, with the checkpoints in the table deleted too: the file outside saw the head', async () => {
    await fill(3);
    expect((await checkAuditChain(db, { requestId: 'job-1' })).ok).toBe(true);
    await fill(3);
    await flushAuditChain(db);
    const all = await ids();
    await asIntruder(db, async (trx) => {
      await trx.deleteFrom('audit_log').where('id', '>', all[2]).execute();
      await trx.deleteFrom('audit_checkpoints').execute();
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: all[5], reason: 'CHECKPOINT_MISMATCH' });
    // New rows chained onto the shortened head do not hide the cut.
    await fill(2);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: all[5], reason: 'CHECKPOINT_MISMATCH' });
  });

  it('catches a truncated trail', async () => {
    await fill(3);
    await flushAuditChain(db);
    await asIntruder(db, async (trx) => {
      await sql`truncate audit_log, audit_checkpoints`.execute(trx);
    });
    const status = await checkAuditChain(db, { requestId: 'job-1' });
    expect(status).toMatchObject({ ok: false, reason: 'CHECKPOINT_MISMATCH', alerted: true });
  });

  it('catches a forged checkpoint row', async () => {
    await fill(2);
    await db.insertInto('audit_checkpoints').values({ last_id: '999', last_hash: 'a'.repeat(64), rows: '999', mac: 'b'.repeat(64) }).execute();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: '999', reason: 'CHECKPOINT_MISMATCH' });
  });

  it('archives old rows through the definer function in one move, and the chain still verifies across it; new rows chain on', async () => {
    await fill(3);
    expect((await checkAuditChain(db, { requestId: 'job-1' })).ok).toBe(true);
    expect(await archiveAuditRows(db, { olderThanDays: 365 })).toEqual({ moved: 0 });
    const nextYear = new Date(Date.now() + 366 * 86_400_000);
    expect(await archiveAuditRows(db, { now: nextYear })).toEqual({ moved: 3 });
    expect(await ids()).toEqual([]);
    expect(await db.selectFrom('audit_archive').select('id').execute()).toHaveLength(3);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 3 });
    await fill(2, 'CONFIG_CHANGED');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 5 });
    await expect(db.deleteFrom('audit_archive').execute()).rejects.toThrow(/append-only/);
  });

  it('folds a flood of identical anonymous failures into the first row and one counted row per window', async () => {
    const flood = Array.from({ length: 400 }, (_, i) => audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'anonymous', requestId: `f-${i}`, details: { channel: 'phone', reason: 'SMS_CODE_INVALID' } }));
    await Promise.all(flood);
    await flushAuditChain(db);
    const rows = await db.selectFrom('audit_log').select(['details']).where('action', '=', 'SIGN_IN_FAILED').orderBy('id').execute();
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[0].details!)).toEqual({ channel: 'phone', reason: 'SMS_CODE_INVALID' });
    expect(JSON.parse(rows[1].details!)).toMatchObject({ channel: 'phone', reason: 'SMS_CODE_INVALID', repeated: 399 });
    // Officers' own failures (lockout counts) are never folded.
    await Promise.all([1, 2, 3].map((i) => audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'officer', actorId: 'o-1', requestId: `o-${i}` })));
    expect(await db.selectFrom('audit_log').select('id').where('actor_kind', '=', 'officer').execute()).toHaveLength(3);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 5 });
  });

  it('keeps one chain under concurrent appends, queued and in callers’ transactions', async () => {
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => audit.record({ action: 'SIGN_IN', actorKind: 'system', requestId: `p-${i}` })),
      ...Array.from({ length: 5 }, (_, i) => db.transaction().execute((trx) => audit.record({ action: 'CONFIG_CHANGED', actorKind: 'system', requestId: `t-${i}` }, { trx }))),
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 25 });
  });
});

// The servers path: PostgreSQL, the services' role, replicas with pools of their own.
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('audit chain (PostgreSQL, the services’ role)', () => {
  const schema = `kit_audit_${randomBytes(4).toString('hex')}`;
  const appUrl = databaseUrlAs(ADMIN_URL, DEFAULT_APP_ROLE);
  const replicas: Database<AuditDatabase & AuditIntegrityDatabase>[] = [];

  beforeAll(async () => {
    await setupDatabaseRoles(ADMIN_URL);
    for (let i = 0; i < 3; i++) replicas.push(await createDatabase({ name: 'audit', databaseUrl: appUrl, dataDir: '', schema, migrations: AUDIT_MIGRATIONS, poolSize: 8 }));
    for (const r of replicas) configureAuditChain(r.db, { key: AUDIT_CHAIN_DEV_KEY });
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) await r.close();
    await dropSchema(ADMIN_URL, schema);
  });

  it('keeps one chain under concurrent appends from several replicas, each with parallel connections', async () => {
    await Promise.all(
      replicas.flatMap((replica, r) => {
        const audit = new SqlAuditLog(replica.db);
        return [
          ...Array.from({ length: 30 }, (_, i) => audit.record({ action: 'SIGN_IN', actorKind: 'system', requestId: `r${r}-${i}` })),
          ...Array.from({ length: 6 }, (_, i) => replica.db.transaction().execute((trx) => audit.record({ action: 'CONFIG_CHANGED', actorKind: 'system', requestId: `r${r}-t${i}` }, { trx }))),
        ];
      }),
    );
    expect(await verifyAuditChain(replicas[0].db)).toMatchObject({ ok: true, checkedRows: 108 });
  });

  it('refuses the services’ role any UPDATE, DELETE or TRUNCATE of audit rows, session switch or not; the archive move goes through the owner’s function', async () => {
    const { db } = replicas[0];
    await expect(withSwitch(db, 'on', (trx) => trx.updateTable('audit_log').set({ action: 'SIGN_OUT' }).execute())).rejects.toThrow(/permission denied/);
    await expect(withSwitch(db, 'on', (trx) => trx.deleteFrom('audit_log').execute())).rejects.toThrow(/permission denied/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/permission denied/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(db.deleteFrom('audit_checkpoints').execute()).rejects.toThrow(/permission denied/);
    await expect(sql`drop table audit_log`.execute(db)).rejects.toThrow(/must be owner/);
    await expect(sql`alter table audit_log disable trigger all`.execute(db)).rejects.toThrow(/must be owner/);
    const { rows } = await sql<{ su: string }>`select current_setting('is_superuser') as su`.execute(db);
    expect(rows[0].su).toBe('off');
    expect(await archiveAuditRows(db, { now: new Date(Date.now() + 366 * 86_400_000) })).toEqual({ moved: 108 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 108 });
    expect(auditChainOf(db).key).toBe(AUDIT_CHAIN_DEV_KEY);
  });
});
