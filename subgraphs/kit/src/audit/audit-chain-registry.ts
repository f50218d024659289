import type { Kysely } from 'kysely';
import { resolveAuditChainKey, type AuditChainConfig } from './audit-chain-key.js';
import type { AuditDatabase } from './audit-table.js';
import type { AuditCheckpointFile } from './checkpoint-file.js';
import { AuditHeadWitness } from './head-witness.js';

/** What is flushed when the subgraph stops: pending counts of aggregated failures, queued appends. */
export interface Flushable {
  flush(): Promise<void>;
}

interface ChainEntry {
  config?: AuditChainConfig;
  witness?: AuditHeadWitness;
  logs: Set<Flushable>;
}

// Keyed by the subgraph's root Kysely instance: every SqlAuditLog, verification and archive move over it
// shares one key, one checkpoint file and one head witness, without threading them through every caller.
const entries = new WeakMap<object, ChainEntry>();

const entryOf = (db: object): ChainEntry => {
  let entry = entries.get(db);
  if (!entry) {
    entry = { logs: new Set() };
    entries.set(db, entry);
  }
  return entry;
};

/** The kit calls this for every subgraph with an audit trail (`buildSubgraph`), from its validated env. */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export function configureAuditChain(db: Kysely<any>, options: { key: string; checkpointFile?: AuditCheckpointFile; witnessIntervalMs?: number }): AuditChainConfig {
  const entry = entryOf(db);
  entry.config = { key: options.key, checkpointFile: options.checkpointFile };
  entry.witness = options.checkpointFile ? new AuditHeadWitness(db as Kysely<AuditDatabase>, options.checkpointFile, options.witnessIntervalMs) : undefined;
  return entry.config;
}

/**
 * The chain configuration of a database: the one `configureAuditChain` set, else (scripts, unit tests)
 * AUDIT_CHAIN_KEY from the process environment, the development key only under NODE_ENV=development/test.
 */
export function auditChainOf(db: object): AuditChainConfig {
  const entry = entries.get(db);
  if (entry?.config) return entry.config;
  return { key: resolveAuditChainKey({ NODE_ENV: process.env.NODE_ENV, AUDIT_CHAIN_KEY: process.env.AUDIT_CHAIN_KEY }) };
}

export const auditWitnessOf = (db: object): AuditHeadWitness | undefined => entries.get(db)?.witness;

export function registerAuditLog(db: object, log: Flushable): void {
  entryOf(db).logs.add(log);
}

/** Write everything pending for this database's trail: aggregated counts, queued rows, the head. */
export async function flushAuditChain(db: object): Promise<void> {
  const entry = entries.get(db);
  if (!entry) return;
  for (const log of entry.logs) await log.flush();
  await entry.witness?.flush();
}
