import type { Caller } from '../caller/caller.js';
import { hasRole, OfficerRole } from './roles.js';

/**
 * Unit codes are 12 digits: a 6-digit administrative region (GB/T 2260: province, city, district,
 * two digits each) + a 6-digit office code (two digits per level too, GA/T 380 style).
 * A unit covers itself and every unit below it. "Below" is read from the code alone: drop the
 * trailing "00" pairs of the upper unit's code, and every code starting with what is left is inside.
 *
 *   411000000000 许昌市公安局        -> "4110"    covers all of 许昌 (411002…, 411003…, 411000010000 …)
 *   411002000000 魏都分局            -> "411002"  covers 魏都区's units (411002000101 派出所 …)
 *   411000010000 出入境管理支队      -> "41100001" covers its own 大队 (411000010100 …), not 交警支队
 *
 * `createUnit` checks that a new unit's parent covers it, so `parent_code` and the codes never disagree.
 */
export const UNIT_CODE = /^[0-9]{12}$/;

export function unitPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

export const unitCovers = (upper: string, code: string) => code.startsWith(unitPrefix(upper));

/** The whole bureau an officer belongs to: the city (prefecture) level of their region. */
export const bureauPrefix = (code: string) => code.slice(0, 4);

/**
 * What an officer may see:
 * - `officers`: officer accounts and units (the console's user management);
 * - `business`: citizens' business data (applications, alerts…).
 */
export type ScopePurpose = 'officers' | 'business';

export interface UnitScope {
  /** Every code starts with this ("" = everything). Use it in SQL as `like prefix || '%'`. */
  prefix: string;
  covers(code: string): boolean;
}

const scopeOf = (prefix: string): UnitScope => ({ prefix, covers: (code) => code.startsWith(prefix) });

/**
 * THE scope rule, used everywhere a unit filters data. An officer sees their own unit and the units
 * below it, except:
 * - SYSTEM_ADMIN and SECURITY_ADMIN: every officer and unit (they run accounts and credentials bureau-wide);
 * - LEADER: business data of the whole bureau (e.g. fugitive alerts from every district).
 * Anyone else (citizens, partners, an officer without a unit): nothing (`null`).
 */
export function unitScope(caller: Pick<Caller, 'kind' | 'roles' | 'unit'>, purpose: ScopePurpose): UnitScope | null {
  if (caller.kind !== 'officer' || !caller.unit || !UNIT_CODE.test(caller.unit)) return null;
  if (purpose === 'officers' && hasRole(caller.roles, OfficerRole.SYSTEM_ADMIN, OfficerRole.SECURITY_ADMIN)) return scopeOf('');
  if (purpose === 'business' && hasRole(caller.roles, OfficerRole.LEADER)) return scopeOf(bureauPrefix(caller.unit));
  return scopeOf(unitPrefix(caller.unit));
}
