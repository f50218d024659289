import { disclose, maskIdNumber, maskName, maskPhone, type RevealInput } from '@jingtong/kit';
import type { CitizensContext } from '../citizens-context.js';
import { CITIZEN_REVEALERS } from '../access.js';

export type PersonalField = 'name' | 'idNumber' | 'phone';

const MASKS: Record<PersonalField, (v: string) => string> = { name: maskName, idNumber: maskIdNumber, phone: maskPhone };

interface PersonalTarget<V extends string | null> {
  citizenId: string;
  field: PersonalField;
  value: V;
}

/** A citizen's personal field through the kit's `disclose()`: masked, or whole for WINDOW_OFFICER / REVIEWER with an audited purpose. */
export function personalField(ctx: CitizensContext, target: PersonalTarget<string>, reveal: RevealInput | undefined | null): Promise<string>;
export function personalField(ctx: CitizensContext, target: PersonalTarget<string | null>, reveal: RevealInput | undefined | null): Promise<string | null>;
export function personalField(ctx: CitizensContext, target: PersonalTarget<string | null>, reveal: RevealInput | undefined | null): Promise<string | null> {
  return disclose(
    { caller: ctx.caller, requestId: ctx.requestId, audit: ctx.citizens.audit, revealers: CITIZEN_REVEALERS, seal: (text) => ctx.citizens.cipher.encrypt(text) },
    { targetKind: 'citizen', targetId: target.citizenId, field: target.field, value: target.value, mask: MASKS[target.field] },
    reveal,
  );
}
