import type { ScopeUnit } from '@/features/console/shell/officer-context';

/** What every unit below `code` starts with: the code without its trailing `00` pairs (two digits a level). */
export const unitPrefix = (code: string) => code.replace(/(00)+$/, '');

/**
 * The halls run by a unit of the officer's scope: the only ones the queue's
 * desk, figures and settings answer for (others are HALL_OUT_OF_SCOPE).
 */
export const hallsInScope = <H extends { unitCode: string }>(halls: readonly H[], units: readonly Pick<ScopeUnit, 'code'>[]) =>
  halls.filter((hall) => units.some((unit) => hall.unitCode.startsWith(unitPrefix(unit.code))));

/** Today as the hall's calendar day (Beijing), whatever the desk computer's time zone. */
export const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
