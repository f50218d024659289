import { sql, type Kysely } from 'kysely';
import { FailureAggregator, type AggregationOptions } from './audit-aggregate.js';
import { auditChainOf, auditWitnessOf, registerAuditLog } from './audit-chain-registry.js';
import type { AuditAction, AuditEntry, AuditLog, AuditRecordOptions } from './audit-log.js';
import type { AuditDatabase } from './audit-table.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';

/**
 * The lock every writer of one chain takes (appends, the archive move), so the chain never forks. One per
 * schema: subgraphs sharing a PostgreSQL database do not wait for each other's trails.
 */
export async function lockAuditChain(trx: Kysely<AuditDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('jingtong.audit_log.' || current_schema()))`.execute(trx);
}

/** The newest row the next one chains from: the newest live row, else the newest archived one. */
export async function chainHead(trx: Kysely<AuditDatabase>): Promise<string> {
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (last) return last.hash;
  const lastArchived = await trx.selectFrom('audit_archive').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return lastArchived?.hash ?? GENESIS_HASH;
}

const toRow = (entry: AuditEntry<string>, at: Date) => ({
  at,
  action: entry.action,
  actor_kind: entry.actorKind,
  actor_id: entry.actorId ?? null,
  target_kind: entry.targetKind ?? null,
  target_id: entry.targetId ?? null,
  field: entry.field ?? null,
  purpose: entry.purpose ?? null,
  request_id: entry.requestId,
  details: entry.details ? JSON.stringify(entry.details) : null,
});

/**
 * Lock, read the head, insert the rows chained in order: the whole critical section is one read and one
 * insert. Returns the new head. `key` is the chain's HMAC key.
 */
export async function appendAuditRows(trx: Kysely<AuditDatabase>, key: string, entries: readonly AuditEntry<string>[]): Promise<{ lastId: string; lastHash: string }> {
  await lockAuditChain(trx);
  let prevHash = await chainHead(trx);
  // Millisecond precision, so the hashed timestamp survives the round trip through timestamptz.
  const at = new Date(Math.floor(Date.now()));
  const rows = entries.map((entry) => {
    const row = toRow(entry, at);
    const hash = chainHash(key, prevHash, row);
    const chained = { ...row, prev_hash: prevHash, hash };
    prevHash = hash;
    return chained;
  });
  // One statement: ids follow the order of the values, so the chain follows the ids.
  const inserted = await trx.insertInto('audit_log').values(rows).returning('id').execute();
  let lastId = 0n;
  for (const { id } of inserted) if (BigInt(id) > lastId) lastId = BigInt(id);
  return { lastId: String(lastId), lastHash: prevHash };
}

/** Append one row inside `trx` (which then holds the chain lock until it ends). */
export async function appendAuditRow(trx: Kysely<AuditDatabase>, key: string, entry: AuditEntry<string>): Promise<{ lastId: string; lastHash: string }> {
  return appendAuditRows(trx, key, [entry]);
}

const MAX_BATCH = 100;

interface Queued {
  entry: AuditEntry<string>;
  resolve(): void;
  reject(error: unknown): void;
}

export interface SqlAuditLogOptions {
  /** How repeated anonymous failures are folded into one row per window (see `FailureAggregator`). */
  aggregation?: AggregationOptions;
}

/**
 * Appends HMAC-chained rows to the subgraph's own `audit_log`.
 * - Inside a caller's transaction (`{ trx }`) the row commits with the change it records, or not at all.
 * - Otherwise rows are queued and written by one writer per process, many per transaction (group commit):
 *   the caller still waits until its row is committed, but a burst of appends takes one connection and one
 *   short hold of the chain lock per batch instead of a pool's worth of connections waiting for the lock,
 *   so requests that do not audit are never starved of connections.
 * - Repeated anonymous failures are counted instead of written one by one (`FailureAggregator`).
 */
export class SqlAuditLog<Action extends string = AuditAction> implements AuditLog<Action> {
  private readonly db: Kysely<AuditDatabase>;
  private readonly aggregator: FailureAggregator;
  private queue: Queued[] = [];
  private draining: Promise<void> | null = null;

  /** Any database whose schema includes the audit tables (its root instance: the chain key is looked up by it). */
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  constructor(db: Kysely<AuditDatabase> | Kysely<any>, options: SqlAuditLogOptions = {}) {
    this.db = db as Kysely<AuditDatabase>;
    this.aggregator = new FailureAggregator((entry) => this.enqueue(entry), options.aggregation);
    registerAuditLog(db, this);
  }

  async record(entry: AuditEntry<Action>, options: AuditRecordOptions = {}): Promise<void> {
    if (options.trx) {
      const { lastId } = await appendAuditRows(options.trx as Kysely<AuditDatabase>, auditChainOf(this.db).key, [entry]);
      auditWitnessOf(this.db)?.appended(lastId);
      return;
    }
    if (this.aggregator.absorb(entry)) return;
    return this.enqueue(entry);
  }

  /** Write the aggregated counts and everything queued (shutdown, tests). */
  async flush(): Promise<void> {
    await this.aggregator.flush();
    await this.draining;
  }

  private enqueue(entry: AuditEntry<string>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.write(batch.map((q) => q.entry));
          for (const q of batch) q.resolve();
        } catch (error) {
          if (batch.length === 1) {
            batch[0].reject(error);
            continue;
          }
          // One bad entry must not take the others down with it: write them one by one.
          for (const q of batch) {
            try {
              await this.write([q.entry]);
              q.resolve();
            } catch (single) {
              q.reject(single);
            }
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }

  private async write(entries: AuditEntry<string>[]): Promise<void> {
    const chain = auditChainOf(this.db);
    const head = await this.db.transaction().execute((trx) => appendAuditRows(trx, chain.key, entries));
    auditWitnessOf(this.db)?.committed(head.lastId, head.lastHash);
  }
}
