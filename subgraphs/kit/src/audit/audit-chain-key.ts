import { isDevelopmentMode } from '../env/production-env.js';
import { checkpointMac } from './hash-chain.js';
import type { AuditCheckpointFile } from './checkpoint-file.js';

/** Development and tests only: refused in production, where AUDIT_CHAIN_KEY must be set. */
export const AUDIT_CHAIN_DEV_KEY = 'dev-only-audit-chain-key-change-me-0123456789';

/** What every writer and verifier of one subgraph's chain shares. */
export interface AuditChainConfig {
  /** HMAC key of the chain and of its checkpoints; never stored in the database. */
  key: string;
  /** Checkpoints outside the database (an append-only file); absent only where nothing set one up (unit tests, scripts). */
  checkpointFile?: AuditCheckpointFile;
}

/** The key for this environment: AUDIT_CHAIN_KEY, or the development key outside production (never in it). */
export function resolveAuditChainKey(env: { NODE_ENV?: string; AUDIT_CHAIN_KEY?: string }): string {
  const development = isDevelopmentMode(env.NODE_ENV);
  const key = env.AUDIT_CHAIN_KEY;
  if (!development) {
    if (!key) throw new Error('AUDIT_CHAIN_KEY is required in production (≥ 32 characters, kept outside the database)');
    if (key === AUDIT_CHAIN_DEV_KEY) throw new Error('AUDIT_CHAIN_KEY is the development key: set a real one in production');
  }
  if (key !== undefined && key.length < 32) throw new Error('AUDIT_CHAIN_KEY must be at least 32 characters');
  return key ?? AUDIT_CHAIN_DEV_KEY;
}

export const sealCheckpoint = (config: AuditChainConfig, lastId: string, lastHash: string) => checkpointMac(config.key, lastId, lastHash);
