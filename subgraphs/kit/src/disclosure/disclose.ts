import { hasRole, type OfficerRole } from '../access/roles.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { requireCaseNumber } from '../validation/case-number.js';
import { refuseInput } from '../validation/refuse-input.js';
import { requireText } from '../validation/text.js';
import { REVEAL_PURPOSES } from './reveal.input.js';

export interface Disclosure {
  caller: Caller;
  requestId: string;
  // biome-ignore lint/suspicious/noExplicitAny: any subgraph's audit log, whatever its action names (record() is contravariant in them)
  audit: AuditLog<any>;
  /** Roles that may see this field whole, by stating a purpose. */
  revealers: readonly OfficerRole[];
  /** Encrypts free text for the audit row (the subgraph's PII cipher): a remark is never stored in clear. */
  seal: (text: string) => string;
}

/** What an officer states to see a field whole (`RevealInput`). */
export interface Reveal {
  purpose: string;
  caseNumber?: string | null;
  note?: string | null;
}

export interface DisclosedField {
  /** Whose data, e.g. `citizen` + id. */
  targetKind: string;
  targetId: string;
  field: string;
  value: string | null;
  mask: (value: string) => string;
}

/**
 * A personal field as the caller may see it: masked by default. Whole only for an officer holding one of
 * `revealers` who states a purpose, and only after the disclosure is in the audit log (who, which field,
 * whose data, why, when, request id): if the audit row cannot be written, nothing is shown. Citizens see
 * their own data masked too (pages only ever show it masked), so a stolen session discloses nothing whole.
 */
export async function disclose(d: Disclosure, target: DisclosedField, reveal: Reveal | null | undefined): Promise<string | null> {
  if (!reveal) return target.value === null ? null : target.mask(target.value);
  // The audit row's purpose holds a code from the closed list and a patterned number only; a remark goes sealed.
  if (!REVEAL_PURPOSES.includes(reveal.purpose)) throw refuseInput('FORMAT_INVALID', 'purpose', '请选择查看原因');
  const caseNumber = reveal.caseNumber ? requireCaseNumber(reveal.caseNumber) : null;
  const note = reveal.note?.trim() ? requireText(reveal.note, 'note', { max: 60 }, '备注最多 60 个字，且不能包含控制字符') : null;
  const purpose = caseNumber ? `${reveal.purpose} ${caseNumber}` : reveal.purpose;
  const { caller } = d;
  if (caller.kind !== 'officer' || !caller.sub || !hasRole(caller.roles, ...d.revealers)) throw new AppError('FORBIDDEN');
  if (target.value === null) return null;
  await d.audit.record({
    action: 'DISCLOSURE',
    actorKind: 'officer',
    actorId: caller.sub,
    targetKind: target.targetKind,
    targetId: target.targetId,
    field: target.field,
    purpose,
    requestId: d.requestId,
    ...(note ? { details: { note: d.seal(note) } } : {}),
  });
  return target.value;
}
