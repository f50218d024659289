/** The buyer's side in a browser's terms: wap.pay through the SDK's page URL / form, the cashier page, paying, cancelling. */
import { startLegacy, type LegacyServer } from '../../../index.js';
import { beijingIn, merchantSdk, startMerchant, type Merchant } from './testing/merchant.js';

let legacy: LegacyServer;
let merchant: Merchant;
let sdk: ReturnType<typeof merchantSdk>;
let skewMs = 0;

const RETURN_URL = 'https://jingtong.example/h5/pay/result?from=alipay';
const QUIT_URL = 'https://jingtong.example/h5/pay/cancelled';

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, now: () => Date.now() + skewMs });
  sdk = merchantSdk(legacy.url);
  merchant = await startMerchant();
}, 30_000);

afterEach(async () => {
  skewMs = 0;
  await legacy.payments.settled();
  legacy.reset();
  merchant.received.length = 0;
});
afterAll(async () => {
  await merchant?.close();
  await legacy?.close();
});

let serial = 0;
const nextOrder = () => `CT${Date.now()}${++serial}`;
const wapParams = (outTradeNo: string, more: object = {}) => ({
  notifyUrl: merchant.notifyUrl,
  returnUrl: RETURN_URL,
  bizContent: { out_trade_no: outTradeNo, total_amount: '206.00', subject: '交通违法罚款 豫K·A8B36', product_code: 'QUICK_WAP_WAY', time_expire: beijingIn(900), quit_url: QUIT_URL, ...more },
});
const get = (url: string) => fetch(url, { redirect: 'manual' });
const post = (url: string, form: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

/** wap.pay as the H5 page does it: the browser goes to the SDK's signed URL and lands on the cashier. */
async function openWap(outTradeNo: string, more: object = {}) {
  const url = sdk.pageExec('alipay.trade.wap.pay', 'GET', wapParams(outTradeNo, more));
  const redirected = await get(url);
  expect(redirected.status).toBe(302);
  const cashier = redirected.headers.get('location')!;
  expect(cashier).toMatch(new RegExp(`^${legacy.url}/alipay/cashier/bax[0-9a-f]{20}$`));
  return cashier;
}

const actionOf = (html: string, label: string) => {
  const form = /<form method="post" action="([^"]+)">\s*<button type="submit">([^<]+)<\/button>/.exec(html);
  expect(form?.[2]).toBe(label);
  return form![1];
};

describe('the cashier page', () => {
  it('shows 商户名称, subject and amount on a self-contained, mobile-friendly page with 确认付款 and 取消', async () => {
    const page = await get(await openWap(nextOrder()));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('¥206.00');
    expect(html).toContain('交通违法罚款 豫K·A8B36');
    expect(html).toContain('许昌市公安局');
    expect(html).toMatch(/>确认付款</);
    expect(html).toMatch(/<a class="cancel" href="\/alipay\/cashier\/bax[0-9a-f]{20}\/cancel">取消<\/a>/);
    expect(html).not.toMatch(/<(script|link|img)\b|src=|https?:\/\//);
  });

  it('escapes what the merchant wrote (/, = and & are refused in a subject, tags and quotes are not)', async () => {
    const html = await (await get(await openWap(nextOrder(), { subject: `<script>alert("1')<script>` }))).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;1&#39;)&#60;script&#62;');
  });

  it('also serves the QR code of precreate, without changing the trade', async () => {
    const outTradeNo = nextOrder();
    const { qr_code } = await sdk.exec('alipay.trade.precreate', { bizContent: { out_trade_no: outTradeNo, total_amount: '88.50', subject: '补证工本费' } }, { validateSign: true });
    const html = await (await get(qr_code)).text();
    expect(html).toContain('¥88.50');
    expect(html).toContain('补证工本费');
    expect((await sdk.exec('alipay.trade.query', { bizContent: { out_trade_no: outTradeNo } })).trade_status).toBe('WAIT_BUYER_PAY');
  });
});

describe('paying at the cashier', () => {
  it('sends a wap payer back to this request’s return_url, also when the trade was precreated for a QR code first', async () => {
    const outTradeNo = nextOrder();
    await sdk.exec('alipay.trade.precreate', { bizContent: { out_trade_no: outTradeNo, total_amount: '206.00', subject: '交通违法罚款 豫K·A8B36' } }, { validateSign: true });
    const cashier = await openWap(outTradeNo);
    const paid = await post(new URL(actionOf(await (await get(cashier)).text(), '确认付款'), legacy.url).toString());
    expect(paid.status).toBe(302);
    const back = new URL(paid.headers.get('location')!);
    expect([`${back.origin}${back.pathname}`, back.searchParams.get('out_trade_no')]).toEqual(['https://jingtong.example/h5/pay/result', outTradeNo]);
  });

  it('marks the trade paid, notifies, and sends the browser to return_url with signed return parameters', async () => {
    const outTradeNo = nextOrder();
    const cashier = await openWap(outTradeNo);
    const paid = await post(new URL(actionOf(await (await get(cashier)).text(), '确认付款'), legacy.url).toString());
    expect(paid.status).toBe(302);
    const back = new URL(paid.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe('https://jingtong.example/h5/pay/result');
    const params = Object.fromEntries(back.searchParams);
    expect(params).toMatchObject({ from: 'alipay', out_trade_no: outTradeNo, total_amount: '206.00', app_id: '2021000000000001', method: 'alipay.trade.wap.pay.return', sign_type: 'RSA2' });
    const { from: _, ...returned } = params;
    expect(sdk.checkNotifySignV2(returned)).toBe(true);
    expect(sdk.checkNotifySignV2({ ...returned, total_amount: '0.01' })).toBe(false);

    const [notification] = await merchant.waitFor(1);
    expect(notification).toMatchObject({ out_trade_no: outTradeNo, trade_no: params.trade_no, trade_status: 'TRADE_SUCCESS' });
    const query = await sdk.exec('alipay.trade.query', { bizContent: { out_trade_no: outTradeNo } }, { validateSign: true });
    expect(query).toMatchObject({ trade_status: 'TRADE_SUCCESS', trade_no: params.trade_no });

    const again = await get(cashier);
    expect(await again.text()).toContain('该订单已支付');
    expect((await post(`${cashier}/pay`)).status).toBe(200);
    await legacy.payments.settled();
    expect(merchant.received).toHaveLength(1);
  });

  it('works from the SDK POST form as well (the page submits it to the gateway)', async () => {
    const outTradeNo = nextOrder();
    const form = sdk.pageExec('alipay.trade.wap.pay', 'POST', wapParams(outTradeNo));
    const action = /action="([^"]+)"/.exec(form)![1];
    const fields = Object.fromEntries([...form.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name, value.replaceAll('&quot;', '"')]));
    const answer = await post(action, fields);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toMatch(/\/alipay\/cashier\/bax/);
  });

  it('refuses a page request that was tampered with, as a page (错误代码 isv.invalid-signature)', async () => {
    const url = new URL(sdk.pageExec('alipay.trade.wap.pay', 'GET', wapParams(nextOrder())));
    url.searchParams.set('biz_content', url.searchParams.get('biz_content')!.replace('206.00', '0.01'));
    const answer = await get(url.toString());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await answer.text()).toContain('isv.invalid-signature');
  });

  it('shows a Chinese notice instead of paying an expired or closed trade', async () => {
    const expiring = nextOrder();
    const cashier = await openWap(expiring, { time_expire: beijingIn(60) });
    skewMs = 61_000;
    const expired = await post(`${cashier}/pay`);
    expect(await expired.text()).toContain('订单已过期');
    expect(() => legacy.alipay.pay(expiring)).toThrow(RangeError);

    skewMs = 0;
    const closing = nextOrder();
    const other = await openWap(closing);
    await sdk.exec('alipay.trade.close', { bizContent: { out_trade_no: closing } });
    const closed = await (await get(other)).text();
    expect(closed).toContain('订单已关闭');
    expect(closed).not.toContain('确认付款');
    expect((await get(`${legacy.url}/alipay/cashier/bax${'0'.repeat(20)}`)).status).toBe(404);
  });
});

describe('cancelling', () => {
  it('取消 sends the buyer to quit_url and leaves the trade waiting for payment', async () => {
    const outTradeNo = nextOrder();
    const cashier = await openWap(outTradeNo);
    const cancelled = await get(`${cashier}/cancel`);
    expect(cancelled.status).toBe(302);
    expect(cancelled.headers.get('location')).toBe(QUIT_URL);
    expect((await sdk.exec('alipay.trade.query', { bizContent: { out_trade_no: outTradeNo } })).trade_status).toBe('WAIT_BUYER_PAY');
    expect(legacy.alipay.cancel(outTradeNo)).toEqual({ outTradeNo, status: 'WAIT_BUYER_PAY', quitUrl: QUIT_URL });
  });
});

describe('admin routes', () => {
  it('POST /__legacy/alipay/pay pays like the page does; an unknown trade is 400', async () => {
    const outTradeNo = nextOrder();
    await openWap(outTradeNo);
    const post = (body: unknown) =>
      fetch(`${legacy.url}/__legacy/alipay/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const paid = await post({ outTradeNo });
    expect(paid).toMatchObject({ status: 200, body: { outTradeNo, tradeNo: expect.stringMatching(/^\d{28}$/), buyerId: expect.stringMatching(/^2088\d{12}$/), returnUrl: expect.stringContaining('https://jingtong.example/h5/pay/result?') } });
    expect(await post({ outTradeNo })).toMatchObject({ status: 400, body: { error: 'INVALID_REQUEST', message: expect.stringContaining('ACQ.TRADE_HAS_SUCCESS') } });
    expect((await post({ outTradeNo: 'nope' })).status).toBe(400);
    expect((await post({})).status).toBe(400);
  });
});
