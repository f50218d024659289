import { join } from 'node:path';
import type { Database } from '../db/create-database.js';
import { isDevelopmentMode } from '../env/production-env.js';
import type { Logger } from '../log/logger.js';
import { resolveAuditChainKey } from './audit-chain-key.js';
import { configureAuditChain, flushAuditChain } from './audit-chain-registry.js';
import { auditTrailPrivileges } from './audit-integrity.js';
import { AuditCheckpointFile } from './checkpoint-file.js';

export interface AuditTrailEnv {
  NODE_ENV: string;
  AUDIT_CHAIN_KEY?: string;
  AUDIT_CHECKPOINT_DIR?: string;
  DATA_DIR?: string;
}

/**
 * What `buildSubgraph` does for a subgraph with an audit trail: the chain key from the env (required in
 * production), the checkpoint file outside the database (`<AUDIT_CHECKPOINT_DIR or DATA_DIR/audit>/<schema>.checkpoints.jsonl`),
 * and, on PostgreSQL, a refusal to run in production as a role that could rewrite the trail.
 */
// biome-ignore lint/suspicious/noExplicitAny: a subgraph's database, whatever its tables
export async function setUpAuditTrail(name: string, env: AuditTrailEnv, database: Database<any>, logger: Logger): Promise<{ close(): Promise<void> }> {
  const key = resolveAuditChainKey(env);
  const dir = env.AUDIT_CHECKPOINT_DIR ?? join(env.DATA_DIR ?? '.data', 'audit');
  configureAuditChain(database.db, { key, checkpointFile: new AuditCheckpointFile(join(dir, `${database.schema}.checkpoints.jsonl`), key) });
  if (database.kind === 'postgres') {
    const { superuser, canRewrite } = await auditTrailPrivileges(database.db);
    if (superuser || canRewrite) {
      const problem = superuser ? 'connects to PostgreSQL as a superuser' : 'connects as a role that can change or delete audit rows';
      if (!isDevelopmentMode(env.NODE_ENV)) throw new Error(`${name} ${problem}: run the role setup (npm run db:roles) and connect as the services' role (README, security)`);
      logger.warn(`${name} ${problem}: acceptable in development only`);
    }
  }
  return { close: () => flushAuditChain(database.db) };
}
