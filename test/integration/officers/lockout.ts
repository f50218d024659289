import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import { CURRENT_OFFICER, type OfficersPart, SIGN_IN, signInCodeOf } from './officers-world.js';

/** Five failures lock an account, however they are sent; the security administrator lifts a lock and resets. */
export const lockout: OfficersPart = {
  title: 'lockout and reset',
  define(world) {
    let stack: Stack;
    let kit: OfficerKit;
    beforeAll(() => {
      ({ stack, kit } = world);
    });
    const signInCode = (username: string, password: string, totp: string, from?: string) => signInCodeOf(stack, username, password, totp, from);

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
  },
};
