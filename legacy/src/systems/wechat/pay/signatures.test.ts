import { generateKeyPairSync } from 'node:crypto';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, type LegacyServer } from '../../../index.js';
import { merchantClient, startPayStandIn } from './pay-test-kit.js';
import { authorization, callV3, type SigningOverrides } from './test-merchant.js';

let legacy: LegacyServer;

beforeAll(async () => {
  ({ legacy } = await startPayStandIn());
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const body = (outTradeNo: string) => ({
  appid: WECHAT_DEV_APP.appId,
  mchid: WECHATPAY_DEV_KEYS.mchid,
  description: '交通违法罚款',
  out_trade_no: outTradeNo,
  notify_url: 'http://127.0.0.1:9/notify',
  amount: { total: 100, currency: 'CNY' },
});
const native = (outTradeNo: string, overrides?: SigningOverrides) => callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/native', body(outTradeNo), overrides);
const otherKey = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe("the merchant's request signature", () => {
  it('a correctly signed request is served, and the answer is signed with the 微信支付公钥 id', async () => {
    const answer = await native('JTSG000001');
    expect(answer.status).toBe(200);
    expect(answer.signatureValid).toBe(true);
    expect(answer.headers.get('wechatpay-serial')).toBe(WECHATPAY_DEV_KEYS.publicKeyId);
    expect(Number(answer.headers.get('wechatpay-timestamp'))).toBeCloseTo(Date.now() / 1000, -1);
    expect(answer.headers.get('wechatpay-nonce')).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it.each<[string, SigningOverrides]>([
    ['another private key', { privateKeyPem: otherKey() }],
    ['a body changed after signing', { signedBody: JSON.stringify(body('JTSG000099')) }],
    ['a timestamp 305 s old', { timestamp: Math.floor(Date.now() / 1000) - 305 }],
    ['a timestamp 305 s ahead', { timestamp: Math.floor(Date.now() / 1000) + 305 }],
    ['an unknown certificate serial', { serial: '1234567890ABCDEF1234567890ABCDEF12345678' }],
    ['another mchid', { mchid: '1900000999' }],
  ])('is refused 401 SIGN_ERROR with %s, signed, nothing created', async (_case, overrides) => {
    const answer = await native('JTSG000002', overrides);
    expect({ status: answer.status, code: answer.json?.code, signed: answer.signatureValid }).toEqual({ status: 401, code: 'SIGN_ERROR', signed: true });
    expect(answer.json.message).toEqual(expect.any(String));
    expect((await merchantClient(legacy).query('JTSG000002')).status).toBe('NOT_FOUND');
  });

  it('a timestamp 295 s old is still accepted', async () => {
    expect((await native('JTSG000003', { timestamp: Math.floor(Date.now() / 1000) - 295 })).status).toBe(200);
  });

  it('covers the query string: a GET signed for another mchid parameter is refused', async () => {
    const url = `/wechat/v3/pay/transactions/out-trade-no/JTSG000004?mchid=${WECHATPAY_DEV_KEYS.mchid}`;
    const response = await fetch(`${legacy.url}${url}`, { headers: { authorization: authorization('GET', `${url}0`, '') } });
    expect(response.status).toBe(401);
    const missing = await fetch(`${legacy.url}${url}`);
    expect(((await missing.json()) as { code: string }).code).toBe('SIGN_ERROR');
  });

  it('the client turns a refused signature into LEGACY_FAULT (our configuration is wrong)', async () => {
    const client = merchantClient(legacy, { merchantPrivateKeyPem: otherKey() });
    await expect(client.query('JTSG000005')).rejects.toMatchObject({ extensions: { code: 'LEGACY_FAULT', system: 'wechat' } });
  });
});

describe('platform limits and faults', () => {
  it('more calls in one second than LEGACY_WECHAT_PAY_CALLS_PER_SECOND: 429 FREQUENCY_LIMITED, LEGACY_UNAVAILABLE for the client', async () => {
    const limited = await startPayStandIn({ LEGACY_WECHAT_PAY_CALLS_PER_SECOND: '2' });
    try {
      const client = merchantClient(limited.legacy);
      await client.query('JTFL000001');
      await client.query('JTFL000001');
      const third = await callV3(limited.legacy.url, 'GET', `/wechat/v3/pay/transactions/out-trade-no/JTFL000001?mchid=${WECHATPAY_DEV_KEYS.mchid}`);
      expect({ status: third.status, code: third.json.code, signed: third.signatureValid }).toEqual({ status: 429, code: 'FREQUENCY_LIMITED', signed: true });
      await expect(client.query('JTFL000001')).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect((await client.query('JTFL000001')).status).toBe('NOT_FOUND');
    } finally {
      await limited.legacy.close();
    }
  });

  it('errorRate answers 500 SYSTEM_ERROR, signed; down answers the 503 page; the client says LEGACY_UNAVAILABLE', async () => {
    legacy.setFaults({ system: 'wechat', errorRate: 1 });
    const failed = await native('JTFA000001');
    expect({ status: failed.status, code: failed.json.code, signed: failed.signatureValid }).toEqual({ status: 500, code: 'SYSTEM_ERROR', signed: true });
    await expect(merchantClient(legacy).query('JTFA000001')).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
    legacy.setFaults({ system: 'wechat', errorRate: 0, mode: 'down' });
    await expect(merchantClient(legacy).query('JTFA000001')).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
  });

  it('timeout holds the call: LEGACY_TIMEOUT after the client deadline', async () => {
    legacy.setFaults({ system: 'wechat', mode: 'timeout' });
    await expect(merchantClient(legacy, { timeoutMs: 200 }).query('JTFA000002')).rejects.toMatchObject({ extensions: { code: 'LEGACY_TIMEOUT' } });
  });
});
