import { unitCovers, unitPrefix, unitScope } from './unit-scope.js';

const officer = (unit: string, ...roles: string[]) => ({ kind: 'officer' as const, unit, roles });

describe('unit scope', () => {
  it('reads the hierarchy from the code by dropping trailing 00 pairs', () => {
    expect(unitPrefix('411000000000')).toBe('4110');
    expect(unitPrefix('411002000000')).toBe('411002');
    expect(unitPrefix('411000010000')).toBe('41100001');
    expect(unitPrefix('411020000000')).toBe('411020');
    expect(unitCovers('411000000000', '411002000101')).toBe(true);
    expect(unitCovers('411002000000', '411003000000')).toBe(false);
    expect(unitCovers('411000010000', '411000020000')).toBe(false);
    expect(unitCovers('411000010000', '411000010100')).toBe(true);
  });

  it('gives an officer their unit and below; admins all officers; leaders the bureau for business data', () => {
    const window = unitScope(officer('411002000000', 'WINDOW_OFFICER'), 'officers')!;
    expect(window.covers('411002000101')).toBe(true);
    expect(window.covers('411003000000')).toBe(false);
    expect(window.covers('411000000000')).toBe(false);

    expect(unitScope(officer('411002000000', 'SYSTEM_ADMIN'), 'officers')!.prefix).toBe('');
    expect(unitScope(officer('411002000000', 'SECURITY_ADMIN'), 'officers')!.prefix).toBe('');
    expect(unitScope(officer('411002000000', 'SYSTEM_ADMIN'), 'business')!.prefix).toBe('411002');

    const leader = unitScope(officer('411002000000', 'LEADER'), 'business')!;
    expect(leader.covers('411003000000')).toBe(true);
    expect(leader.covers('410100000000')).toBe(false);
    expect(unitScope(officer('411002000000', 'LEADER'), 'officers')!.prefix).toBe('411002');
  });

  it('gives non-officers and officers without a valid unit nothing', () => {
    expect(unitScope({ kind: 'citizen', roles: [], unit: '411002000000' }, 'business')).toBeNull();
    expect(unitScope({ kind: 'officer', roles: ['LEADER'], unit: undefined }, 'business')).toBeNull();
    expect(unitScope({ kind: 'officer', roles: ['LEADER'], unit: '4110' }, 'business')).toBeNull();
  });
});
