import { type OfficerKit, sharedOfficerKit, type TestOfficer } from '../../kit/officers.js';
import type { HostileArea } from '../hostile-world.js';

const SIGN_IN = `mutation($u: String!, $p: String!, $t: String!) { officerSignIn(username: $u, password: $p, totp: $t) { token error { code message } } }`;
const WRONG = 'Wrong-Passw0rd-2026';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let ipCounter = 0;
/** A fresh client address each call (the test process is the trusted loopback proxy of the stack's gateway). */
const stranger = () => `203.0.113.${(ipCounter++ % 200) + 20}`;

/**
 * Issue 7 item 6: the lockout neither tells which officer names exist nor lets an anonymous attacker
 * lock an officer out. One answer and one cost for every failure; throttling per source and name; a
 * lock set by strangers spares the sources the officer signs in from; the officer is texted.
 */
export const officerLockout: HostileArea = {
  title: 'officer enumeration and lockout abuse (issue 7 item 6)',
  define(world) {
    let kit: OfficerKit;
    const attempt = async (username: string, ip: string, password = WRONG, totp = '000000') => {
      const started = performance.now();
      const { body } = await world.stack.graphql(SIGN_IN, { u: username, p: password, t: totp }, undefined, { 'x-forwarded-for': ip });
      return { code: body.data?.officerSignIn?.error?.code ?? (body.data?.officerSignIn?.token ? 'TOKEN' : JSON.stringify(body)), ms: performance.now() - started };
    };
    const lockFromStrangers = async (officer: TestOfficer) => {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt(officer.username, stranger())).code);
      return codes;
    };
    beforeAll(() => {
      kit = sharedOfficerKit(world.stack);
    }, 90_000);

    it('answers an unknown name and an existing (even locked) one alike, at the same cost', async () => {
      const officer = await kit.create();
      // Five strangers lock the account: none of them is told so.
      expect(await lockFromStrangers(officer)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      const locked: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        const real = await attempt(officer.username, stranger());
        const nobody = await attempt(`nobody.${officer.username}`, stranger());
        expect([real.code, nobody.code]).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
        locked.push(real.ms);
        unknown.push(nobody.ms);
      }
      // A locked account still costs a password hash (it used to answer at once).
      expect(median(locked)).toBeGreaterThan(median(unknown) * 0.5);
      // Even the right password and code from a stranger's address read like any failure.
      const right = await attempt(officer.username, stranger(), officer.password, kit.unusedCode(officer.secret));
      expect(right.code).toBe('INVALID_CREDENTIALS');
    }, 90_000);

    it("does not let strangers lock an officer out of their own desk, and texts the officer", async () => {
      const officer = await kit.create();
      const since = Date.now();
      await lockFromStrangers(officer);
      // The officer's own address (they signed in from it): both factors still work.
      const own = await kit.signIn(officer.username, officer.password, await kit.code(officer.username, officer.secret));
      expect(own.error).toBeNull();
      expect(own.token).toEqual(expect.any(String));
      await world.stack.drainJobs();
      const texts = world.stack.legacy.sms.sent(officer.phone).filter((m) => Date.parse(m.sentAt) >= since - 1000);
      expect(texts.some((m) => m.content.includes('连续登录失败'))).toBe(true);
    }, 90_000);

    it('throttles one source against one name progressively, whether the name exists or not', async () => {
      const officer = await kit.create();
      const attacker = stranger();
      const other = stranger();
      const real = [];
      const nobody = [];
      for (let i = 0; i < 6; i++) {
        real.push((await attempt(officer.username, attacker)).code);
        nobody.push((await attempt(`ghost.${officer.username}`, other)).code);
      }
      expect(real).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'SIGN_IN_THROTTLED']);
      expect(nobody).toEqual(real);
      // The throttled source is refused even with both factors; the officer at their desk is not.
      expect((await attempt(officer.username, attacker, officer.password, kit.unusedCode(officer.secret))).code).toBe('SIGN_IN_THROTTLED');
      expect((await kit.signIn(officer.username, officer.password, await kit.code(officer.username, officer.secret))).token).toEqual(expect.any(String));
    }, 90_000);
  },
};
