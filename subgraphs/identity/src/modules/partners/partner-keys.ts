import { isPartnerScope, type Kysely, SignedInOfficer } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { PartnersDeps } from './partners-deps.js';
import type { IdentityErrorCode } from '../../errors.js';
import { generatePartnerKey } from './partner-key-secret.js';
import { endPartnerKey, findPartnerKey, getPartnerKey, insertPartnerKey, type PartnerKeyWithPartner } from './partner-key-repository.js';

export type PartnerKeyResult<T> = ({ ok: true } & T) | { ok: false; code: IdentityErrorCode };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RATE_PER_MINUTE = 100_000;
const MAX_BUDGET_PER_DAY = 1_000_000_000;
/** A rotated key may keep working for at most a week. */
export const MAX_ROTATION_GRACE_MINUTES = 7 * 24 * 60;

export interface IssuePartnerKeyInput {
  partnerName: string;
  scopes: string[];
  ratePerMinute: number;
  costBudgetPerDay: number;
}

function validate(input: IssuePartnerKeyInput): IdentityErrorCode | null {
  const name = input.partnerName.trim();
  if ([...name].length < 2 || [...name].length > 64) return 'PARTNER_NAME_INVALID';
  if (input.scopes.length === 0 || !input.scopes.every(isPartnerScope)) return 'SCOPE_UNKNOWN';
  const positive = (n: number, max: number) => Number.isInteger(n) && n > 0 && n <= max;
  if (!positive(input.ratePerMinute, MAX_RATE_PER_MINUTE) || !positive(input.costBudgetPerDay, MAX_BUDGET_PER_DAY)) return 'LIMIT_INVALID';
  return null;
}

/** Writes the partner (if new) and the key; only the keyed hash of the secret is stored. */
async function issue(deps: PartnersDeps, trx: Kysely<IdentityDatabase>, input: IssuePartnerKeyInput, rotatedFrom?: string) {
  const key = generatePartnerKey();
  const id = await insertPartnerKey(trx, {
    partnerName: input.partnerName.trim(),
    prefix: key.prefix,
    keyHash: deps.keyHasher.hash(key.plaintext),
    scopes: [...new Set(input.scopes)].sort(),
    ratePerMinute: input.ratePerMinute,
    costBudgetPerDay: input.costBudgetPerDay,
    rotatedFrom,
  });
  return { id, secret: key.plaintext };
}

/** SYSTEM_ADMIN: a new key; its secret is in this answer and nowhere else, ever. */
export async function issuePartnerKey(deps: PartnersDeps, actor: SignedInOfficer, input: IssuePartnerKeyInput, requestId: string): Promise<PartnerKeyResult<{ key: PartnerKeyWithPartner; secret: string }>> {
  const problem = validate(input);
  if (problem) return { ok: false, code: problem };
  // The key and its audit row commit together.
  const issued = await deps.db.transaction().execute(async (trx) => {
    const created = await issue(deps, trx, input);
    const key = await getPartnerKey(trx, created.id);
    await deps.audit.record(
      {
        action: 'API_KEY_ISSUED',
        actorKind: 'officer',
        actorId: actor.id,
        targetKind: 'partner_key',
        targetId: created.id,
        requestId,
        details: { partnerId: key.partner_id, prefix: key.prefix, scopes: key.scopes, ratePerMinute: input.ratePerMinute, costBudgetPerDay: input.costBudgetPerDay },
      },
      { trx },
    );
    return { key, secret: created.secret };
  });
  return { ok: true, ...issued };
}

/** SYSTEM_ADMIN: same partner, scopes and limits under a new secret; the old key ends now or after `graceMinutes`. */
export async function rotatePartnerKey(deps: PartnersDeps, actor: SignedInOfficer, id: string, graceMinutes: number, requestId: string): Promise<PartnerKeyResult<{ key: PartnerKeyWithPartner; secret: string }>> {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > MAX_ROTATION_GRACE_MINUTES) return { ok: false, code: 'LIMIT_INVALID' };
  const old = UUID.test(id) ? await findPartnerKey(deps.db, id) : undefined;
  if (!old) return { ok: false, code: 'PARTNER_KEY_NOT_FOUND' };
  if (!old.active) return { ok: false, code: 'PARTNER_KEY_INACTIVE' };
  // Both or neither: a partner is never left without a working key because the new one failed to save.
  const issued = await deps.db.transaction().execute(async (trx) => {
    if (!(await endPartnerKey(trx, id, graceMinutes))) return null;
    const created = await issue(deps, trx, { partnerName: old.partner_name, scopes: old.scopes, ratePerMinute: old.rate_per_minute, costBudgetPerDay: old.cost_budget_per_day }, old.id);
    const key = await getPartnerKey(trx, created.id);
    await deps.audit.record({ action: 'API_KEY_ISSUED', actorKind: 'officer', actorId: actor.id, targetKind: 'partner_key', targetId: created.id, requestId, details: { rotatedFrom: old.id, prefix: key.prefix } }, { trx });
    await deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: actor.id, targetKind: 'partner_key', targetId: old.id, requestId, details: { change: 'API_KEY_ROTATED', replacedBy: created.id, graceMinutes } }, { trx });
    return { key, secret: created.secret };
  });
  if (!issued) return { ok: false, code: 'PARTNER_KEY_INACTIVE' };
  return { ok: true, ...issued };
}

/** SYSTEM_ADMIN: the key stops working at the next request the gateway resolves. */
export async function revokePartnerKey(deps: PartnersDeps, actor: SignedInOfficer, id: string, requestId: string): Promise<PartnerKeyResult<{ key: PartnerKeyWithPartner }>> {
  if (!UUID.test(id) || !(await findPartnerKey(deps.db, id))) return { ok: false, code: 'PARTNER_KEY_NOT_FOUND' };
  const revoked = await deps.db.transaction().execute(async (trx) => {
    if (!(await endPartnerKey(trx, id))) return false;
    await deps.audit.record({ action: 'API_KEY_REVOKED', actorKind: 'officer', actorId: actor.id, targetKind: 'partner_key', targetId: id, requestId }, { trx });
    return true;
  });
  if (!revoked) return { ok: false, code: 'PARTNER_KEY_INACTIVE' };
  return { ok: true, key: await getPartnerKey(deps.db, id) };
}
