import { OfficerKit, sidOf } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';

const CURRENT_OFFICER = `{ currentOfficer { id username name unitCode roles totpEnrolled } }`;
const SIGN_IN = `mutation($u: String!, $p: String!, $t: String!) { officerSignIn(username: $u, password: $p, totp: $t) { token mustChangePassword error { code message } } }`;

/** Officers through the gateway: two factors, lockout, sessions, unit scope, separation of duties. */
export function describeOfficers(mode: StorageMode) {
  describe(`officers (${mode})`, () => {
    let stack: Stack;
    let kit: OfficerKit;

    // `from`: a client address the stack's gateway believes (its trusted proxy is this process, on loopback).
    const signInCode = async (username: string, password: string, totp: string, from?: string) => {
      const { body } = await stack.graphql(SIGN_IN, { u: username, p: password, t: totp }, undefined, from ? { 'x-forwarded-for': from } : undefined);
      return body.data.officerSignIn.error?.code ?? 'OK';
    };

    beforeAll(async () => {
      stack = await startStack({ mode });
      kit = new OfficerKit(stack);
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    it('signs in a seeded officer with password and TOTP; currentOfficer shows their own account unmasked', async () => {
      const token = await kit.demo('sysadmin');
      const { body } = await stack.graphql(CURRENT_OFFICER, {}, token);
      expect(body.errors).toBeUndefined();
      expect(body.data.currentOfficer).toMatchObject({ username: 'sysadmin', name: '系统管理员', unitCode: '411000000000', roles: ['SYSTEM_ADMIN'], totpEnrolled: true });
      expect((await stack.graphql(CURRENT_OFFICER)).body.data.currentOfficer).toBeNull();
    });

    it('commits an administrative change only together with its audit row (one transaction)', async () => {
      const sysadmin = await kit.demo('sysadmin');
      const CREATE = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id username } error { code } } }`;
      const input = { username: 'audit.atomic', name: '审计原子', phone: kit.uniquePhone(), unitCode: '411002000000', roles: ['WINDOW_OFFICER'] };
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

    it('onboards a new officer: one-time password by SMS -> authenticator enrolment -> own password (complexity checked) -> signed in', async () => {
      const since = Date.now();
      const created = await stack.graphql(
        `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id username name phone passwordExpiresAt totpEnrolled } oneTimePasswordSentTo error { code } } }`,
        { input: { username: 'Onboard.Wang', name: '王新警', phone: '13912345678', unitCode: '411002000000', roles: ['WINDOW_OFFICER'] } },
        await kit.demo('sysadmin'),
      );
      const { officer, oneTimePasswordSentTo } = created.body.data.createOfficer;
      expect(officer).toMatchObject({ username: 'onboard.wang', name: '王**', phone: '139****5678', passwordExpiresAt: null, totpEnrolled: false });
      expect(oneTimePasswordSentTo).toBe('139****5678');
      // Texted to the officer's own phone, never in the administrator's answer.
      const initialPassword = await kit.oneTimePassword('13912345678', since);
      expect(initialPassword).toHaveLength(16);
      expect(JSON.stringify(created.body)).not.toContain(initialPassword);

      // The password alone never signs in: without an authenticator, only an enrolment ticket comes back.
      const first = await kit.signIn('onboard.wang', initialPassword, '');
      expect(first).toMatchObject({ token: null, error: { code: 'TOTP_ENROLMENT_REQUIRED' } });
      expect(first.enrolmentTicket).toBeTruthy();

      const enrolment = (await stack.graphql(`mutation($t: String!) { enrolTotp(ticket: $t) { otpauthUri qrCodeDataUrl secret error { code } } }`, { t: first.enrolmentTicket })).body.data.enrolTotp;
      expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
      expect(enrolment.otpauthUri).toContain('period=30');
      expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
      const confirm = (code: string) =>
        stack.graphql(`mutation($t: String!, $c: String!) { confirmTotp(ticket: $t, code: $c) { token mustChangePassword error { code } } }`, { t: first.enrolmentTicket, c: code });
      expect((await confirm(kit.wrongCode(enrolment.secret))).body.data.confirmTotp.error.code).toBe('TOTP_INVALID');
      const confirmed = (await confirm(await kit.code('onboard.wang', enrolment.secret))).body.data.confirmTotp;
      // A temporary password must be replaced before any work.
      expect(confirmed).toMatchObject({ token: null, mustChangePassword: true, error: { code: 'PASSWORD_EXPIRED' } });
      expect((await stack.graphql(`mutation($t: String!) { enrolTotp(ticket: $t) { error { code } } }`, { t: first.enrolmentTicket })).body.data.enrolTotp.error.code).toBe('ENROLMENT_TICKET_INVALID');

      // A password the policy refuses leaves the code unused: the officer retries with the same one.
      const code = await kit.code('onboard.wang', enrolment.secret);
      const change = async (next: string) =>
        (
          await stack.graphql(
            `mutation($u: String!, $c: String!, $n: String!, $t: String!) { changeExpiredPassword(username: $u, currentPassword: $c, newPassword: $n, totp: $t) { token error { code message } } }`,
            { u: 'onboard.wang', c: initialPassword, n: next, t: code },
          )
        ).body.data.changeExpiredPassword;
      const weak = await change('short1A!');
      expect(weak.error).toEqual({ code: 'PASSWORD_TOO_WEAK', message: '密码不符合复杂度要求：密码长度至少 12 位' });
      expect((await change('alllowercaseletters')).error.message).toMatch(/三类/);
      expect((await change('Onboard.Wang-2026')).error.message).toMatch(/不能包含用户名/);
      const ok = await change('Xuchang-Police-2026');
      expect(ok.error).toBeNull();
      const me = await stack.graphql(CURRENT_OFFICER, {}, ok.token);
      expect(me.body.data.currentOfficer).toMatchObject({ username: 'onboard.wang', name: '王新警', roles: ['WINDOW_OFFICER'], totpEnrolled: true });
    }, 90_000);

    it('requires the TOTP code: the right password with no code, a wrong code or a used code is refused alike', async () => {
      const officer = await kit.create();
      expect(await signInCode(officer.username, officer.password, '')).toBe('INVALID_CREDENTIALS');
      expect(await signInCode(officer.username, officer.password, kit.wrongCode(officer.secret))).toBe('INVALID_CREDENTIALS');
      const code = await kit.code(officer.username, officer.secret);
      expect(await signInCode(officer.username, officer.password, code)).toBe('OK');
      // RFC 6238 §5.2: a code is accepted once.
      expect(await signInCode(officer.username, officer.password, code)).toBe('INVALID_CREDENTIALS');
      // An unknown account reads exactly like a wrong password.
      const unknown = await stack.graphql(SIGN_IN, { u: 'nobody-here', p: officer.password, t: code });
      expect(unknown.body.data.officerSignIn).toEqual({ token: null, mustChangePassword: false, error: { code: 'INVALID_CREDENTIALS', message: '用户名、密码或动态口令错误' } });
    }, 90_000);

    it('locks an account after 5 failures for 30 minutes against unknown sources, refuses even the right password and code there (in the same words), and audits the lock once', async () => {
      const officer = await kit.create();
      const codes = [];
      // Wrong passwords and wrong codes count alike.
      for (let i = 0; i < 5; i++) codes.push(await signInCode(officer.username, i % 2 ? 'Wrong-Password-1' : officer.password, kit.wrongCode(officer.secret)));
      expect(codes).toEqual(Array(5).fill('INVALID_CREDENTIALS'));

      const locked = await stack.graphql(SIGN_IN, { u: officer.username, p: officer.password, t: await kit.code(officer.username, officer.secret) }, undefined, { 'x-forwarded-for': '198.51.100.7' });
      expect(locked.body.data.officerSignIn).toMatchObject({ token: null, error: { code: 'INVALID_CREDENTIALS', message: '用户名、密码或动态口令错误' } });
      // The source that failed five times against this name is throttled, whatever it sends now.
      expect(await signInCode(officer.username, officer.password, await kit.code(officer.username, officer.secret))).toBe('SIGN_IN_THROTTLED');

      const list = await stack.graphql(`query($u: String) { officers(unitCode: $u) { id lockedUntil } }`, { u: '411002000000' }, await kit.demo('sysadmin'));
      const until = new Date(list.body.data.officers.find((o: { id: string }) => o.id === officer.id).lockedUntil).getTime();
      expect(until - Date.now()).toBeGreaterThan(29 * 60_000);
      expect(until - Date.now()).toBeLessThanOrEqual(30 * 60_000);

      expect(await kit.auditEntries({ action: 'ACCOUNT_LOCKED', targetId: officer.id })).toHaveLength(1);
      const failures = await kit.auditEntries({ action: 'SIGN_IN_FAILED', targetId: officer.id });
      expect(failures.map((f) => JSON.parse(f.details!).reason).filter((r) => !['TOTP_NOT_ENROLLED', 'PASSWORD_EXPIRED'].includes(r)).sort()).toEqual(
        ['BAD_PASSWORD', 'BAD_PASSWORD', 'BAD_TOTP', 'BAD_TOTP', 'BAD_TOTP', 'LOCKED'],
      );
    }, 90_000);

    it('counts per account: 5 sign-ins in one document, under 5 spellings of the name, lock it', async () => {
      const officer = await kit.create();
      const spellings = [officer.username, officer.username.toUpperCase(), ` ${officer.username} `, officer.username.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), `${officer.username[0].toUpperCase()}${officer.username.slice(1)}`];
      const wrong = kit.wrongCode(officer.secret);
      const document = `mutation { ${spellings
        .map((u, i) => `a${i}: officerSignIn(username: ${JSON.stringify(u)}, password: ${JSON.stringify(officer.password)}, totp: "${wrong}") { error { code } }`)
        .join(' ')} }`;
      // The gateway refuses more than one sign-in per request; the count must not depend on that, so the
      // document goes straight to identity, signed the way the gateway signs.
      const result = await kit.direct(document);
      expect(result.errors).toBeUndefined();
      expect(spellings.map((_, i) => result.data[`a${i}`].error.code)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      // Locked: the right password and code from an address the officer never used fail like anything else.
      expect(await signInCode(officer.username, officer.password, await kit.code(officer.username, officer.secret), '198.51.100.8')).toBe('INVALID_CREDENTIALS');
      expect(await kit.auditEntries({ action: 'ACCOUNT_LOCKED', targetId: officer.id })).toHaveLength(1);
    }, 90_000);

    it('counts per account: 5 parallel requests lock exactly like 5 sequential ones', async () => {
      const officer = await kit.create();
      const codes = await Promise.all(Array.from({ length: 5 }, () => signInCode(officer.username, 'Not-The-Password-9', kit.wrongCode(officer.secret))));
      expect(codes).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      expect(await signInCode(officer.username, officer.password, await kit.code(officer.username, officer.secret), '198.51.100.9')).toBe('INVALID_CREDENTIALS');
      expect(await kit.auditEntries({ action: 'ACCOUNT_LOCKED', targetId: officer.id })).toHaveLength(1);
    }, 90_000);

    it('starts the count again after a successful sign-in', async () => {
      const officer = await kit.create();
      const fail = () => signInCode(officer.username, 'Not-The-Password-9', '000000');
      for (let i = 0; i < 4; i++) expect(await fail()).toBe('INVALID_CREDENTIALS');
      expect(await signInCode(officer.username, officer.password, await kit.code(officer.username, officer.secret))).toBe('OK');
      // Without the reset, the first of these would have been the fifth failure.
      for (let i = 0; i < 4; i++) expect(await fail()).toBe('INVALID_CREDENTIALS');
    }, 90_000);

    it('ends a session after 30 idle minutes, and at once on sign-out or when the account is disabled', async () => {
      const idler = await kit.create({ roles: ['LEADER'], unitCode: '411003000000' });
      const token = idler.token;
      expect((await stack.graphql(CURRENT_OFFICER, {}, token)).body.data.currentOfficer.username).toBe(idler.username);
      const sid = sidOf(token);
      const touched = await kit.internal('/internal/sessions/touch', { sid });
      expect(touched).toEqual({ status: 200, body: { ok: true, officerId: idler.id, roles: ['LEADER'], unit: '411003000000' } });

      // Half an hour passes without a request.
      await stack.identityDeps.database.db
        .updateTable('officer_sessions')
        .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
        .where('sid', '=', sid)
        .execute();
      const idle = await stack.graphql(CURRENT_OFFICER, {}, token);
      expect(idle.status).toBe(401);
      expect(idle.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'IDLE_EXPIRED' });
      expect(await kit.internal('/internal/sessions/touch', { sid })).toEqual({ status: 401, body: { ok: false, reason: 'IDLE_EXPIRED' } });

      const other = (await kit.create()).token;
      expect((await stack.graphql(`mutation { officerSignOut }`, {}, other)).body.data.officerSignOut).toBe(true);
      const signedOut = await stack.graphql(CURRENT_OFFICER, {}, other);
      expect(signedOut.status).toBe(401);
      expect(signedOut.body.errors![0].extensions!.reason).toBe('REVOKED');

      const officer = await kit.create();
      const disabled = await stack.graphql(`mutation($id: ID!) { disableOfficer(officerId: $id) { officer { disabled } error { code } } }`, { id: officer.id }, await kit.demo('sysadmin'));
      expect(disabled.body.data.disableOfficer).toEqual({ officer: { disabled: true }, error: null });
      expect((await stack.graphql(CURRENT_OFFICER, {}, officer.token)).status).toBe(401);
      expect(await signInCode(officer.username, officer.password, await kit.code(officer.username, officer.secret))).toBe('INVALID_CREDENTIALS');

      expect(await kit.internal('/internal/sessions/touch', { sid: 'not-a-session' })).toEqual({ status: 401, body: { ok: false, reason: 'UNKNOWN' } });
      const unsigned = await kit.internal('/internal/sessions/touch', { sid }, false);
      expect(unsigned.status).toBe(401);
      expect(unsigned.body.code).toBe('CALLER_SIGNATURE_INVALID');
    }, 90_000);

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

    it('lets the security administrator reset a password (and the authenticator) and lift a lock', async () => {
      const officer = await kit.create();
      for (let i = 0; i < 5; i++) await signInCode(officer.username, 'Not-The-Password-9', '000000');
      const secadmin = await kit.demo('secadmin');
      const unlocked = await stack.graphql(`mutation($id: ID!) { unlockOfficer(officerId: $id) { officer { lockedUntil } error { code } } }`, { id: officer.id }, secadmin);
      expect(unlocked.body.data.unlockOfficer).toEqual({ officer: { lockedUntil: null }, error: null });

      const since = Date.now();
      const reset = await stack.graphql(
        `mutation($id: ID!) { resetOfficerPassword(officerId: $id, resetTotp: true) { oneTimePasswordSentTo officer { totpEnrolled passwordExpiresAt } error { code } } }`,
        { id: officer.id },
        secadmin,
      );
      const { oneTimePasswordSentTo, officer: after } = reset.body.data.resetOfficerPassword;
      expect(after).toEqual({ totpEnrolled: false, passwordExpiresAt: null });
      expect(oneTimePasswordSentTo).toContain(officer.phone.slice(-4));
      const temporaryPassword = await kit.oneTimePassword(officer.phone, since);
      // Old sessions end, the old password is gone, and the next sign-in starts with enrolment again.
      expect((await stack.graphql(CURRENT_OFFICER, {}, officer.token)).status).toBe(401);
      expect(await signInCode(officer.username, officer.password, '')).toBe('INVALID_CREDENTIALS');
      expect(await signInCode(officer.username, temporaryPassword, '')).toBe('TOTP_ENROLMENT_REQUIRED');
    }, 90_000);
  });
}
