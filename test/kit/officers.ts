import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import { signCaller } from '@jingtong/kit';
import { Secret, TOTP } from 'otpauth';
import { TEST_SECRET, type Stack } from './stack.js';

const PERIOD_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type DemoOfficer = (typeof DEMO_OFFICERS)[number]['username'];

export interface TestOfficer {
  id: string;
  username: string;
  password: string;
  secret: string;
  token: string;
}

const totpCode = (secret: string, step: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * PERIOD_MS });

/** The session id inside an officer token (for the internal touch route). */
export const sidOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sid;

/**
 * Officers for integration tests: codes computed like an authenticator app does, the console's sign-in
 * and onboarding flows, and the internal routes the gateway calls.
 */
export class OfficerKit {
  /** Identity accepts each 30-second step once per account; remember which ones we have used. */
  private readonly lastStep = new Map<string, number>();
  private readonly demoTokens = new Map<string, Promise<string>>();
  private counter = 0;

  constructor(private readonly stack: Stack) {}

  /**
   * A code for a step this account has not used yet: the previous, current or next step (identity accepts
   * one step either side). Only when all three are used do we wait for the clock.
   */
  async code(username: string, secret: string): Promise<string> {
    for (;;) {
      const now = Date.now();
      const step = Math.floor(now / PERIOD_MS);
      const into = now % PERIOD_MS;
      // The previous step is only safe well before the boundary (identity must still see this step).
      const candidates = [into < PERIOD_MS - 5_000 ? step - 1 : null, step, step + 1].filter((s): s is number => s !== null);
      const last = this.lastStep.get(username) ?? -Infinity;
      const pick = candidates.find((s) => s > last);
      if (pick !== undefined) {
        this.lastStep.set(username, pick);
        return totpCode(secret, pick);
      }
      await sleep(PERIOD_MS - into + 50);
    }
  }

  /**
   * The current step's code without using it up: for an attempt the test expects refused before the code is
   * checked (a throttled source, a locked account), where identity consumes no step — so the wait for a fresh
   * step that `code()` would need later is saved.
   */
  unusedCode(secret: string): string {
    return totpCode(secret, Math.floor(Date.now() / PERIOD_MS));
  }

  /** Six digits that are none of the codes identity would accept right now. */
  wrongCode(secret: string): string {
    const step = Math.floor(Date.now() / PERIOD_MS);
    const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpCode(secret, step + d)));
    for (let n = 0; ; n++) {
      const candidate = String((123456 + n * 7919) % 1_000_000).padStart(6, '0');
      if (!valid.has(candidate)) return candidate;
    }
  }

  async signIn(username: string, password: string, totp: string) {
    const { body } = await this.stack.graphql(
      `mutation($u: String!, $p: String!, $t: String!) { officerSignIn(username: $u, password: $p, totp: $t) { token expiresAt mustChangePassword enrolmentTicket error { code message } } }`,
      { u: username, p: password, t: totp },
    );
    if (body.errors) throw new Error(`officerSignIn failed: ${JSON.stringify(body.errors)}`);
    return body.data.officerSignIn as { token: string | null; expiresAt: string | null; mustChangePassword: boolean; enrolmentTicket: string | null; error: { code: string; message: string } | null };
  }

  /** A seeded demo officer's token (signed in once per kit: each sign-in uses up a TOTP step). */
  demo(username: DemoOfficer): Promise<string> {
    let token = this.demoTokens.get(username);
    if (!token) {
      const officer = DEMO_OFFICERS.find((o) => o.username === username)!;
      token = this.code(username, officer.totpSecret).then(async (code) => {
        const result = await this.signIn(username, DEMO_OFFICER_PASSWORD, code);
        if (!result.token) throw new Error(`demo sign-in of ${username} failed: ${JSON.stringify(result.error)}`);
        return result.token;
      });
      this.demoTokens.set(username, token);
    }
    return token;
  }

  /** A mobile number no other test officer has: its texts (one-time passwords, lock notices) are this officer's alone. */
  uniquePhone(): string {
    return `139${String(Date.now() % 1e5).padStart(5, '0')}${String(this.counter++ % 1000).padStart(3, '0')}`;
  }

  /**
   * The one-time password texted to `phone` after `since` (the SMS stand-in's outbox, as the officer's
   * phone would show it): the jobs that send it are run until it arrives.
   */
  async oneTimePassword(phone: string, since: number): Promise<string> {
    const until = Date.now() + 15_000;
    for (;;) {
      const text = this.stack.legacy.sms.sent(phone).find((m) => Date.parse(m.sentAt) >= since && /密码为 /.test(m.content));
      const password = text?.content.match(/密码为 (\S+)，/)?.[1];
      if (password) return password;
      if (Date.now() > until) throw new Error(`no one-time password texted to ${phone}`);
      await this.stack.drainJobs();
      await sleep(50);
    }
  }

  /**
   * A new officer the way the console makes one: the system administrator creates the account, the officer
   * receives the one-time password by SMS, signs in with it, enrols an authenticator, sets their own
   * password, and is signed in.
   */
  async create(options: { unitCode?: string; roles?: string[]; username?: string; phone?: string } = {}): Promise<TestOfficer & { phone: string }> {
    const username = options.username ?? `officer${Date.now().toString(36)}${(this.counter++).toString(36)}`;
    const phone = options.phone ?? this.uniquePhone();
    const since = Date.now();
    const created = await this.stack.graphql(
      `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { officer { id } oneTimePasswordSentTo error { code message } } }`,
      { input: { username, name: '测试民警', phone, unitCode: options.unitCode ?? '411002000000', roles: options.roles ?? ['WINDOW_OFFICER'] } },
      await this.demo('sysadmin'),
    );
    const payload = created.body.data?.createOfficer;
    if (!payload?.officer) throw new Error(`createOfficer failed: ${JSON.stringify(created.body)}`);
    const initialPassword = await this.oneTimePassword(phone, since);

    const first = await this.signIn(username, initialPassword, '');
    if (first.error?.code !== 'TOTP_ENROLMENT_REQUIRED') throw new Error(`expected enrolment: ${JSON.stringify(first)}`);
    const enrolled = await this.stack.graphql(`mutation($t: String!) { enrolTotp(ticket: $t) { secret error { code } } }`, { t: first.enrolmentTicket });
    const secret = enrolled.body.data.enrolTotp.secret as string;
    const confirmed = await this.stack.graphql(`mutation($t: String!, $c: String!) { confirmTotp(ticket: $t, code: $c) { error { code } } }`, {
      t: first.enrolmentTicket,
      c: await this.code(username, secret),
    });
    if (confirmed.body.data.confirmTotp.error?.code !== 'PASSWORD_EXPIRED') throw new Error(`expected PASSWORD_EXPIRED: ${JSON.stringify(confirmed.body)}`);

    const password = `Xc-${Math.random().toString(36).slice(2, 10)}-Pw2026`;
    const changed = await this.stack.graphql(
      `mutation($u: String!, $c: String!, $n: String!, $t: String!) { changeExpiredPassword(username: $u, currentPassword: $c, newPassword: $n, totp: $t) { token error { code message } } }`,
      { u: username, c: initialPassword, n: password, t: await this.code(username, secret) },
    );
    const token = changed.body.data?.changeExpiredPassword?.token;
    if (!token) throw new Error(`changeExpiredPassword failed: ${JSON.stringify(changed.body)}`);
    return { id: payload.officer.id, username, password, secret, token, phone };
  }

  /** SECURITY_ADMIN grants roles (administrator roles can only be had this way). */
  async grant(officerId: string, roles: string[]) {
    const { body } = await this.stack.graphql(
      `mutation($id: ID!, $roles: [OfficerRole!]!) { updateOfficerRoles(officerId: $id, roles: $roles) { officer { roles } error { code message } } }`,
      { id: officerId, roles },
      await this.demo('secadmin'),
    );
    return body.data.updateOfficerRoles as { officer: { roles: string[] } | null; error: { code: string; message: string } | null };
  }

  /** Audit rows as the audit administrator sees them. */
  async auditEntries(filter: Record<string, unknown>, first = 100) {
    const { body } = await this.stack.graphql(
      `query($f: AuditEntryFilter, $first: Int!) { auditEntries(filter: $f, first: $first) { nodes { id action actorKind actorId targetKind targetId details archived } hasNextPage endCursor } }`,
      { f: filter, first },
      await this.demo('auditadmin'),
    );
    if (body.errors) throw new Error(`auditEntries failed: ${JSON.stringify(body.errors)}`);
    return body.data.auditEntries.nodes as Array<{ id: string; action: string; actorKind: string; actorId: string | null; targetKind: string | null; targetId: string | null; details: string | null; archived: boolean }>;
  }

  /** POST to one of identity's internal routes as the gateway does (signed), or unsigned. */
  async internal(path: string, payload: unknown, signed = true) {
    const body = JSON.stringify(payload);
    const res = await fetch(`${this.stack.identityUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signed ? { 'x-jt-caller': signCaller({ kind: 'anonymous', requestId: `test-${Date.now()}`, channel: 'direct' }, TEST_SECRET, body) } : {}),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  /** A document sent straight to identity, signed like the gateway signs, bypassing the gateway's own limits. */
  async direct(query: string, variables: Record<string, unknown> = {}) {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(this.stack.subgraphUrls.identity, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'anonymous', requestId: `test-${Date.now()}`, channel: 'direct' }, TEST_SECRET, body) },
      body,
    });
    return (await res.json()) as any;
  }
}

const kits = new WeakMap<Stack, OfficerKit>();
/** One kit per stack for suites whose areas share it: identity takes each TOTP step once per account, across kits too. */
export function sharedOfficerKit(stack: Stack): OfficerKit {
  const kit = kits.get(stack) ?? new OfficerKit(stack);
  kits.set(stack, kit);
  return kit;
}
