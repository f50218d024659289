import { sql, type Kysely } from 'kysely';
import type { AuditAction, AuditEntry, AuditLog, AuditRecordOptions } from './audit-log.js';
import type { AuditDatabase } from './audit-table.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';

/** The lock every writer of the chain takes (appends, the archive move): the chain never forks. */
export async function lockAuditChain(trx: Kysely<AuditDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('jingtong.audit_log'))`.execute(trx);
}

/** The hash the next row chains from: the newest live row, else the newest archived one. */
export async function chainHead(trx: Kysely<AuditDatabase>): Promise<string> {
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (last) return last.hash;
  const lastArchived = await trx.selectFrom('audit_archive').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return lastArchived?.hash ?? GENESIS_HASH;
}

/** Append one row; the caller holds `lockAuditChain` in the same transaction. */
export async function appendAuditRow(trx: Kysely<AuditDatabase>, entry: AuditEntry<string>): Promise<void> {
  const prevHash = await chainHead(trx);
  const row = {
    // Millisecond precision, so the hashed timestamp survives the round trip through timestamptz.
    at: new Date(Math.floor(Date.now())),
    action: entry.action,
    actor_kind: entry.actorKind,
    actor_id: entry.actorId ?? null,
    target_kind: entry.targetKind ?? null,
    target_id: entry.targetId ?? null,
    field: entry.field ?? null,
    purpose: entry.purpose ?? null,
    request_id: entry.requestId,
    details: entry.details ? JSON.stringify(entry.details) : null,
  };
  await trx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prevHash, hash: chainHash(prevHash, row) })
    .execute();
}

/**
 * Appends hash-chained rows to the subgraph's own `audit_log`.
 * A transaction-scoped advisory lock serialises appends so the chain never forks,
 * whatever the number of replicas.
 */
export class SqlAuditLog<Action extends string = AuditAction> implements AuditLog<Action> {
  private readonly db: Kysely<AuditDatabase>;

  /** Any database whose schema includes the audit tables. */
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  constructor(db: Kysely<AuditDatabase> | Kysely<any>) {
    this.db = db as Kysely<AuditDatabase>;
  }

  async record(entry: AuditEntry<Action>, options: AuditRecordOptions = {}): Promise<void> {
    if (options.trx) {
      const trx = options.trx as Kysely<AuditDatabase>;
      await lockAuditChain(trx);
      await appendAuditRow(trx, entry);
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      await lockAuditChain(trx);
      await appendAuditRow(trx, entry);
    });
  }
}
