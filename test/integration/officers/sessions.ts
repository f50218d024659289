import { type OfficerKit, sidOf } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import { CURRENT_OFFICER, type OfficersPart, signInCodeOf } from './officers-world.js';

/** Idle sessions end, and at once on sign-out or when the account is disabled. */
export const sessions: OfficersPart = {
  title: 'sessions',
  define(world) {
    let stack: Stack;
    let kit: OfficerKit;
    beforeAll(() => {
      ({ stack, kit } = world);
    });
    const signInCode = (username: string, password: string, totp: string, from?: string) => signInCodeOf(stack, username, password, totp, from);

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
  },
};
