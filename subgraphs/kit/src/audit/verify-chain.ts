import type { Kysely } from 'kysely';
import type { AuditDatabase, AuditTable } from './audit-table.js';
import type { AuditIntegrityDatabase } from './audit-integrity.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';

export type AuditChainBreak =
  /** A row's content no longer matches its own hash (it was changed). */
  | 'HASH_MISMATCH'
  /** A row does not chain from the one before it (a row was removed or inserted). */
  | 'LINK_BROKEN'
  /** Ids go backwards between the archive and the live table. */
  | 'ORDER_BROKEN'
  /** The head an earlier verification saw is gone or different (the tail was cut off or rewritten). */
  | 'CHECKPOINT_MISMATCH';

export interface AuditChainStatus {
  ok: boolean;
  /** Rows walked, archive and live together. */
  checkedRows: number;
  /** The first row (or checkpointed row) where the chain stops being trustworthy. */
  firstBrokenId: string | null;
  reason: AuditChainBreak | null;
  /** The newest row seen and its hash (a checkpoint is written from these). */
  lastId: string | null;
  lastHash: string;
  /**
   * Holes in the id sequence. Informational only: PostgreSQL sequences are not transactional
   * (a rolled-back append or a crash skips values), and a removed row is caught by LINK_BROKEN anyway.
   */
  gaps: number;
}

type Db = Kysely<AuditDatabase & AuditIntegrityDatabase>;
type Row = Pick<AuditTable, 'action' | 'actor_kind' | 'actor_id' | 'target_kind' | 'target_id' | 'field' | 'purpose' | 'request_id' | 'details' | 'prev_hash' | 'hash'> & {
  id: string | number | bigint;
  at: Date;
};

const BATCH = 2000;

async function walk(db: Db, status: AuditChainStatus, checkpoint: { last_id: string; last_hash: string } | undefined): Promise<boolean> {
  let prevHash = GENESIS_HASH;
  let prevId: bigint | null = null;
  const fail = (id: bigint | string, reason: AuditChainBreak) => {
    status.ok = false;
    status.firstBrokenId = String(id);
    status.reason = reason;
    return false;
  };
  for (const table of ['audit_archive', 'audit_log'] as const) {
    let after: bigint | null = null;
    for (;;) {
      let query = db.selectFrom(table).selectAll().orderBy('id').limit(BATCH);
      if (after !== null) query = query.where('id', '>', String(after));
      const rows = (await query.execute()) as unknown as Row[];
      for (const row of rows) {
        const id = BigInt(row.id);
        if (prevId !== null && id <= prevId) return fail(id, 'ORDER_BROKEN');
        if (prevId !== null && id !== prevId + 1n) status.gaps += 1;
        if (row.prev_hash !== prevHash) return fail(id, 'LINK_BROKEN');
        if (chainHash(prevHash, row) !== row.hash) return fail(id, 'HASH_MISMATCH');
        if (checkpoint && id === BigInt(checkpoint.last_id) && row.hash !== checkpoint.last_hash) return fail(id, 'CHECKPOINT_MISMATCH');
        prevHash = row.hash;
        prevId = id;
        status.checkedRows += 1;
      }
      if (rows.length < BATCH) break;
      after = BigInt(rows[rows.length - 1].id);
    }
  }
  status.lastId = prevId === null ? null : String(prevId);
  status.lastHash = prevHash;
  if (checkpoint && (prevId === null || prevId < BigInt(checkpoint.last_id))) return fail(checkpoint.last_id, 'CHECKPOINT_MISMATCH');
  return true;
}

/**
 * Walk the archive, then the live table, in id order, recomputing every hash from the genesis value.
 * Reads one snapshot (repeatable read), so an archive move running meanwhile cannot look like a gap.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function verifyAuditChain(db: Kysely<AuditDatabase> | Kysely<any>): Promise<AuditChainStatus> {
  const run = async (trx: Db) => {
    const status: AuditChainStatus = { ok: true, checkedRows: 0, firstBrokenId: null, reason: null, lastId: null, lastHash: GENESIS_HASH, gaps: 0 };
    const checkpoint = await trx.selectFrom('audit_checkpoints').select(['last_id', 'last_hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
    await walk(trx, status, checkpoint ? { last_id: String(checkpoint.last_id), last_hash: checkpoint.last_hash } : undefined);
    return status;
  };
  const typed = db as Db;
  if (typed.isTransaction) return run(typed);
  return typed.transaction().setIsolationLevel('repeatable read').execute(run);
}

/** Remember the head a successful verification saw; a later cut-off or rewrite of it is then caught. */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function recordAuditCheckpoint(db: Kysely<AuditDatabase> | Kysely<any>, status: AuditChainStatus): Promise<void> {
  if (!status.ok || status.lastId === null) return;
  const typed = db as Db;
  const latest = await typed.selectFrom('audit_checkpoints').select('last_id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (latest && BigInt(latest.last_id) >= BigInt(status.lastId)) return;
  await typed.insertInto('audit_checkpoints').values({ last_id: status.lastId, last_hash: status.lastHash, rows: String(status.checkedRows) }).execute();
}
