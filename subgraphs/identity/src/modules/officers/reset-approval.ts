import { type Caller, hasRole, type OfficerRole, maskPhone, type SignedInOfficer, sql } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';
import type { PendingResetRow } from './tables/officer-safeguards.table.js';
import { type AdminResult, applyReset } from './officer-admin.js';
import type { OfficerRow } from './tables/officer.table.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pending = (deps: OfficersDeps) =>
  deps.db.selectFrom('officer_reset_requests').selectAll('officer_reset_requests').where('approved_at', 'is', null).where('expires_at', '>', sql<Date>`now()`);

/**
 * Resets of administrator accounts that this officer may approve: they hold the required role, and are
 * neither the requester nor the officer being reset.
 */
export async function approvableResets(deps: OfficersDeps, actor: SignedInOfficer): Promise<PendingResetRow[]> {
  if (actor.roles.length === 0) return [];
  return pending(deps)
    .innerJoin('officers', 'officers.id', 'officer_reset_requests.officer_id')
    .innerJoin('officers as requester', 'requester.id', 'officer_reset_requests.requested_by')
    .select(['officers.username', 'requester.username as requested_by_username'])
    .where('officer_reset_requests.required_role', 'in', actor.roles)
    .where('officer_reset_requests.requested_by', '!=', actor.id)
    .where('officer_reset_requests.officer_id', '!=', actor.id)
    .orderBy('officer_reset_requests.requested_at')
    .execute();
}

/**
 * The second approver of an administrator's reset: an officer holding the same administrator role, not
 * the requester and not the officer being reset. Approving performs the reset (one-time password by SMS
 * to the officer) once; the request cannot be approved twice or after its 24 hours.
 */
export async function approveOfficerReset(deps: OfficersDeps, _caller: Caller, actor: SignedInOfficer, resetRequestId: string, requestId: string): Promise<AdminResult<{ officer: OfficerRow; sentTo: string }>> {
  if (!UUID.test(resetRequestId)) return { ok: false, code: 'RESET_REQUEST_NOT_FOUND' };
  const request = await pending(deps).where('id', '=', resetRequestId).executeTakeFirst();
  if (!request) return { ok: false, code: 'RESET_REQUEST_NOT_FOUND' };
  if (!hasRole(actor.roles, request.required_role as OfficerRole) || actor.id === request.requested_by || actor.id === request.officer_id) {
    return { ok: false, code: 'RESET_APPROVER_INVALID' };
  }
  return deps.db.transaction().execute(async (trx) => {
    // Claimed in one statement: two approvers at once reset once.
    const claimed = await trx
      .updateTable('officer_reset_requests')
      .set({ approved_by: actor.id, approved_at: sql`now()` })
      .where('id', '=', request.id)
      .where('approved_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return { ok: false as const, code: 'RESET_REQUEST_NOT_FOUND' as const };
    const officer = await applyReset(deps, trx, request.officer_id, request.reset_totp, requestId);
    await deps.audit.record(
      {
        action: 'CONFIG_CHANGED',
        actorKind: 'officer',
        actorId: actor.id,
        targetKind: 'officer',
        targetId: request.officer_id,
        requestId,
        details: { change: 'PASSWORD_RESET', resetTotp: request.reset_totp, resetRequestId: request.id, requestedBy: request.requested_by, approvedBy: actor.id, oneTimePassword: 'sms' },
      },
      { trx },
    );
    const phone = officer.phone_enc ? deps.cipher.decrypt(officer.phone_enc) : '';
    return { ok: true as const, officer, sentTo: phone ? maskPhone(phone) : '' };
  });
}
