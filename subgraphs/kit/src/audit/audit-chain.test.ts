import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { archiveAuditRows } from './archive.js';
import { AUDIT_ARCHIVING_SETTING, installAuditIntegrity, type AuditIntegrityDatabase } from './audit-integrity.js';
import { createAuditTables, type AuditDatabase } from './audit-table.js';
import { SqlAuditLog } from './sql-audit-log.js';
import { checkAuditChain } from './tamper-check.js';
import { verifyAuditChain } from './verify-chain.js';

type Db = Kysely<AuditDatabase & AuditIntegrityDatabase>;

/** Changes rows the way an intruder with SQL access but without the archive job would have to. */
const asIntruder = (db: Db, change: (trx: Db) => Promise<unknown>) =>
  db.transaction().execute(async (trx) => {
    await sql`select set_config(${AUDIT_ARCHIVING_SETTING}, 'on', true)`.execute(trx);
    await change(trx);
  });

describe('audit chain (PGlite)', () => {
  let db: Db;
  let audit: SqlAuditLog;

  const fill = async (n: number, action: 'SIGN_IN' | 'CONFIG_CHANGED' = 'SIGN_IN') => {
    for (let i = 0; i < n; i++) await audit.record({ action, actorKind: 'officer', actorId: `o-${i}`, requestId: `r-${i}`, details: { i } });
  };
  const ids = async () => (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => String(r.id));

  let schema = 0;

  // One PGlite for the suite (a start costs seconds); a fresh schema per test. PGlite has one connection,
  // so the search path set here holds for every query that follows.
  beforeAll(async () => {
    db = new Kysely({ dialect: new PGliteDialect({ pglite: new PGlite() }) });
  }, 30_000);

  beforeEach(async () => {
    schema += 1;
    await sql`create schema ${sql.raw(`t${schema}`)}`.execute(db);
    await sql`set search_path to ${sql.raw(`t${schema}`)}`.execute(db);
    await createAuditTables(db as Kysely<unknown>);
    await installAuditIntegrity(db as Kysely<unknown>);
    audit = new SqlAuditLog(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('verifies an untouched chain, empty or not', async () => {
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 0, firstBrokenId: null });
    await fill(5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 5, reason: null, gaps: 0 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows, and direct writes to the archive', async () => {
    await fill(2);
    const [first] = await ids();
    await expect(db.updateTable('audit_log').set({ action: 'SIGN_OUT' }).where('id', '=', first).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').where('id', '=', first).execute()).rejects.toThrow(/append-only/);
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

  it('archives old rows in one move and the chain still verifies across it; new rows chain on', async () => {
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
    // The switch the move used did not outlive its transaction.
    await expect(db.deleteFrom('audit_archive').execute()).rejects.toThrow(/append-only/);
  });

  it('keeps one chain under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => audit.record({ action: 'SIGN_IN', actorKind: 'system', requestId: `p-${i}` })));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedRows: 20 });
  });
});
