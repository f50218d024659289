import { generateKeyPairSync } from 'node:crypto';
import { ALIPAY_DEV_KEYS, alipayUserIdOf, startLegacy, type LegacyServer } from '../../index.js';
import { readDevKey } from './dev-keys.js';
import { rsa2Sign, rsa2Verify, signContent } from './signing.js';
import { commonParams, postGateway, signAlipayRequest } from './test-client.js';

let legacy: LegacyServer;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const person = () => legacy.seed.persons[7];
const gateway = (method: string, extra: Record<string, string>) => postGateway(legacy.url, signAlipayRequest(commonParams(method, extra)));
const token = (code: string) => gateway('alipay.system.oauth.token', { grant_type: 'authorization_code', code });
const userInfo = (authToken: string) => gateway('alipay.user.info.share', { auth_token: authToken });
/** Every Alipay counter: those given, all other methods at 0. */
const counted = (counts: Record<string, number>) => ({ ...Object.fromEntries(Object.keys(legacy.stats().alipay).map((method) => [method, 0])), ...counts });

describe('RSA2 signing content', () => {
  it('sorts by key, skips sign and empty values, keeps sign_type, leaves values raw', () => {
    const content = signContent({ sign: 'x', method: 'a.b', app_id: '1', empty: '', biz_content: '{"a":"b c&d"}', sign_type: 'RSA2', timestamp: '2026-01-01 00:00:00' });
    expect(content).toBe('app_id=1&biz_content={"a":"b c&d"}&method=a.b&sign_type=RSA2&timestamp=2026-01-01 00:00:00');
  });

  it('uses the committed DEV key pairs', () => {
    const signature = rsa2Sign('hello', readDevKey('appPrivateKeyPath'));
    expect(rsa2Verify('hello', signature, readDevKey('appPublicKeyPath'))).toBe(true);
    expect(rsa2Verify('hello', signature, readDevKey('alipayPublicKeyPath'))).toBe(false);
    expect(ALIPAY_DEV_KEYS.appId).toBe('2021000000000001');
  });
});

describe('alipay.system.oauth.token + alipay.user.info.share', () => {
  it('exchanges an auth code for a token and the certified real-name info, all responses signed', async () => {
    const citizen = person();
    const { authCode, userId } = legacy.alipay.authorize(citizen.idNumber);
    expect(userId).toMatch(/^2088\d{12}$/);
    expect(userId).toBe(alipayUserIdOf(citizen.idNumber));

    const granted = await token(authCode);
    expect(granted.status).toBe(200);
    expect(granted.responseKey).toBe('alipay_system_oauth_token_response');
    expect(granted.signatureValid).toBe(true);
    expect(granted.response).toEqual({
      access_token: expect.stringMatching(/^authusrB[0-9a-f]{32}$/),
      expires_in: expect.any(Number),
      re_expires_in: expect.any(Number),
      refresh_token: expect.stringMatching(/^authusrB/),
      user_id: userId,
    });

    const info = await userInfo(granted.response.access_token);
    expect(info.signatureValid).toBe(true);
    expect(info.response).toEqual({
      code: '10000',
      msg: 'Success',
      user_id: userId,
      user_name: citizen.name,
      cert_type: '0',
      cert_no: citizen.idNumber,
      is_certified: 'T',
      mobile: citizen.phone,
      gender: citizen.gender === '1' ? 'M' : 'F',
    });
    expect(legacy.stats().alipay).toEqual(counted({ 'alipay.system.oauth.token': 1, 'alipay.user.info.share': 1 }));
  });

  it('gives the same person the same user_id every time, and different persons different ones', () => {
    const a = legacy.alipay.authorize(person().idNumber);
    const b = legacy.alipay.authorize(person().idNumber);
    expect(a.userId).toBe(b.userId);
    expect(a.authCode).not.toBe(b.authCode);
    expect(legacy.alipay.authorize(legacy.seed.persons[8].idNumber).userId).not.toBe(a.userId);
  });

  it('accepts a code once: reuse answers 40002 isv.code-invalid', async () => {
    const { authCode } = legacy.alipay.authorize(person().idNumber);
    expect((await token(authCode)).response.access_token).toBeDefined();
    const reused = await token(authCode);
    expect(reused.responseKey).toBe('error_response');
    expect(reused.response).toMatchObject({ code: '40002', sub_code: 'isv.code-invalid' });
    expect(reused.signatureValid).toBe(true);
    expect((await token('0'.repeat(32))).response.sub_code).toBe('isv.code-invalid');
  });

  it('rotates tokens with grant_type=refresh_token', async () => {
    const granted = await token(legacy.alipay.authorize(person().idNumber).authCode);
    const refreshed = await gateway('alipay.system.oauth.token', { grant_type: 'refresh_token', refresh_token: granted.response.refresh_token });
    expect(refreshed.response.user_id).toBe(granted.response.user_id);
    expect((await userInfo(refreshed.response.access_token)).response.code).toBe('10000');
    const again = await gateway('alipay.system.oauth.token', { grant_type: 'refresh_token', refresh_token: granted.response.refresh_token });
    expect(again.response.sub_code).toBe('isv.refresh-token-invalid');
    expect((await gateway('alipay.system.oauth.token', { grant_type: 'password' })).response.sub_code).toBe('isv.grant-type-invalid');
  });

  it('answers user.info.share with an unknown token as 20001 inside its own response', async () => {
    const info = await userInfo('authusrBnope');
    expect(info.responseKey).toBe('alipay_user_info_share_response');
    expect(info.response).toMatchObject({ code: '20001', sub_code: 'aop.invalid-auth-token' });
    expect(info.signatureValid).toBe(true);
  });

  it('makes an unseeded person an Alipay user only with name and mobile', async () => {
    const outsider = '11010519491231002X';
    expect(() => legacy.alipay.authorize(outsider)).toThrow(RangeError);
    expect(() => legacy.alipay.authorize('123')).toThrow(RangeError);
    const { authCode } = legacy.alipay.authorize(outsider, { name: '张三', mobile: '13800138000' });
    const info = await userInfo((await token(authCode)).response.access_token);
    expect(info.response).toMatchObject({ user_name: '张三', cert_no: outsider, mobile: '13800138000' });
  });

  it('takes the common parameters in the query string and the rest in the body, as the SDKs send them', async () => {
    const { authCode } = legacy.alipay.authorize(person().idNumber);
    const signed = signAlipayRequest(commonParams('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode }));
    const { grant_type, code, ...common } = signed;
    const response = await fetch(`${legacy.url}/alipay/gateway.do?${new URLSearchParams(common)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: new URLSearchParams({ grant_type: grant_type, code: code }).toString(),
    });
    expect(((await response.json()) as any).alipay_system_oauth_token_response.user_id).toMatch(/^2088/);
  });
});

describe('request signatures', () => {
  it('refuses a request signed with another key: 40002 isv.invalid-signature in the method response, counted, code not spent', async () => {
    const { authCode } = legacy.alipay.authorize(person().idNumber);
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const params = commonParams('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode });
    const refused = await postGateway(legacy.url, signAlipayRequest(params, stranger.privateKey));
    expect(refused.responseKey).toBe('alipay_system_oauth_token_response');
    expect(refused.response).toMatchObject({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature' });
    expect(refused.response.sub_msg).toContain(signContent(params));
    expect(refused.signatureValid).toBe(true);
    expect(legacy.stats().alipay['alipay.system.oauth.token']).toBe(1);
    expect((await token(authCode)).response.access_token).toBeDefined();
  });

  it('refuses a correctly signed request whose parameters were changed afterwards', async () => {
    const signed = signAlipayRequest(commonParams('alipay.user.info.share', { auth_token: 'a' }));
    const tampered = await postGateway(legacy.url, { ...signed, auth_token: 'b' });
    expect(tampered.response.sub_code).toBe('isv.invalid-signature');
    const unsigned = await postGateway(legacy.url, { ...signed, sign: '' });
    expect(unsigned.response).toMatchObject({ code: '40001', sub_code: 'isv.missing-signature' });
  });

  it('checks the common parameters', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ app_id: '2021000000000002' }, 'isv.invalid-app-id'],
      [{ sign_type: 'RSA' }, 'isv.invalid-signature-type'],
      [{ timestamp: '2026/01/01 00:00' }, 'isv.invalid-timestamp'],
      [{ version: '2.0' }, 'isv.invalid-parameter'],
      [{ charset: 'GBK' }, 'isv.invalid-charset'],
    ];
    for (const [change, subCode] of cases) {
      const answer = await postGateway(legacy.url, signAlipayRequest({ ...commonParams('alipay.user.info.share', { auth_token: 'a' }), ...change }));
      expect([change, answer.responseKey, answer.response.sub_code]).toEqual([change, 'alipay_user_info_share_response', subCode]);
    }
  });

  it('answers a missing or unknown method without counting it', async () => {
    const before = legacy.stats().alipay;
    const unknown = await postGateway(legacy.url, signAlipayRequest(commonParams('alipay.trade.pay')));
    expect(unknown.json.error_response).toMatchObject({ code: '40002', sub_code: 'isv.invalid-method' });
    const { method: _, ...withoutMethod } = commonParams('x');
    expect((await postGateway(legacy.url, signAlipayRequest(withoutMethod))).json.error_response.sub_code).toBe('isv.missing-method');
    expect(legacy.stats().alipay).toEqual(before);
  });
});

describe('faults', () => {
  it('errorRate answers 20000 isp.unknow-error (系统繁忙) in the method response, counted', async () => {
    legacy.setFaults({ system: 'alipay', errorRate: 1 });
    const answer = await userInfo('a');
    expect(answer.status).toBe(200);
    expect(answer.json.alipay_user_info_share_response).toMatchObject({ code: '20000', sub_code: 'isp.unknow-error', sub_msg: '系统繁忙' });
    expect(answer.signatureValid).toBe(true);
    expect(legacy.stats().alipay['alipay.user.info.share']).toBe(1);
  });

  it('down answers the 503 page uncounted; timeout holds the request until the caller gives up', async () => {
    legacy.setFaults({ system: 'alipay', mode: 'down' });
    const down = await fetch(`${legacy.url}/alipay/gateway.do`, { method: 'POST' });
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toMatch(/^text\/html/);
    legacy.setFaults({ system: 'alipay', mode: 'timeout' });
    const held = fetch(`${legacy.url}/alipay/gateway.do`, { method: 'POST', signal: AbortSignal.timeout(200) });
    await expect(held).rejects.toThrow();
    expect(legacy.stats().alipay).toEqual(counted({}));
    expect(legacy.stats().alipay['alipay.trade.precreate']).toBe(0);
  });

  it('latency delays the answer', async () => {
    legacy.setFaults({ system: 'alipay', latencyMs: 300 });
    const started = performance.now();
    await userInfo('a');
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });
});

describe('admin and reset', () => {
  it('POST /__legacy/alipay/authorize answers an auth code for a seeded person, 400 otherwise', async () => {
    const post = (body: unknown) =>
      fetch(`${legacy.url}/__legacy/alipay/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as any,
      }));
    const ok = await post({ idNumber: person().idNumber });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ authCode: expect.stringMatching(/^[0-9a-f]{32}$/), userId: alipayUserIdOf(person().idNumber) });
    expect((await token(ok.body.authCode)).response.user_id).toBe(ok.body.userId);
    expect(await post({ idNumber: '11010519491231002X' })).toMatchObject({ status: 400, body: { error: 'INVALID_REQUEST' } });
    expect((await post({})).status).toBe(400);
  });

  it('reset() forgets codes and tokens', async () => {
    const { authCode } = legacy.alipay.authorize(person().idNumber);
    const granted = await token(legacy.alipay.authorize(person().idNumber).authCode);
    legacy.reset();
    expect((await token(authCode)).response.sub_code).toBe('isv.code-invalid');
    expect((await userInfo(granted.response.access_token)).response.sub_code).toBe('aop.invalid-auth-token');
  });
});

describe('code expiry', () => {
  it('refuses a code after LEGACY_ALIPAY_CODE_TTL_SECONDS', async () => {
    const short = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { LEGACY_ALIPAY_CODE_TTL_SECONDS: '0.05' } });
    try {
      const { authCode } = short.alipay.authorize(short.seed.persons[0].idNumber);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const answer = await postGateway(short.url, signAlipayRequest(commonParams('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode })));
      expect(answer.response.sub_code).toBe('isv.code-invalid');
    } finally {
      await short.close();
    }
  });
});
