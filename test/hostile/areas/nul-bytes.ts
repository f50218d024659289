import { OfficerKit } from '../../kit/officers.js';
import type { HostileArea } from '../hostile-world.js';

const NUL = '\u0000';

/**
 * Issue 7 item 15: a NUL character in any string input reached PostgreSQL (error 22021) and came back as
 * INTERNAL_SERVER_ERROR. Refused as input in one place (the kit, on every field's coerced arguments):
 * queries answer BAD_USER_INPUT, mutations with an `error` payload return it there; never a 500.
 */
export const nulBytes: HostileArea = {
  title: 'NUL characters in string input (item 15)',
  define(world) {
    const expectQueryRefused = (body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }) => {
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_INVALID' });
      expect(body.errors?.[0]?.message).toBe('输入内容不能包含空字符');
      expect(JSON.stringify(body)).not.toContain('INTERNAL_SERVER_ERROR');
    };

    it('refuses a NUL in a query variable and in a literal escape (officer look-ups that reach the database)', async () => {
      const token = await new OfficerKit(world.stack).demo('auditadmin');
      const variable = await world.stack.graphql(`query($a: String) { auditEntries(after: $a, first: 5) { nodes { id } } }`, { a: `x${NUL}y` }, token);
      expect(variable.status).toBe(200);
      expectQueryRefused(variable.body);
      const nested = await world.stack.graphql(`query($f: AuditEntryFilter) { auditEntries(first: 5, filter: $f) { nodes { id } } }`, { f: { actorId: `a${NUL}` } }, token);
      expectQueryRefused(nested.body);
      expect(nested.body.errors?.[0]?.extensions?.field).toBe('filter.actorId');
      const literal = await world.stack.graphql(`{ auditEntries(after: "x\\u0000", first: 5) { nodes { id } } }`, {}, token);
      expectQueryRefused(literal.body);
    });

    it('returns a NUL in a mutation’s input in its payload error, for anonymous sign-in paths too', async () => {
      const signIn = await world.stack.graphql(
        `mutation($u: String!) { officerSignIn(username: $u, password: "Wrong-password-1", totp: "000000") { token error { code message field } } }`,
        { u: `nobody${NUL}` },
      );
      expect(signIn.body.errors).toBeUndefined();
      expect(signIn.body.data.officerSignIn).toMatchObject({ token: null, error: { code: 'TEXT_INVALID', message: '输入内容不能包含空字符', field: 'username' } });
      const wechat = await world.stack.graphql(`mutation($c: String!) { signInWithWechat(code: $c) { token error { code field } } }`, { c: `code${NUL}` });
      expect(wechat.body.data.signInWithWechat.error).toEqual({ code: 'TEXT_INVALID', field: 'code' });
      const sms = await world.stack.graphql(`mutation($p: String!) { requestSmsCode(phone: $p) { sent error { code field } } }`, { p: `1380013800${NUL}` });
      expect(sms.body.data.requestSmsCode.error).toEqual({ code: 'TEXT_INVALID', field: 'phone' });
    });

    it('refuses a NUL sent straight to a subgraph (signed like the gateway), not only through the gateway', async () => {
      const body = await new OfficerKit(world.stack).direct(`mutation($u: String!) { officerSignIn(username: $u, password: "x", totp: "000000") { error { code field } } }`, { u: NUL });
      expect(body.data.officerSignIn.error).toEqual({ code: 'TEXT_INVALID', field: 'username' });
    });
  },
};
