import { createHash } from 'node:crypto';

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

/** sha256(prev_hash || canonical row): changing or removing any row breaks every hash after it. */
export function chainHash(prevHash: string, row: ChainedFields): string {
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
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
