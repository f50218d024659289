import { sql, type Kysely } from 'kysely';
import { AUDIT_ARCHIVING_SETTING } from './audit-integrity.js';
import type { AuditDatabase } from './audit-table.js';
import { lockAuditChain } from './sql-audit-log.js';

const COLUMNS = sql.raw('id, at, action, actor_kind, actor_id, target_kind, target_id, field, purpose, request_id, details, prev_hash, hash');

export interface ArchiveOptions {
  /** Rows older than this stay online (MLPS: one year). */
  olderThanDays?: number;
  /** The clock, for tests that need last year's rows to be old. */
  now?: Date;
}

/**
 * Move old rows from `audit_log` to `audit_archive` in one transaction, ids and hashes unchanged,
 * so the chain verifies across the move. A prefix by id is moved (the newest old row and everything
 * before it): the archive always ends where the live table starts, even if clocks disagreed.
 * Holds the append lock, so no row is chained onto a head that is moving.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function archiveAuditRows(db: Kysely<AuditDatabase> | Kysely<any>, options: ArchiveOptions = {}): Promise<{ moved: number }> {
  const { olderThanDays = 365, now = new Date() } = options;
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000);
  const move = async (trx: Kysely<AuditDatabase>) => {
    await lockAuditChain(trx);
    await sql`select set_config(${AUDIT_ARCHIVING_SETTING}, 'on', true)`.execute(trx);
    const last = await trx.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('max')).where('at', '<', cutoff).executeTakeFirst();
    if (last?.max == null) return { moved: 0 };
    const upTo = String(last.max);
    await sql`insert into audit_archive (${COLUMNS}) select ${COLUMNS} from audit_log where id <= ${upTo} order by id`.execute(trx);
    const deleted = await trx.deleteFrom('audit_log').where('id', '<=', upTo).executeTakeFirst();
    return { moved: Number(deleted.numDeletedRows) };
  };
  const typed = db as Kysely<AuditDatabase>;
  return typed.isTransaction ? move(typed) : typed.transaction().execute(move);
}
