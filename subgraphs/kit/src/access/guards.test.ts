import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { assertSelf, partnerHolds, requireCitizen, requireOfficer } from './guards.js';
import { OfficerRole } from './roles.js';

const caller = (c: Partial<Caller>): Caller => ({ kind: 'anonymous', acr: 0, roles: [], scopes: [], channel: 'direct', requestId: 'r', iat: 0, ...c });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return [e.code, e.extensions.requiredScope].filter(Boolean).join(':');
  }
};

describe('access guards shared by every subgraph', () => {
  const window = caller({ kind: 'officer', sub: 'o1', unit: '411002000000', roles: [OfficerRole.WINDOW_OFFICER] });

  it('requireOfficer: anyone but an officer with a unit is UNAUTHENTICATED; a missing role is FORBIDDEN', () => {
    expect(requireOfficer(window)).toEqual({ id: 'o1', roles: ['WINDOW_OFFICER'], unit: '411002000000', sid: undefined });
    expect(codeOf(() => requireOfficer(window, OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER))).toBe('OK');
    expect(codeOf(() => requireOfficer(window, OfficerRole.AUDIT_ADMIN))).toBe('FORBIDDEN');
    expect(codeOf(() => requireOfficer(caller({ kind: 'citizen', sub: 'c1' })))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireOfficer(caller({ kind: 'officer', sub: 'o2', roles: ['LEADER'] })))).toBe('UNAUTHENTICATED');
  });

  it('requireCitizen and assertSelf: a citizen reaches their own data only', () => {
    const citizen = caller({ kind: 'citizen', sub: 'c1', acr: 1 });
    expect(requireCitizen(citizen)).toBe('c1');
    expect(codeOf(() => requireCitizen(window))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertSelf(citizen, 'c1'))).toBe('OK');
    expect(codeOf(() => assertSelf(citizen, 'c2'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertSelf(window, 'c1'))).toBe('FORBIDDEN');
  });

  it('partnerHolds: a partner without the scope is told which one it needs; other callers are not partners', () => {
    const partner = caller({ kind: 'partner', sub: 'p1', scopes: ['traffic.vehicle:read'] });
    expect(partnerHolds(partner, 'traffic.vehicle:read')).toBe(true);
    expect(codeOf(() => partnerHolds(partner, 'traffic.violation:read'))).toBe('FORBIDDEN:traffic.violation:read');
    expect(partnerHolds(window, 'traffic.vehicle:read')).toBe(false);
  });
});
