import { AppError, maskIdNumber, maskName, maskPhone, refuseInput } from '@jingtong/kit';
import type { IdentityContext } from '../../context.js';
import { hasRole } from '../../officers/roles.js';
import { CITIZEN_REVEALERS } from '../access.js';
import type { RevealInput } from './reveal.input.js';

export type PersonalField = 'name' | 'idNumber' | 'phone';

const MASKS: Record<PersonalField, (v: string) => string> = { name: maskName, idNumber: maskIdNumber, phone: maskPhone };

/**
 * A personal field as the caller may see it: masked by default. Unmasked only for an officer with
 * WINDOW_OFFICER or REVIEWER who states a purpose, and only after the disclosure is in the audit log
 * (who, which field, whose data, why, when, request id). Citizens see their own data masked too (the
 * pages only ever show it masked), so a stolen session discloses nothing whole.
 */
export async function personalField(
  ctx: IdentityContext,
  target: { citizenId: string; field: PersonalField; value: string | null },
  reveal: RevealInput | undefined | null,
): Promise<string | null> {
  if (!reveal) return target.value === null ? null : MASKS[target.field](target.value);
  const purpose = reveal.purpose.trim();
  const length = [...purpose].length;
  if (length < 4 || length > 100) throw refuseInput('FORMAT_INVALID', 'purpose', '请填写查看原因（4 至 100 个字，例如业务编号）');
  const { caller } = ctx;
  if (caller.kind !== 'officer' || !caller.sub || !hasRole(caller.roles, ...CITIZEN_REVEALERS)) throw new AppError('FORBIDDEN');
  if (target.value === null) return null;
  await ctx.deps.audit.record({
    action: 'DISCLOSURE',
    actorKind: 'officer',
    actorId: caller.sub,
    targetKind: 'citizen',
    targetId: target.citizenId,
    field: target.field,
    purpose,
    requestId: ctx.requestId,
  });
  return target.value;
}
