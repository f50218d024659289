import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import type { OfficersPart } from './officers-world.js';

/** Administrative changes: audited in the same transaction, scoped to the unit, kept apart between the three administrators. */
export const administration: OfficersPart = {
  title: 'administration',
  define(world) {
    let stack: Stack;
    let kit: OfficerKit;
    beforeAll(() => {
      ({ stack, kit } = world);
    });

    it('commits an administrative change only together with its audit row (one transaction)', async () => {
      const sysadmin = await kit.demo('sysadmin');
      const CREATE = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id username } error { code } } }`;
      const input = { username: 'audit.atomic', name: '审计原子', phone: kit.uniquePhone(), unitCode: '411002000000', roles: ['WINDOW_OFFICER'] };
      world.written.set(input.name, 'officer name');
      world.written.set(input.phone, 'officer phone');
      const created = async () =>
        (await stack.identityDeps.database.db.selectFrom('audit_log').select('details').where('action', '=', 'CONFIG_CHANGED').execute()).filter((r) => JSON.parse(r.details!).change === 'OFFICER_CREATED').length;
      const before = await created();
      // The audit row is written, then the request fails before commit: neither the officer nor the row may remain.
      const audit = stack.identityDeps.audit;
      const record = audit.record.bind(audit);
      audit.record = async (...args) => {
        await record(...args);
        throw new Error('crash after the audit append');
      };
      try {
        const failed = await stack.graphql(CREATE, { input }, sysadmin);
        expect(failed.body.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        audit.record = record;
      }
      expect(await created()).toBe(before);
      // Nothing was left behind: the same username is still free, and its creation is audited once.
      const ok = (await stack.graphql(CREATE, { input }, sysadmin)).body.data.createOfficer;
      expect(ok).toMatchObject({ officer: { username: 'audit.atomic' }, error: null });
      expect(await created()).toBe(before + 1);
    });

    it("scopes officers and units to the caller's unit and below; system and security administrators see all", async () => {
      const jianan = await kit.create({ unitCode: '411003000000' });
      const weidu = await kit.create({ unitCode: '411002000000', roles: ['REVIEWER'] });
      const list = (token: string, unitCode?: string, includeSubUnits = false) =>
        stack.graphql(`query($u: String, $s: Boolean!) { officers(unitCode: $u, includeSubUnits: $s) { id unitCode name } }`, { u: unitCode, s: includeSubUnits }, token);

      const own = await list(weidu.token);
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data.officers.every((o: { unitCode: string }) => o.unitCode === '411002000000')).toBe(true);
      expect(own.body.data.officers.map((o: { id: string }) => o.id)).toContain(weidu.id);
      expect(own.body.data.officers.every((o: { name: string }) => o.name.includes('*'))).toBe(true);

      for (const [unit, sub] of [['411003000000', false], ['411000000000', false], ['411000000000', true]] as const) {
        const other = await list(weidu.token, unit, sub);
        expect(other.body.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(other.body.data).toBeNull();
      }
      const units = await stack.graphql(`{ units { code } }`, {}, weidu.token);
      expect(units.body.data.units.map((u: { code: string }) => u.code)).toEqual(['411002000000']);

      // A district leader's wider scope is for business data, not for officer accounts.
      const leader = await kit.create({ unitCode: '411002000000', roles: ['LEADER'] });
      expect((await list(leader.token, '411003000000')).body.errors![0].extensions!.code).toBe('FORBIDDEN');

      const admin = await list(await kit.demo('sysadmin'), '411000000000', true);
      const ids = admin.body.data.officers.map((o: { id: string }) => o.id);
      expect(ids).toEqual(expect.arrayContaining([jianan.id, weidu.id]));
      expect((await list(await kit.demo('secadmin'), '411003000000')).body.data.officers.map((o: { id: string }) => o.id)).toContain(jianan.id);
    }, 120_000);

    it('keeps the three administrators apart (ROLE_CONFLICT) and each to their own duties', async () => {
      const officer = await kit.create();
      expect((await kit.grant(officer.id, ['SYSTEM_ADMIN', 'AUDIT_ADMIN'])).error!.code).toBe('ROLE_CONFLICT');
      expect((await kit.grant(officer.id, ['SECURITY_ADMIN', 'LEADER'])).error).toEqual({
        code: 'ROLE_CONFLICT',
        message: '系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色',
      });
      expect((await kit.grant(officer.id, ['REVIEWER', 'LEADER'])).officer!.roles).toEqual(['REVIEWER', 'LEADER']);
      expect((await kit.grant(officer.id, ['AUDIT_ADMIN'])).officer!.roles).toEqual(['AUDIT_ADMIN']);

      // The system administrator creates accounts with business roles only, and grants nothing.
      const sysadmin = await kit.demo('sysadmin');
      const withAdminRole = await stack.graphql(
        `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id } error { code } } }`,
        { input: { username: 'would-be-auditor', name: '某某', phone: kit.uniquePhone(), unitCode: '411002000000', roles: ['AUDIT_ADMIN'] } },
        sysadmin,
      );
      expect(withAdminRole.body.data.createOfficer).toEqual({ officer: null, error: { code: 'ADMIN_ROLE_NOT_ALLOWED' } });
      const sysGrant = await stack.graphql(`mutation($id: ID!) { updateOfficerRoles(officerId: $id, roles: [LEADER]) { error { code } } }`, { id: officer.id }, sysadmin);
      expect(sysGrant.body.errors![0].extensions!.code).toBe('FORBIDDEN');

      const secadmin = await kit.demo('secadmin');
      const secCreate = await stack.graphql(`mutation { createOfficer(input: { username: "x-by-sec", name: "某某", unitCode: "411002000000" }) { error { code } } }`, {}, secadmin);
      expect(secCreate.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      const me = (await stack.graphql(`{ currentOfficer { id } }`, {}, secadmin)).body.data.currentOfficer.id;
      expect((await kit.grant(me, ['SECURITY_ADMIN', 'SYSTEM_ADMIN'])).error!.code).toBe('SELF_CHANGE_FORBIDDEN');

      // Every change is audited, without names or phones.
      const changes = await kit.auditEntries({ action: 'CONFIG_CHANGED', targetId: officer.id });
      expect(changes.map((c) => JSON.parse(c.details!).change)).toEqual(['ROLES_UPDATED', 'ROLES_UPDATED', 'TOTP_ENROLLED', 'OFFICER_CREATED']);
      expect(JSON.stringify(changes)).not.toMatch(/测试民警|13800000000/);
    }, 90_000);
  },
};
