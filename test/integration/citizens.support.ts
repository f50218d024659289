import type { Person } from '@jingtong/legacy';
import { sql } from '@jingtong/kit';
import type { Stack } from '../kit/stack.js';

/** The documents a citizen's H5 page and an officer's console send, and small helpers around them. */
export const Q = {
  alipay: `mutation($c: String!) { signInWithAlipay(authCode: $c) { token expiresAt error { code message } } }`,
  wechat: `mutation($c: String!) { signInWithWechat(code: $c) { token expiresAt error { code message } } }`,
  requestCode: `mutation($p: String!, $purpose: SmsCodePurpose) { requestSmsCode(phone: $p, purpose: $purpose) { sent retryAfterSeconds error { code message field } } }`,
  phone: `mutation($p: String!, $c: String!) { signInWithPhone(phone: $p, code: $c) { token expiresAt error { code message } } }`,
  basic: `mutation($i: BasicRealNameInput!) { verifyRealNameBasic(input: $i) { level method verifiedAt token error { code message field } } }`,
  face: `mutation($i: FaceRealNameInput!) { verifyRealNameByFace(input: $i) { level method token error { code message } } }`,
  networkPassword: `mutation($p: String!) { verifyRealNameByNetworkPassword(password: $p) { level method token error { code message } } }`,
  networkIdentity: `mutation($c: String!, $p: String!) { verifyNetworkIdentity(networkIdCode: $c, password: $p) { level method token error { code message } } }`,
  me: `{ me { id assuranceLevel name idNumber phone realName { level method phoneMatched } channels { channel } } }`,
  bindVehicle: `mutation($p: String!) { bindVehicle(plate: $p) { bindings { vehicles { plate } } error { code message field } } }`,
  unbindVehicle: `mutation($p: String!) { unbindVehicle(plate: $p) { bindings { vehicles { plate } } error { code message field } } }`,
  bindLicence: `mutation($l: String!, $f: String!) { bindDrivingLicence(licenceNumber: $l, fileNumber: $f) { bindings { drivingLicence { licenceNumber fileNumber } } error { code message } } }`,
  unbindLicence: `mutation { unbindDrivingLicence { bindings { drivingLicence { licenceNumber } } error { code message } } }`,
  myBindings: `{ myBindings { drivingLicence { licenceNumber fileNumber boundAt } vehicles { plate boundAt } } }`,
  vehicles: `{ me { vehicles { plate violations { id } } } }`,
  licence: `{ me { drivingLicence { licenceNumber fileNumber vehicleClass validUntil points status } } }`,
  alerts: `query($s: AlertStatus) { fugitiveAlerts(status: $s) { id status caseNumber wantedBy category unitCode idNumber citizen { id } } }`,
};

/** Some Chinese: every message a citizen or officer reads is in Chinese. */
export const CHINESE = /[\u4e00-\u9fa5]/;

type Stats = Record<string, Record<string, number>>;
/** How many calls of `system.op` the stand-ins counted between two `stack.legacy.stats()`. */
export const delta = (before: Stats, after: Stats, system: string, op: string) => (after[system]?.[op] ?? 0) - (before[system]?.[op] ?? 0);

export const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string; acr: number; kind: string };

export const masked = {
  idNumber: (v: string) => `${v.slice(0, 4)}${'*'.repeat(10)}${v.slice(-4)}`,
  name: (v: string) => [...v][0] + '*'.repeat([...v].length - 1),
  phone: (v: string) => `${v.slice(0, 3)}****${v.slice(-4)}`,
};

/** A stack's seeded persons handed out one at a time, so no test shares a person (or a phone's SMS limits) with another. */
export class People {
  private next = 200;
  private readonly fugitives: Set<string>;

  constructor(private readonly stack: Stack) {
    this.fugitives = new Set(stack.legacy.seed.fugitives());
  }

  take(accept: (p: Person) => boolean = () => true): Person {
    const { persons } = this.stack.legacy.seed;
    const demo = this.stack.legacy.seed.demoCitizen().idNumber;
    while (this.next < persons.length) {
      const p = persons[this.next++];
      if (!this.fugitives.has(p.idNumber) && p.idNumber !== demo && accept(p)) return p;
    }
    throw new Error('no seeded person left');
  }

  /** A fugitive (listed in the comparison system) whose region has / has not a unit of its own. */
  fugitive(region?: string): Person {
    // Each test gets a fugitive of its own (a citizen's alerts would otherwise carry over between tests).
    const id = this.stack.legacy.seed.fugitives().find((f) => !this.usedFugitives.has(f) && (region ? f.startsWith(region) : !f.startsWith('411002') && !f.startsWith('411003')));
    if (!id) throw new Error(`no seeded fugitive left for ${region ?? 'outside the districts'}`);
    this.usedFugitives.add(id);
    return this.stack.legacy.seed.personById(id)!;
  }

  private readonly usedFugitives = new Set<string>();
}

/** A tiny client for one citizen: the token changes after real-name verification. */
export class CitizenSession {
  constructor(
    private readonly stack: Stack,
    public token: string,
  ) {}

  gql(query: string, variables?: Record<string, unknown>) {
    return this.stack.graphql(query, variables, this.token);
  }

  async me() {
    const { body } = await this.gql(Q.me);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.me;
  }

  /** Level 1 with an SMS code to `phone` (default: the register's phone). Adopts the new token. */
  async verifyBasic(person: Person, phone = person.phone) {
    const sent = await this.gql(Q.requestCode, { p: phone, purpose: 'REAL_NAME' });
    if (!sent.body.data?.requestSmsCode?.sent) throw new Error(`no code: ${JSON.stringify(sent.body)}`);
    const result = await this.gql(Q.basic, { i: { name: person.name, idNumber: person.idNumber, phone, smsCode: lastCode(this.stack, phone) } });
    const payload = result.body.data?.verifyRealNameBasic;
    if (payload?.token) this.token = payload.token;
    return payload;
  }
}

export function lastCode(stack: Stack, phone: string): string {
  const latest = stack.legacy.sms.sent(phone)[0];
  const code = latest && /验证码为(\d{6})/.exec(latest.content)?.[1];
  if (!code) throw new Error(`no code texted to ${phone}`);
  return code;
}

export async function alipaySignIn(stack: Stack, person: Person) {
  const { authCode } = stack.legacy.alipay.authorize(person.idNumber);
  const { body } = await stack.graphql(Q.alipay, { c: authCode });
  return body.data?.signInWithAlipay as { token: string | null; expiresAt: string | null; error: { code: string; message: string } | null };
}

export async function wechatSignIn(stack: Stack, wechatUser: string) {
  const { code } = stack.legacy.wechat.authorize(wechatUser);
  const { body } = await stack.graphql(Q.wechat, { c: code });
  return body.data?.signInWithWechat as { token: string | null; error: { code: string } | null };
}

export async function phoneSignIn(stack: Stack, phone: string) {
  await stack.graphql(Q.requestCode, { p: phone });
  const { body } = await stack.graphql(Q.phone, { p: phone, c: lastCode(stack, phone) });
  return body.data?.signInWithPhone as { token: string | null; error: { code: string } | null };
}

/** Audit rows of identity (the hash-chained table), newest first. */
export async function auditRows(stack: Stack, action: string) {
  const { rows } = await sql<{ action: string; actor_kind: string; actor_id: string | null; target_kind: string | null; target_id: string | null; field: string | null; purpose: string | null; request_id: string; details: string | null; at: Date }>`
    select action, actor_kind, actor_id, target_kind, target_id, field, purpose, request_id, details, at from audit_log where action = ${action} order by id desc`.execute(
    stack.identityDeps.database.db,
  );
  return rows;
}

/** Waits (bounded) for something done beside a request, e.g. the fugitive check after a verification. */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
