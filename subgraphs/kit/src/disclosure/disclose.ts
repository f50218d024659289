import { hasRole, type OfficerRole } from '../access/roles.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { requireText } from '../validation/text.js';

export interface Disclosure {
  caller: Caller;
  requestId: string;
  // biome-ignore lint/suspicious/noExplicitAny: any subgraph's audit log, whatever its action names (record() is contravariant in them)
  audit: AuditLog<any>;
  /** Roles that may see this field whole, by stating a purpose. */
  revealers: readonly OfficerRole[];
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
export async function disclose(d: Disclosure, target: DisclosedField, reveal: { purpose: string } | null | undefined): Promise<string | null> {
  if (!reveal) return target.value === null ? null : target.mask(target.value);
  const purpose = requireText(reveal.purpose, 'purpose', { min: 4, max: 100 }, '请填写查看原因（4 至 100 个字，例如业务编号）');
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
  });
  return target.value;
}
