import { sharedOfficerKit, type OfficerKit } from '../../kit/officers.js';
import type { HostileArea } from '../hostile-world.js';

const CREATE = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id } oneTimePasswordSentTo error { code message field } } }`;
const RESET = `mutation($id: ID!) { resetOfficerPassword(officerId: $id, resetTotp: true) { oneTimePasswordSentTo pendingReset { id requiredRole username } error { code message } } }`;
const APPROVE = `mutation($id: ID!) { approveOfficerReset(resetRequestId: $id) { oneTimePasswordSentTo error { code message } } }`;
const ROLES = `mutation($id: ID!, $roles: [OfficerRole!]!) { updateOfficerRoles(officerId: $id, roles: $roles) { officer { roles } error { code message field } } }`;
const DISABLE = `mutation($id: ID!) { disableOfficer(officerId: $id) { officer { disabled } error { code message } } }`;

/**
 * Issue 7 item 7: the three administrators (三员) cannot take over accounts or each other. One-time
 * passwords are texted to the officer, never shown to an administrator; an administrator's reset needs a
 * second approver of the same role; no administrator disables or re-roles an administrator; every
 * account has a role.
 */
export const adminSeparation: HostileArea = {
  title: 'three-administrator separation (issue 7 item 7)',
  define(world) {
    let kit: OfficerKit;
    beforeAll(() => {
      kit = sharedOfficerKit(world.stack);
    }, 90_000);

    it('never hands the system administrator a one-time password: it is texted to the new officer', async () => {
      const phone = kit.uniquePhone();
      const since = Date.now();
      const created = await world.stack.graphql(
        CREATE,
        { input: { username: `takeover${Date.now().toString(36)}`, name: '冒名民警', phone, unitCode: '411002000000', roles: ['WINDOW_OFFICER'] } },
        await kit.demo('sysadmin'),
      );
      expect(created.body.errors).toBeUndefined();
      const payload = created.body.data.createOfficer;
      expect(payload).toMatchObject({ officer: { id: expect.any(String) }, oneTimePasswordSentTo: expect.stringContaining(phone.slice(-4)), error: null });
      const password = await kit.oneTimePassword(phone, since);
      expect(JSON.stringify(created.body)).not.toContain(password);
      // The old field is gone from the schema.
      const old = await world.stack.graphql(`mutation { createOfficer(input: { username: "x.y", name: "某某", unitCode: "411002000000" }) { initialPassword } }`, {}, await kit.demo('sysadmin'));
      expect(old.body.errors?.length).toBeGreaterThan(0);
      // A reset by the security administrator: the same, by SMS only.
      const resetSince = Date.now();
      const reset = await world.stack.graphql(RESET, { id: payload.officer.id }, await kit.demo('secadmin'));
      expect(reset.body.data.resetOfficerPassword).toMatchObject({ oneTimePasswordSentTo: expect.stringContaining('****'), pendingReset: null, error: null });
      const second = await kit.oneTimePassword(phone, resetSince);
      expect(second).not.toBe(password);
      expect(JSON.stringify(reset.body)).not.toContain(second);
    }, 90_000);

    it('refuses an account without a role (or a phone), and an administrator’s phone for a new account', async () => {
      const sysadmin = await kit.demo('sysadmin');
      const input = (extra: Record<string, unknown>) => ({ input: { username: `norole${Date.now().toString(36)}`, name: '无角色', phone: kit.uniquePhone(), unitCode: '411002000000', ...extra } });
      expect((await world.stack.graphql(CREATE, input({ roles: [] }), sysadmin)).body.data.createOfficer).toMatchObject({ officer: null, error: { code: 'ROLE_REQUIRED', field: 'roles' } });
      expect((await world.stack.graphql(CREATE, input({ roles: ['WINDOW_OFFICER'], phone: null }), sysadmin)).body.data.createOfficer).toMatchObject({ officer: null, error: { code: 'CONTACT_PHONE_REQUIRED', field: 'phone' } });
      const officer = await kit.create();
      expect((await world.stack.graphql(ROLES, { id: officer.id, roles: [] }, await kit.demo('secadmin'))).body.data.updateOfficerRoles).toMatchObject({ officer: null, error: { code: 'ROLE_REQUIRED' } });
      // Give an administrator a phone: a new account with that phone would text its password to them.
      const admin = await kit.create();
      expect((await kit.grant(admin.id, ['AUDIT_ADMIN'])).error).toBeNull();
      expect((await world.stack.graphql(CREATE, input({ roles: ['WINDOW_OFFICER'], phone: admin.phone }), sysadmin)).body.data.createOfficer).toMatchObject({ officer: null, error: { code: 'CONTACT_PHONE_OF_ADMINISTRATOR' } });
    }, 90_000);

    it('lets no administrator disable an administrator or change an administrator’s roles', async () => {
      const security = await kit.create();
      expect((await kit.grant(security.id, ['SECURITY_ADMIN'])).error).toBeNull();
      expect((await world.stack.graphql(DISABLE, { id: security.id }, await kit.demo('sysadmin'))).body.data.disableOfficer).toMatchObject({ officer: null, error: { code: 'ADMIN_TARGET_FORBIDDEN' } });
      expect((await world.stack.graphql(ROLES, { id: security.id, roles: ['WINDOW_OFFICER'] }, await kit.demo('secadmin'))).body.data.updateOfficerRoles).toMatchObject({ officer: null, error: { code: 'ADMIN_TARGET_FORBIDDEN' } });
    }, 90_000);

    it('resets an administrator only when a second officer of the same administrator role approves', async () => {
      const target = await kit.create();
      const peer = await kit.create();
      for (const o of [target, peer]) expect((await kit.grant(o.id, ['AUDIT_ADMIN'])).error).toBeNull();
      const secadmin = await kit.demo('secadmin');
      const since = Date.now();
      const requested = (await world.stack.graphql(RESET, { id: target.id }, secadmin)).body.data.resetOfficerPassword;
      expect(requested).toMatchObject({ oneTimePasswordSentTo: null, pendingReset: { requiredRole: 'AUDIT_ADMIN', username: target.username }, error: null });
      // Nothing happened yet: the target still signs in with their own password and code.
      expect((await kit.signIn(target.username, target.password, await kit.code(target.username, target.secret))).token).toEqual(expect.any(String));
      // The requester, another role and the target themself cannot approve.
      for (const token of [secadmin, await kit.demo('sysadmin'), (await kit.signIn(target.username, target.password, await kit.code(target.username, target.secret))).token!]) {
        expect((await world.stack.graphql(APPROVE, { id: requested.pendingReset.id }, token)).body.data.approveOfficerReset.error.code).toBe('RESET_APPROVER_INVALID');
      }
      const listed = await world.stack.graphql(`{ officerResetRequests { id username } }`, {}, peer.token);
      expect(listed.body.data.officerResetRequests).toContainEqual({ id: requested.pendingReset.id, username: target.username });
      const approved = (await world.stack.graphql(APPROVE, { id: requested.pendingReset.id }, peer.token)).body.data.approveOfficerReset;
      expect(approved).toMatchObject({ oneTimePasswordSentTo: expect.stringContaining('****'), error: null });
      const password = await kit.oneTimePassword(target.phone, since);
      expect((await kit.signIn(target.username, password, '')).error?.code).toBe('TOTP_ENROLMENT_REQUIRED');
      // Once only.
      expect((await world.stack.graphql(APPROVE, { id: requested.pendingReset.id }, peer.token)).body.data.approveOfficerReset.error.code).toBe('RESET_REQUEST_NOT_FOUND');
    }, 90_000);
  },
};
