import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WechatPayRefused } from '@jingtong/legacy-clients/wechat';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, wechatIdentityOf, type LegacyServer } from '../../../index.js';
import { merchantClient, order, startMerchant, startPayStandIn, until, type WechatInstance } from './pay-test-kit.js';
import { callV3 } from './test-merchant.js';

let legacy: LegacyServer;
let instance: WechatInstance;
let merchant: Awaited<ReturnType<typeof startMerchant>>;

beforeAll(async () => {
  ({ legacy, instance } = await startPayStandIn());
  merchant = await startMerchant();
}, 30_000);

afterEach(async () => {
  await instance.notifications.settled();
  legacy.reset();
  merchant.received.length = 0;
});

afterAll(async () => {
  await merchant?.close();
  await legacy?.close();
});

const client = () => merchantClient(legacy);
const page = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
};
const confirm = (prepayId: string, redirectUrl?: string) =>
  page(`${legacy.url}/wechat/pay/cashier/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prepay_id: prepayId, ...(redirectUrl ? { redirect_url: redirectUrl } : {}) }).toString(),
  });
const refusal = (call: Promise<unknown>) => call.then(() => undefined, (error: unknown) => (error instanceof WechatPayRefused ? { code: error.code, status: error.status } : error));

describe('H5 order, cashier, query', () => {
  it('answers an h5_url whose cashier page shows merchant, description and amount; confirming pays and links back', async () => {
    const { url } = await client().h5Order({ ...order('JTH5000001', merchant.notifyUrl, 20_050), payerIp: '203.0.113.7' });
    expect(url).toMatch(new RegExp(`^${legacy.url}/wechat/pay/cashier\\?prepay_id=wx\\d{14}[0-9a-f]{20}$`));
    expect(await client().query('JTH5000001')).toEqual({ status: 'NOTPAY', transactionId: undefined, amountFen: 20_050, paidAt: undefined });

    const back = 'https://h5.jingtong.example/pay/result?order=1';
    const cashier = await page(`${url}&redirect_url=${encodeURIComponent(back)}`);
    expect(cashier.status).toBe(200);
    expect(cashier.type).toMatch(/^text\/html/);
    for (const text of ['许昌市公安局', '交通违法罚款', '¥200.50', '确认支付', '取消', 'width=device-width']) expect(cashier.html).toContain(text);
    expect(cashier.html).not.toMatch(/<script|<link|src="http/);

    const prepayId = new URL(url).searchParams.get('prepay_id')!;
    const before = Date.now();
    const done = await confirm(prepayId, back);
    expect(done.html).toContain('支付成功');
    expect(done.html).toContain(`href="${back.replace('&', '&#38;')}"`);

    const paid = await client().query('JTH5000001');
    expect(paid).toEqual({ status: 'SUCCESS', transactionId: expect.stringMatching(/^4200\d{24}$/), amountFen: 20_050, paidAt: expect.any(Date) });
    expect(paid.paidAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    await until(() => merchant.received.length === 1);
    // Paying twice is refused on the page, with no second notification.
    expect((await confirm(prepayId)).html).toContain('该订单已支付');
    await instance.notifications.settled();
    expect(merchant.received).toHaveLength(1);
  });

  it('shows the real query fields: trade_state, transaction_id, amount, success_time, payer', async () => {
    await client().h5Order(order('JTH5000002', merchant.notifyUrl, 100));
    instance.pay('JTH5000002');
    const answer = await callV3(legacy.url, 'GET', `/wechat/v3/pay/transactions/out-trade-no/JTH5000002?mchid=${WECHATPAY_DEV_KEYS.mchid}`);
    expect(answer.signatureValid).toBe(true);
    expect(answer.json).toEqual({
      appid: WECHAT_DEV_APP.appId,
      mchid: WECHATPAY_DEV_KEYS.mchid,
      out_trade_no: 'JTH5000002',
      transaction_id: expect.stringMatching(/^4200\d{24}$/),
      trade_type: 'MWEB',
      trade_state: 'SUCCESS',
      trade_state_desc: '支付成功',
      bank_type: 'OTHERS',
      attach: '',
      success_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
      payer: { openid: wechatIdentityOf(WECHAT_DEV_APP.appId, 'wx-user-1').openid },
      amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
      promotion_detail: [],
    });
  });

  it('answers an unknown trade 404 ORDERNOTEXIST, which the client reads as NOT_FOUND', async () => {
    const answer = await callV3(legacy.url, 'GET', `/wechat/v3/pay/transactions/out-trade-no/JTNONE0001?mchid=${WECHATPAY_DEV_KEYS.mchid}`);
    expect({ status: answer.status, body: answer.json, signed: answer.signatureValid }).toEqual({ status: 404, body: { code: 'ORDERNOTEXIST', message: '订单不存在' }, signed: true });
    expect(await client().query('JTNONE0001')).toEqual({ status: 'NOT_FOUND' });
  });

  it('counts each API operation; the cashier pages are not counted', async () => {
    const { url } = await client().h5Order(order('JTH5000003', merchant.notifyUrl));
    await page(url);
    await client().query('JTH5000003');
    await client().query('JTH5000003');
    const stats = legacy.stats().wechat;
    expect(stats['/v3/pay/transactions/h5']).toBe(1);
    expect(stats['/v3/pay/transactions/out-trade-no/{out_trade_no}']).toBe(2);
    expect(stats['/v3/refund/domestic/refunds']).toBe(0);
    expect(Object.keys(stats).some((operation) => operation.includes('cashier'))).toBe(false);
  });
  it('hands out URLs on LEGACY_WECHAT_PUBLIC_URL when set', async () => {
    const behindProxy = await startPayStandIn({ LEGACY_WECHAT_PUBLIC_URL: 'https://pay.jingtong.example' });
    try {
      const { url } = await merchantClient(behindProxy.legacy).h5Order(order('JTPU000001', merchant.notifyUrl));
      expect(url).toMatch(/^https:\/\/pay\.jingtong\.example\/wechat\/pay\/cashier\?prepay_id=wx/);
    } finally {
      await behindProxy.legacy.close();
    }
  });
});

describe('Native and JSAPI', () => {
  it('Native: code_url is the cashier, paid like H5', async () => {
    const { qrCode } = await client().nativeOrder(order('JTNA000001', merchant.notifyUrl, 5_000));
    expect(qrCode).toMatch(new RegExp(`^${legacy.url}/wechat/pay/cashier\\?prepay_id=wx`));
    expect((await page(qrCode)).html).toContain('¥50.00');
    await confirm(new URL(qrCode).searchParams.get('prepay_id')!);
    expect((await client().query('JTNA000001')).status).toBe('SUCCESS');
  });

  it('JSAPI: prepay_id with signed page parameters; the payer is the openid ordered for', async () => {
    const openid = wechatIdentityOf(WECHAT_DEV_APP.appId, 'wx-user-42').openid;
    const { prepayId } = await client().jsapiOrder({ ...order('JTJS000001', merchant.notifyUrl, 300), openid });
    expect(prepayId).toMatch(/^wx\d{14}[0-9a-f]{20}$/);
    const payParams = client().jsapiPayParams(prepayId);
    expect(payParams).toMatchObject({ appId: WECHAT_DEV_APP.appId, package: `prepay_id=${prepayId}`, signType: 'RSA' });
    const message = `${payParams.appId}\n${payParams.timeStamp}\n${payParams.nonceStr}\n${payParams.package}\n`;
    expect(createVerify('RSA-SHA256').update(message).verify(readFileSync(WECHATPAY_DEV_KEYS.merchantCertificatePath, 'utf8'), payParams.paySign, 'base64')).toBe(true);

    expect((await page(`${legacy.url}/wechat/pay/cashier?prepay_id=${prepayId}`)).html).toContain('¥3.00');
    instance.pay('JTJS000001');
    const answer = await callV3(legacy.url, 'GET', `/wechat/v3/pay/transactions/out-trade-no/JTJS000001?mchid=${WECHATPAY_DEV_KEYS.mchid}`);
    expect(answer.json).toMatchObject({ trade_type: 'JSAPI', payer: { openid } });
  });

  it('JSAPI without payer.openid, H5 without scene_info: 400 PARAM_ERROR naming the field', async () => {
    const body = { appid: WECHAT_DEV_APP.appId, mchid: WECHATPAY_DEV_KEYS.mchid, description: '罚款', out_trade_no: 'JTJS000002', notify_url: merchant.notifyUrl, amount: { total: 1, currency: 'CNY' } };
    const jsapi = await callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/jsapi', body);
    expect(jsapi.status).toBe(400);
    expect(jsapi.json).toEqual({ code: 'PARAM_ERROR', message: expect.stringContaining('/body/payer') });
    const h5 = await callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/h5', body);
    expect(h5.json.message).toContain('/body/scene_info');
    const fractional = await callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/native', { ...body, amount: { total: 1.5, currency: 'CNY' } });
    expect(fractional.json).toEqual({ code: 'PARAM_ERROR', message: expect.stringContaining('/body/amount/total') });
    const otherApp = await callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/native', { ...body, appid: 'wx00000000000000ff' });
    expect({ status: otherApp.status, code: otherApp.json.code }).toEqual({ status: 400, code: 'APPID_MCHID_NOT_MATCH' });
  });
});

describe('the same out_trade_no again', () => {
  it('with the same order is the same trade; with another amount 400 INVALID_REQUEST', async () => {
    const first = order('JTRE000001', merchant.notifyUrl, 1_000);
    const { url } = await client().h5Order(first);
    expect((await client().h5Order(first)).url).toBe(url);
    expect(await refusal(client().h5Order({ ...first, amountFen: 999 }))).toEqual({ code: 'INVALID_REQUEST', status: 400 });
    expect((await client().query('JTRE000001')).amountFen).toBe(1_000);
  });

  it('after payment 403 ORDERPAID; after close 400 ORDER_CLOSED', async () => {
    const paid = order('JTRE000002', merchant.notifyUrl);
    await client().h5Order(paid);
    instance.pay('JTRE000002');
    expect(await refusal(client().h5Order(paid))).toEqual({ code: 'ORDERPAID', status: 403 });

    const closed = order('JTRE000003', merchant.notifyUrl);
    await client().h5Order(closed);
    await client().close('JTRE000003');
    expect(await refusal(client().h5Order(closed))).toEqual({ code: 'ORDER_CLOSED', status: 400 });
  });
});

describe('close, cancel, expiry', () => {
  it('close answers 204 (again too); the cashier then says closed; a paid trade is refused ORDERPAID', async () => {
    const { url } = await client().h5Order(order('JTCL000001', merchant.notifyUrl));
    const answer = await callV3(legacy.url, 'POST', '/wechat/v3/pay/transactions/out-trade-no/JTCL000001/close', { mchid: WECHATPAY_DEV_KEYS.mchid });
    expect({ status: answer.status, text: answer.text, signed: answer.signatureValid }).toEqual({ status: 204, text: '', signed: true });
    await expect(client().close('JTCL000001')).resolves.toBeUndefined();
    expect((await client().query('JTCL000001')).status).toBe('CLOSED');
    expect((await page(url)).html).toContain('商户已关闭该订单');
    expect(() => instance.pay('JTCL000001')).toThrow(RangeError);

    await client().h5Order(order('JTCL000002', merchant.notifyUrl));
    instance.pay('JTCL000002');
    expect(await refusal(client().close('JTCL000002'))).toEqual({ code: 'ORDERPAID', status: 403 });
    expect(await refusal(client().close('JTNONE0002'))).toEqual({ code: 'ORDERNOTEXIST', status: 404 });
  });

  it('cancel at the cashier leaves the trade NOTPAY, notifies nothing, and it can still be paid', async () => {
    const { url } = await client().h5Order(order('JTCA000001', merchant.notifyUrl));
    const prepayId = new URL(url).searchParams.get('prepay_id')!;
    const left = await page(`${legacy.url}/wechat/pay/cashier/cancel`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `prepay_id=${prepayId}` });
    expect(left.html).toContain('已取消支付');
    expect(instance.cancel('JTCA000001')).toEqual({ outTradeNo: 'JTCA000001', state: 'NOTPAY' });
    expect((await client().query('JTCA000001')).status).toBe('NOTPAY');
    await instance.notifications.settled();
    expect(merchant.received).toHaveLength(0);
    expect(instance.pay('JTCA000001').transactionId).toMatch(/^4200/);
  });

  it('an unpaid trade closes by itself at time_expire: query says CLOSED, the cashier says expired, paying is refused', async () => {
    const expiresAt = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
    const { url } = await client().h5Order({ ...order('JTEX000001', merchant.notifyUrl), expiresAt });
    expect((await client().query('JTEX000001')).status).toBe('NOTPAY');
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
    expect((await client().query('JTEX000001')).status).toBe('CLOSED');
    expect((await page(url)).html).toContain('该订单已超过支付时限');
    expect((await confirm(new URL(url).searchParams.get('prepay_id')!)).html).toContain('订单已关闭');
    expect(() => instance.pay('JTEX000001')).toThrow(/ORDER_CLOSED/);
    // time_expire in the past is refused up front.
    expect(await refusal(client().h5Order({ ...order('JTEX000002', merchant.notifyUrl), expiresAt: new Date(Date.now() - 60_000) }))).toEqual({ code: 'PARAM_ERROR', status: 400 });
  });

  it('the cashier refuses an unknown prepay_id and never links to a non-http redirect_url', async () => {
    expect((await page(`${legacy.url}/wechat/pay/cashier?prepay_id=wx0`)).status).toBe(404);
    const { url } = await client().h5Order(order('JTCA000002', merchant.notifyUrl));
    const html = (await page(`${url}&redirect_url=${encodeURIComponent('javascript:alert(1)')}`)).html;
    expect(html).not.toContain('javascript:');
    const escaped = (await client().h5Order({ ...order('JTCA000003', merchant.notifyUrl), description: '<b>罚款</b>' })).url;
    expect((await page(escaped)).html).toContain('&#60;b&#62;罚款&#60;/b&#62;');
  });
});
