import { checkRoleSet } from './roles.js';

describe('role separation', () => {
  it('allows business roles together and one administrator role alone', () => {
    expect(checkRoleSet(['REVIEWER', 'WINDOW_OFFICER', 'REVIEWER'])).toEqual({ ok: true, roles: ['WINDOW_OFFICER', 'REVIEWER'] });
    expect(checkRoleSet(['AUDIT_ADMIN'])).toEqual({ ok: true, roles: ['AUDIT_ADMIN'] });
    expect(checkRoleSet([])).toEqual({ ok: true, roles: [] });
  });

  it('refuses two administrator roles, an administrator with business roles, and unknown roles', () => {
    expect(checkRoleSet(['SYSTEM_ADMIN', 'AUDIT_ADMIN'])).toEqual({ ok: false, reason: 'ROLE_CONFLICT' });
    expect(checkRoleSet(['SECURITY_ADMIN', 'LEADER'])).toEqual({ ok: false, reason: 'ROLE_CONFLICT' });
    expect(checkRoleSet(['ROOT'])).toEqual({ ok: false, reason: 'UNKNOWN_ROLE' });
  });
});
