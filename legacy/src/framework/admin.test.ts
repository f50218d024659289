import { EnvError, loadEnv, startLegacy, SYSTEMS, type LegacyServer } from '../index.js';
import { call, head, soapClient } from '../testing/soap-clients.js';

let legacy: LegacyServer;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
}, 30_000);

afterAll(() => legacy?.close());

const get = async (path: string) => {
  const response = await fetch(`${legacy.url}${path}`);
  return { status: response.status, body: (await response.json()) as any };
};
const post = async (path: string, body?: unknown, contentType = 'application/json') => {
  const init: RequestInit = { method: 'POST' };
  if (body !== undefined) Object.assign(init, { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': contentType } });
  const response = await fetch(`${legacy.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as any };
};

describe('admin surface', () => {
  it('GET /__legacy/stats lists every operation, counted per call', async () => {
    await post('/__legacy/reset');
    const client = await soapClient(legacy, 'population');
    await call(client, 'countSameName', { head: head(), body: { name: '王伟' } });
    await call(client, 'countSameName', { head: head(), body: { name: '李娜' } });
    const { status, body } = await get('/__legacy/stats');
    expect(status).toBe(200);
    expect(body).toEqual({
      traffic: { serverHander: 0, queryVehiclesByOwner: 0, queryVehiclesByPlates: 0, queryViolationsByPlates: 0, queryDrivingLicence: 0, recordViolationPayment: 0 },
      population: { queryPersons: 0, countSameName: 2 },
      sms: { sendSms: 0 },
      fugitive: { checkPersons: 0 },
      face: { compareFace: 0, verifyNetworkIdentity: 0 },
      queue: { queryHalls: 0, issueNumber: 0, cancelNumber: 0, callNext: 0, markNumber: 0, checkIn: 0, queueStatus: 0 },
      alipay: {
        'alipay.system.oauth.token': 0,
        'alipay.user.info.share': 0,
        'alipay.trade.wap.pay': 0,
        'alipay.trade.precreate': 0,
        'alipay.trade.query': 0,
        'alipay.trade.close': 0,
        'alipay.trade.refund': 0,
        'alipay.trade.fastpay.refund.query': 0,
        'alipay.data.dataservice.bill.downloadurl.query': 0,
      },
      wechat: {
        '/sns/oauth2/access_token': 0,
        '/sns/userinfo': 0,
        '/v3/pay/transactions/jsapi': 0,
        '/v3/pay/transactions/h5': 0,
        '/v3/pay/transactions/native': 0,
        '/v3/pay/transactions/out-trade-no/{out_trade_no}': 0,
        '/v3/pay/transactions/out-trade-no/{out_trade_no}/close': 0,
        '/v3/refund/domestic/refunds': 0,
        '/v3/refund/domestic/refunds/{out_refund_no}': 0,
        '/v3/bill/tradebill': 0,
        '/v3/billdownload/file': 0,
      },
    });
    expect(legacy.stats()).toEqual(body);
  });

  it('POST /__legacy/faults changes one system and answers its settings', async () => {
    const { status, body } = await post('/__legacy/faults', { system: 'traffic', latencyMs: 10, mode: 'timeout' });
    expect(status).toBe(200);
    expect(body).toEqual({ latencyMs: 10, jitterMs: 0, errorRate: 0, mode: 'timeout' });
    expect((await get('/__legacy/faults')).body.traffic).toEqual(body);
  });

  it('POST /__legacy/faults rejects bad bodies with a 400 JSON error', async () => {
    for (const bad of [{ system: 'nope' }, { system: 'traffic', errorRate: 1.5 }, { system: 'traffic', mode: 'broken' }, { system: 'traffic', extra: 1 }, { latencyMs: 5 }]) {
      const { status, body } = await post('/__legacy/faults', bad);
      expect(status).toBe(400);
      expect(body.error).toBe('INVALID_FAULTS');
    }
    const malformed = await post('/__legacy/faults', '{"system":', 'application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('BAD_REQUEST');
  });

  it('POST /__legacy/reset zeroes counters and restores faults', async () => {
    await post('/__legacy/faults', { system: 'population', errorRate: 1 });
    const { status, body } = await post('/__legacy/reset');
    expect(status).toBe(200);
    expect(body).toEqual({ reset: true });
    expect((await get('/__legacy/faults')).body.population).toEqual({ latencyMs: 0, jitterMs: 0, errorRate: 0, mode: 'normal' });
    expect((await get('/__legacy/stats')).body.population).toEqual({ queryPersons: 0, countSameName: 0 });
  });

  it('GET /__legacy/demo.json and /__legacy/health describe the running stand-ins', async () => {
    const [demo] = (await get('/__legacy/demo.json')).body.citizens;
    expect(demo.idNumber).toBe(legacy.seed.demoCitizen().idNumber);
    expect(demo.vehicles.length).toBeGreaterThanOrEqual(5);
    expect(demo.vehicles.reduce((n: number, v: { unprocessedViolations: number }) => n + v.unprocessedViolations, 0)).toBeGreaterThanOrEqual(1);
    expect((await get('/__legacy/health')).body).toEqual({ ok: true, systems: ['traffic', 'population', 'sms', 'fugitive', 'face', 'queue', 'alipay', 'wechat'] });
  });

  it('answers unknown paths with a JSON 404', async () => {
    expect((await get('/nope')).status).toBe(404);
  });
});

describe('environment', () => {
  it('lists every invalid variable at once', () => {
    const env = { LEGACY_PORT: 'abc', LEGACY_TRAFFIC_MODE: 'sideways', LEGACY_POPULATION_ERROR_RATE: '2', LEGACY_TRAFFIC_SESSION_TTL_SECONDS: '-1' };
    let error: unknown;
    try {
      loadEnv(SYSTEMS, env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join('\n');
    for (const name of Object.keys(env)) expect(problems).toContain(name);
  });

  it('treats blank variables as unset', () => {
    const env = loadEnv(SYSTEMS, { LEGACY_PORT: '', LEGACY_TRAFFIC_MODE: '' });
    expect(env.port).toBe(4900);
    expect(env.faults.get('traffic')!.mode).toBe('normal');
  });
});
