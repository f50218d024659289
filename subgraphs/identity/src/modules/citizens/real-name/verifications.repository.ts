import type { Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { RealNameMethod } from '../tables/real-name-verification.table.js';

type Db = Kysely<IdentityDatabase>;

export interface Verification {
  level: number;
  method: RealNameMethod;
  phoneMatched: boolean | null;
  verifiedAt: Date;
}

export const insertVerification = (
  db: Db,
  v: { citizenId: string; level: number; method: RealNameMethod; phoneMatched?: boolean | null; requestId: string },
) =>
  db
    .insertInto('real_name_verifications')
    .values({ citizen_id: v.citizenId, level: v.level, method: v.method, phone_matched: v.phoneMatched ?? null, request_id: v.requestId })
    .execute();

/** Per citizen, the verification that gives the current level (the latest of the highest level). */
export async function currentVerifications(db: Db, citizenIds: readonly string[]): Promise<Map<string, Verification>> {
  if (citizenIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('real_name_verifications')
    .select(['citizen_id', 'level', 'method', 'phone_matched', 'verified_at'])
    .where('citizen_id', 'in', [...citizenIds])
    .orderBy('citizen_id')
    .orderBy('level', 'desc')
    .orderBy('verified_at', 'desc')
    .execute();
  const out = new Map<string, Verification>();
  for (const r of rows) {
    if (!out.has(r.citizen_id)) out.set(r.citizen_id, { level: r.level, method: r.method, phoneMatched: r.phone_matched, verifiedAt: r.verified_at });
  }
  return out;
}
