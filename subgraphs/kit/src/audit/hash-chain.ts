import { createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  field: string | null;
  purpose: string | null;
  request_id: string;
  details: string | null;
}

/**
 * HMAC-SHA256(key, prev_hash || canonical row). The key lives outside the database (AUDIT_CHAIN_KEY), so
 * someone who can write SQL but does not hold it cannot recompute the chain after changing a row.
 */
export function chainHash(key: string, prevHash: string, row: ChainedFields): string {
  const canonical = JSON.stringify([
    row.at.toISOString(),
    row.action,
    row.actor_kind,
    row.actor_id,
    row.target_kind,
    row.target_id,
    row.field,
    row.purpose,
    row.request_id,
    row.details,
  ]);
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonical).digest('hex');
}

/** A checkpoint (a head some verification or append saw) sealed with the same key: it cannot be forged either. */
export function checkpointMac(key: string, lastId: string, lastHash: string): string {
  return createHmac('sha256', key).update(`checkpoint\n${lastId}\n${lastHash}`).digest('hex');
}
