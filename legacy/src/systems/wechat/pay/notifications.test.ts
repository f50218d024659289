import { createPrivateKey } from 'node:crypto';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, type LegacyServer } from '../../../index.js';
import { readDevKey } from './dev-keys.js';
import { merchantClient, order, startMerchant, startPayStandIn, until, type Delivery, type WechatInstance } from './pay-test-kit.js';
import { platformHeaders } from './signing.js';

let legacy: LegacyServer;
let instance: WechatInstance;

beforeAll(async () => {
  ({ legacy, instance } = await startPayStandIn());
}, 30_000);

afterEach(async () => {
  await instance.notifications.settled();
  legacy.reset();
});

afterAll(() => legacy?.close());

const client = () => merchantClient(legacy);
const platform = { publicKeyId: WECHATPAY_DEV_KEYS.publicKeyId, privateKey: createPrivateKey(readDevKey('platformPrivateKeyPath')) };
const verify = (delivery: Delivery) => client().verifyNotification(delivery.headers, delivery.body);
const envelope = (delivery: Delivery) => JSON.parse(delivery.body);

async function paidTrade(outTradeNo: string, notifyUrl: string, amountFen = 20_000) {
  await client().h5Order(order(outTradeNo, notifyUrl, amountFen));
  return instance.pay(outTradeNo);
}

async function withMerchant(answer: ((n: number) => number) | undefined, run: (merchant: Awaited<ReturnType<typeof startMerchant>>) => Promise<void>) {
  const merchant = await startMerchant(answer);
  try {
    await run(merchant);
  } finally {
    await instance.notifications.settled();
    await merchant.close();
  }
}

describe('TRANSACTION.SUCCESS', () => {
  it('is POSTed signed, with the transaction encrypted; the client verifies and decrypts it', () =>
    withMerchant(undefined, async (merchant) => {
      const paid = await paidTrade('JTNT000001', merchant.notifyUrl, 20_000);
      await until(() => merchant.received.length === 1);
      const [delivery] = merchant.received;
      expect(delivery.headers['content-type']).toBe('application/json');
      expect(delivery.headers['wechatpay-serial']).toBe(WECHATPAY_DEV_KEYS.publicKeyId);
      expect(envelope(delivery)).toEqual({
        id: expect.stringMatching(/^EV-\d{19}$/),
        create_time: expect.stringMatching(/\+08:00$/),
        resource_type: 'encrypt-resource',
        event_type: 'TRANSACTION.SUCCESS',
        summary: '支付成功',
        resource: { original_type: 'transaction', algorithm: 'AEAD_AES_256_GCM', ciphertext: expect.any(String), associated_data: 'transaction', nonce: expect.stringMatching(/^[A-Za-z0-9]{12}$/) },
      });
      expect(delivery.body).not.toContain(paid.transactionId);
      const trade = await client().query('JTNT000001');
      expect(verify(delivery)).toEqual({
        eventType: 'TRANSACTION.SUCCESS',
        outTradeNo: 'JTNT000001',
        transactionId: paid.transactionId,
        status: 'SUCCESS',
        amountFen: 20_000,
        paidAt: trade.paidAt,
        mchid: WECHATPAY_DEV_KEYS.mchid,
        appid: WECHAT_DEV_APP.appId,
      });
      expect(instance.notifications.count('JTNT000001')).toEqual({ recorded: 1, acknowledged: 1 });
    }));

  it('is re-sent until the merchant answers 2xx, each time freshly signed, the same notification', () =>
    withMerchant(
      (n) => (n < 3 ? 500 : 200),
      async (merchant) => {
        await paidTrade('JTNT000002', merchant.notifyUrl);
        await until(() => instance.notifications.count('JTNT000002').acknowledged === 1);
        await instance.notifications.settled();
        expect(merchant.received).toHaveLength(3);
        expect(new Set(merchant.received.map((d) => envelope(d).id)).size).toBe(1);
        expect(new Set(merchant.received.map((d) => d.body)).size).toBe(1);
        expect(new Set(merchant.received.map((d) => d.headers['wechatpay-nonce'])).size).toBe(3);
        expect(merchant.received.every((d) => verify(d)?.outTradeNo === 'JTNT000002')).toBe(true);
      },
    ));

  it('gives up after the retry schedule (LEGACY_WECHAT_NOTIFY_RETRY_MS) when never acknowledged', () =>
    withMerchant(
      () => 500,
      async (merchant) => {
        await paidTrade('JTNT000003', merchant.notifyUrl);
        await instance.notifications.settled();
        // One delivery, then one per wait of 50,100,150.
        expect(merchant.received).toHaveLength(4);
        expect(instance.notifications.count('JTNT000003')).toEqual({ recorded: 1, acknowledged: 0 });
      },
    ));
});

describe('admin modes and replays', () => {
  it('replays N copies in parallel, each verifying, all the same notification', () =>
    withMerchant(undefined, async (merchant) => {
      await paidTrade('JTNT000004', merchant.notifyUrl);
      await until(() => merchant.received.length === 1);
      const answers = await instance.notifications.replay('JTNT000004', { times: 20 });
      expect(answers).toHaveLength(20);
      expect(answers.every((a) => a.status === 204)).toBe(true);
      expect(merchant.received).toHaveLength(21);
      const ids = new Set(merchant.received.map((d) => verify(d)?.transactionId));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toMatch(/^4200/);
    }));

  it('never: recorded, not sent until replayed', () =>
    withMerchant(undefined, async (merchant) => {
      instance.notifications.setMode('never');
      await paidTrade('JTNT000005', merchant.notifyUrl);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(merchant.received).toHaveLength(0);
      expect(instance.notifications.count('JTNT000005')).toEqual({ recorded: 1, acknowledged: 0 });
      await instance.notifications.replay('JTNT000005');
      expect(merchant.received.map((d) => verify(d)?.eventType)).toEqual(['TRANSACTION.SUCCESS']);
    }));

  it('late: sent after the delay', () =>
    withMerchant(undefined, async (merchant) => {
      instance.notifications.setMode('late', 300);
      const paidAt = Date.now();
      await paidTrade('JTNT000006', merchant.notifyUrl);
      await until(() => merchant.received.length === 1);
      expect(merchant.received[0].at - paidAt).toBeGreaterThanOrEqual(280);
      expect(verify(merchant.received[0])).toBeDefined();
    }));

  it('the admin surface finds them by channel: POST /__legacy/payments/notify-mode, legacy.payments.pay and replay', () =>
    withMerchant(undefined, async (merchant) => {
      const mode = await fetch(`${legacy.url}/__legacy/payments/notify-mode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'wechat', mode: 'never' }) });
      expect(mode.status).toBe(200);
      await client().h5Order(order('JTNT000011', merchant.notifyUrl));
      legacy.payments.pay('wechat', 'JTNT000011');
      await legacy.payments.settled();
      expect(merchant.received).toHaveLength(0);
      expect((await client().query('JTNT000011')).status).toBe('SUCCESS');
      const answers = await legacy.payments.replay('wechat', 'JTNT000011', { times: 3 });
      expect(answers.map((a) => a.status)).toEqual([204, 204, 204]);
      expect(merchant.received.map((d) => verify(d)?.outTradeNo)).toEqual(['JTNT000011', 'JTNT000011', 'JTNT000011']);
    }));

  it('reset() forgets the recorded notifications and the mode', () =>
    withMerchant(undefined, async (merchant) => {
      instance.notifications.setMode('never');
      await paidTrade('JTNT000007', merchant.notifyUrl);
      legacy.reset();
      expect(instance.notifications.count('JTNT000007')).toEqual({ recorded: 0, acknowledged: 0 });
      await paidTrade('JTNT000008', merchant.notifyUrl);
      await until(() => merchant.received.length === 1);
    }));
});

describe('REFUND.SUCCESS', () => {
  it('is sent to the refund notify_url once the refund settles; a reversed replay sends it before the payment', () =>
    withMerchant(undefined, async (merchant) => {
      const paid = await paidTrade('JTNT000009', merchant.notifyUrl, 20_000);
      const refund = await client().refund({ outTradeNo: 'JTNT000009', outRefundNo: 'JTRF000009', amountFen: 5_000, totalFen: 20_000, reason: '重复缴纳', notifyUrl: merchant.notifyUrl });
      expect(refund).toEqual({ status: 'PROCESSING', refundedFen: 5_000, refundId: expect.stringMatching(/^50300\d{24}$/) });
      await until(() => merchant.received.length === 2);
      const refunded = merchant.received.map(verify).find((n) => n?.eventType === 'REFUND.SUCCESS');
      expect(refunded).toEqual({
        eventType: 'REFUND.SUCCESS',
        outTradeNo: 'JTNT000009',
        transactionId: paid.transactionId,
        status: 'SUCCESS',
        amountFen: 20_000,
        outRefundNo: 'JTRF000009',
        refundedFen: 5_000,
        paidAt: expect.any(Date),
        mchid: WECHATPAY_DEV_KEYS.mchid,
      });
      expect(envelope(merchant.received.find((d) => envelope(d).event_type === 'REFUND.SUCCESS')!).resource).toMatchObject({ original_type: 'refund', associated_data: 'refund' });
      merchant.received.length = 0;
      await instance.notifications.replay('JTNT000009', { reversed: true });
      expect(merchant.received.map((d) => verify(d)?.eventType)).toEqual(['REFUND.SUCCESS', 'TRANSACTION.SUCCESS']);
    }));
});

describe('what the client refuses', () => {
  let delivery: Delivery;

  beforeAll(() =>
    withMerchant(undefined, async (merchant) => {
      await paidTrade('JTNT000010', merchant.notifyUrl);
      await until(() => merchant.received.length === 1);
      delivery = merchant.received[0];
    }),
  );

  const resigned = (body: string, nowMs = Date.now()) => ({ ...delivery.headers, ...lower(platformHeaders(body, platform, nowMs)) });
  const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

  it('accepts the genuine delivery, re-signed now too', () => {
    expect(verify(delivery)).toBeDefined();
    expect(client().verifyNotification(resigned(delivery.body), delivery.body)?.outTradeNo).toBe('JTNT000010');
  });

  it('a body changed after signing', () => {
    const changed = delivery.body.replace('"summary":"支付成功"', '"summary":"支付成功 "');
    expect(changed).not.toBe(delivery.body);
    expect(client().verifyNotification(delivery.headers, changed)).toBeUndefined();
  });

  it('a timestamp more than 300 s off, though correctly signed', () => {
    expect(client().verifyNotification(resigned(delivery.body, Date.now() - 305_000), delivery.body)).toBeUndefined();
    expect(client().verifyNotification(resigned(delivery.body, Date.now() + 305_000), delivery.body)).toBeUndefined();
    expect(client().verifyNotification(resigned(delivery.body, Date.now() - 295_000), delivery.body)).toBeDefined();
  });

  it('a tampered ciphertext, though the envelope is correctly signed', () => {
    const tampered = JSON.parse(delivery.body);
    const bytes = Buffer.from(tampered.resource.ciphertext, 'base64');
    bytes[5] ^= 1;
    tampered.resource.ciphertext = bytes.toString('base64');
    const body = JSON.stringify(tampered);
    expect(client().verifyNotification(resigned(body), body)).toBeUndefined();
  });

  it('an unknown Wechatpay-Serial, a missing header, a wrong APIv3 key', () => {
    expect(client().verifyNotification({ ...delivery.headers, 'wechatpay-serial': 'PUB_KEY_ID_0000' }, delivery.body)).toBeUndefined();
    const { 'wechatpay-signature': _dropped, ...unsigned } = delivery.headers;
    expect(client().verifyNotification(unsigned, delivery.body)).toBeUndefined();
    expect(merchantClient(legacy, { apiV3Key: 'x'.repeat(32) }).verifyNotification(delivery.headers, delivery.body)).toBeUndefined();
  });
});
