import type { Kysely } from 'kysely';
import type { AuditChainConfig } from './audit-chain-key.js';
import { auditChainOf } from './audit-chain-registry.js';
import type { AuditDatabase, AuditTable } from './audit-table.js';
import type { AuditIntegrityDatabase } from './audit-integrity.js';
import { chainHash, checkpointMac, GENESIS_HASH } from './hash-chain.js';

export type AuditChainBreak =
  /** A row's content no longer matches its own keyed hash (it was changed, or the chain recomputed without the key). */
  | 'HASH_MISMATCH'
  /** A row does not chain from the one before it (a row was removed or inserted). */
  | 'LINK_BROKEN'
  /** Ids go backwards between the archive and the live table. */
  | 'ORDER_BROKEN'
  /**
   * A head an earlier verification or append saw (a checkpoint in the database or in the file outside it)
   * is gone or different: the tail was cut off, truncated or rewritten; or a checkpoint was forged.
   */
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

interface Checkpoints {
  expected: Map<bigint, string>;
  forgedId: string | null;
}

/**
 * The file's newest checkpoint. Read before the database snapshot is taken: whatever head it names was
 * committed by then, so the snapshot must contain it.
 */
async function fileCheckpoints(chain: AuditChainConfig): Promise<Checkpoints> {
  const expected = new Map<bigint, string>();
  let forgedId: string | null = null;
  if (chain.checkpointFile) {
    const { checkpoint, forged } = await chain.checkpointFile.latest();
    if (checkpoint) expected.set(BigInt(checkpoint.lastId), checkpoint.lastHash);
    if (forged > 0) forgedId = checkpoint?.lastId ?? '0';
  }
  return { expected, forgedId };
}

/** Add the table's sealed checkpoints; a bad seal, or a table and a file that disagree, is a forgery. */
async function tableCheckpoints(db: Db, chain: AuditChainConfig, found: Checkpoints): Promise<Checkpoints> {
  const expected = new Map(found.expected);
  let { forgedId } = found;
  const rows = await db.selectFrom('audit_checkpoints').select(['last_id', 'last_hash', 'mac']).execute();
  for (const row of rows) {
    const lastId = String(row.last_id);
    // Rows from before checkpoints were sealed carry no seal: they prove nothing, and are ignored.
    if (row.mac == null) continue;
    const known = expected.get(BigInt(lastId));
    if (row.mac !== checkpointMac(chain.key, lastId, row.last_hash) || (known !== undefined && known !== row.last_hash)) {
      forgedId ??= lastId;
      continue;
    }
    expected.set(BigInt(lastId), row.last_hash);
  }
  return { expected, forgedId };
}

async function walk(db: Db, key: string, status: AuditChainStatus, expected: Map<bigint, string>): Promise<boolean> {
  let prevHash = GENESIS_HASH;
  let prevId: bigint | null = null;
  const seen = new Set<bigint>();
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
        if (chainHash(key, prevHash, row) !== row.hash) return fail(id, 'HASH_MISMATCH');
        const checkpointed = expected.get(id);
        if (checkpointed !== undefined) {
          if (checkpointed !== row.hash) return fail(id, 'CHECKPOINT_MISMATCH');
          seen.add(id);
        }
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
  // A checkpointed row that is no longer there: the tail was cut off (even if new rows were chained on since).
  const missing = [...expected.keys()].filter((id) => !seen.has(id)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))[0];
  if (missing !== undefined) return fail(missing, 'CHECKPOINT_MISMATCH');
  return true;
}

/**
 * Walk the archive, then the live table, in id order, recomputing every keyed hash from the genesis value,
 * and check every sealed checkpoint (the database's and the file's) is still in the chain with its hash.
 * Reads one snapshot (repeatable read), so an archive move running meanwhile cannot look like a gap.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function verifyAuditChain(db: Kysely<AuditDatabase> | Kysely<any>, chain: AuditChainConfig = auditChainOf(db)): Promise<AuditChainStatus> {
  const fromFile = await fileCheckpoints(chain);
  const run = async (trx: Db) => {
    const status: AuditChainStatus = { ok: true, checkedRows: 0, firstBrokenId: null, reason: null, lastId: null, lastHash: GENESIS_HASH, gaps: 0 };
    const { expected, forgedId } = await tableCheckpoints(trx, chain, fromFile);
    if (await walk(trx, chain.key, status, expected)) {
      if (forgedId !== null) Object.assign(status, { ok: false, firstBrokenId: forgedId, reason: 'CHECKPOINT_MISMATCH' });
    }
    return status;
  };
  const typed = db as Db;
  if (typed.isTransaction) return run(typed);
  return typed.transaction().setIsolationLevel('repeatable read').execute(run);
}

/** Remember the head a successful verification saw, sealed, in the database and in the file outside it. */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function recordAuditCheckpoint(db: Kysely<AuditDatabase> | Kysely<any>, status: AuditChainStatus, chain: AuditChainConfig = auditChainOf(db)): Promise<void> {
  if (!status.ok || status.lastId === null) return;
  const typed = db as Db;
  await chain.checkpointFile?.append({ lastId: status.lastId, lastHash: status.lastHash });
  const latest = await typed.selectFrom('audit_checkpoints').select('last_id').where('mac', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (latest && BigInt(latest.last_id) >= BigInt(status.lastId)) return;
  await typed
    .insertInto('audit_checkpoints')
    .values({ last_id: status.lastId, last_hash: status.lastHash, rows: String(status.checkedRows), mac: checkpointMac(chain.key, status.lastId, status.lastHash) })
    .execute();
}
