import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import { CURRENT_OFFICER, type OfficersPart, SIGN_IN, signInCodeOf } from './officers-world.js';

/** Password and TOTP, both always; a new officer's first sign-in, enrolment and own password. */
export const twoFactorSignIn: OfficersPart = {
  title: 'two factors and onboarding',
  define(world) {
    let stack: Stack;
    let kit: OfficerKit;
    beforeAll(() => {
      ({ stack, kit } = world);
    });
    const signInCode = (username: string, password: string, totp: string, from?: string) => signInCodeOf(stack, username, password, totp, from);

    it('signs in a seeded officer with password and TOTP; currentOfficer shows their own account unmasked', async () => {
      const token = await kit.demo('sysadmin');
      const { body } = await stack.graphql(CURRENT_OFFICER, {}, token);
      expect(body.errors).toBeUndefined();
      expect(body.data.currentOfficer).toMatchObject({ username: 'sysadmin', name: '系统管理员', unitCode: '411000000000', roles: ['SYSTEM_ADMIN'], totpEnrolled: true });
      expect((await stack.graphql(CURRENT_OFFICER)).body.data.currentOfficer).toBeNull();
    });

    it('onboards a new officer: one-time password by SMS -> authenticator enrolment -> own password (complexity checked) -> signed in', async () => {
      const since = Date.now();
      world.written.set('王新警', 'officer name');
      world.written.set('13912345678', 'officer phone');
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
  },
};
