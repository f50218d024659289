import { createPrivateKey, createPublicKey, createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely } from '@jingtong/kit';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, type Violation } from '@jingtong/legacy';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { signInAtLevel2 } from './support/citizen-h5.js';
import { ORDER_PATH } from './support/fine-charges.js';
import { startNext, type NextServer } from './support/next-server.js';
import { setupApi } from './support/setup-api.js';
import { artifact, webEnvFor } from './support/web-env.js';

/** WeChat's in-app browser on an iPhone, as the page sees it. */
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x18003231) NetType/WIFI Language/zh_CN';
/** The plate the demo citizen's unpaid, processed fines are booked to (legacy/src/seed/demo-fines.ts). */
const FINES_PLATE = '豫K·11995';
/** What the test tells the WeChat app to do next, kept in the tab (it survives the trip to the authorise page). */
const APP_SETTINGS = 'test.wechat-app';

interface Sheet {
  name: string;
  params: Record<string, string>;
}
type AppSettings = { answer: 'ok' | 'cancel'; late: boolean };

/** The little of a browser window the WeChat app below touches (the test's types know no DOM). */
interface AppWindow {
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  document: { dispatchEvent(event: unknown): boolean };
  Event: new (type: string) => unknown;
  WeixinJSBridge?: unknown;
  installWechatBridge?: () => void;
  /** Exposed by the test: what the page asked the pay sheet for. */
  sheetOpened(sheet: Sheet): Promise<void>;
}

/**
 * The WeChat app around the page (an init script: it runs in every document the tab opens). Its bridge's
 * pay sheet checks it was given a prepay id, then pays that prepay id at the WeChat Pay stand-in's cashier,
 * as the payer confirming in the sheet, or answers that the payer cancelled. `late`: the bridge appears only
 * when the test injects it, after the page has asked for it (WeChat injects it after the page loads).
 */
function wechatApp({ confirmUrl, settingsKey }: { confirmUrl: string; settingsKey: string }) {
  const w = globalThis as unknown as AppWindow;
  const settings: AppSettings = JSON.parse(w.sessionStorage.getItem(settingsKey) ?? '{"answer":"ok","late":false}');
  const bridge = {
    async invoke(name: string, params: Record<string, string>, callback: (answer: { err_msg: string }) => void) {
      await w.sheetOpened({ name, params });
      const prepay = /^prepay_id=(\w+)$/.exec(params.package ?? '');
      if (name !== 'getBrandWCPayRequest' || !prepay) return callback({ err_msg: `${name}:fail` });
      if (settings.answer === 'cancel') return callback({ err_msg: 'get_brand_wcpay_request:cancel' });
      await fetch(confirmUrl, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ prepay_id: prepay[1]! }) });
      callback({ err_msg: 'get_brand_wcpay_request:ok' });
    },
  };
  w.installWechatBridge = () => {
    w.WeixinJSBridge = bridge;
    w.document.dispatchEvent(new w.Event('WeixinJSBridgeReady'));
  };
  if (!settings.late) w.WeixinJSBridge = bridge;
}

describe('citizen H5 inside WeChat: paying a fine in WeChat’s own pay sheet (JSAPI) (browser)', () => {
  let stack: Stack;
  /** The stack's calls for what the test checks, through a gateway without the web's safelist. */
  let api: Stack;
  let closeSetup: () => Promise<void>;
  let web: NextServer;
  let browser: Browser;
  let wechat: BrowserContext;
  let phone: Page | undefined;
  let token: string;
  const sheets: Sheet[] = [];
  /** The demo's processed, unpaid fines as seeded: one paid, one cancelled, one forged link. */
  let fines: Violation[];

  beforeAll(async () => {
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    ({ api, close: closeSetup } = await setupApi(stack));
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack, { WEB_DEV_SIGN_IN: 'on' }) });
    browser = await launchBrowser();
    wechat = await browser.newContext({ userAgent: WECHAT_UA, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await wechat.exposeFunction('sheetOpened', (sheet: Sheet) => void sheets.push(sheet));
    await wechat.addInitScript(wechatApp, { confirmUrl: `${stack.legacy.url}/wechat/pay/cashier/confirm`, settingsKey: APP_SETTINGS });
    fines = stack.legacy.seed.violationsByPlate(FINES_PLATE).filter((v) => v.status === '1');
    expect(fines).toHaveLength(3);
    const signedIn = await api.graphql(`mutation($id: String!) { devSignIn(idNumber: $id) { token } }`, { id: stack.legacy.seed.demoCitizen().idNumber });
    token = signedIn.body.data.devSignIn.token;
  }, 180_000);

  afterAll(async () => {
    await wechat?.close();
    await browser?.close();
    await web?.close();
    await closeSetup?.();
    await stack?.close();
  });

  const db = () => (stack.subgraphs.payment.deps as unknown as { database: { db: Kysely<any> } }).database.db;
  const attemptsOf = (orderId: string) => db().selectFrom('payment_attempts').select(['mode', 'channel', 'state']).where('order_id', '=', orderId).execute();
  const orderNow = async (orderId: string) => (await api.graphql(`query($id: ID!) { paymentOrder(id: $id) { status channel } }`, { id: orderId }, token)).body.data.paymentOrder;

  /** The demo citizen's phone inside WeChat, signed in at level 2 once (the session lives in the tab), 缴纳罚款 on `fine`. */
  async function orderInWechat(fine: Violation, app: AppSettings): Promise<{ page: Page; orderId: string }> {
    // signInAtLevel2 opens its tab in WeChat's browser.
    if (!phone) phone = await signInAtLevel2(wechat as Pick<Browser, 'newPage'> as Browser, web.url, stack.legacy.seed.demoCitizen().idNumber);
    else await phone.goto(`${web.url}/h5/vehicles`);
    const page = phone;
    await page.evaluate(([key, value]) => (globalThis as unknown as AppWindow).sessionStorage.setItem(key!, value!), [APP_SETTINGS, JSON.stringify(app)]);
    const item = page.getByTestId('violation').filter({ hasText: fine.decisionNumber! });
    await item.getByTestId('pay-fine').click({ timeout: 30_000 });
    await page.waitForURL(ORDER_PATH, { timeout: 15_000 });
    const orderId = ORDER_PATH.exec(new URL(page.url()).pathname)![1]!;
    await page.getByTestId('order-summary').waitFor({ timeout: 30_000 });
    // Inside WeChat its own channel is the one offered first.
    expect(await page.getByTestId('channel-WECHAT').getAttribute('class')).toContain('adm-radio-checked');
    return { page, orderId };
  }

  /** 立即支付 → WeChat's web authorisation (snsapi_base, back to this very page) → 同意授权 as `wechatUser` → back, the address bar cleaned. */
  async function authoriseAndReturn(page: Page, orderId: string, wechatUser: string) {
    const payPage = `${web.url}/h5/pay/${orderId}`;
    await page.getByTestId('pay-now').click();
    await page.waitForURL((url) => url.href.startsWith(`${stack.legacy.url}/wechat/connect/oauth2/authorize`), { timeout: 30_000 });
    const asked = new URL(page.url()).searchParams;
    expect({ appid: asked.get('appid'), scope: asked.get('scope'), redirect: asked.get('redirect_uri') }).toEqual({ appid: WECHAT_DEV_APP.appId, scope: 'snsapi_base', redirect: payPage });
    expect(asked.get('state')).toMatch(/^[0-9a-f]{32}$/);
    await page.getByPlaceholder('例如 wx-user-1').fill(wechatUser);
    await page.getByRole('button', { name: '同意授权' }).click();
    await page.waitForURL(payPage, { timeout: 30_000 });
  }

  it('pays by WeChat’s pay sheet: WeChat’s authorisation, the merchant-signed sheet, paid, 支付成功', async () => {
    const { page, orderId } = await orderInWechat(fines[0]!, { answer: 'ok', late: false });
    await authoriseAndReturn(page, orderId, `wx-jsapi-${Date.now()}`);

    await page.waitForURL((url) => url.pathname === '/h5/pay/result' && url.searchParams.get('orderId') === orderId, { timeout: 30_000 });
    const result = page.locator('[data-testid="pay-result"][data-status="PAID"]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain('支付成功');
    expect(await result.innerText()).toContain('支付方式：微信支付');
    await page.screenshot({ path: artifact('h5-pay-result-wechat-jsapi.png'), fullPage: true });

    // The sheet was opened once, with exactly the six values the merchant signed for one prepay id.
    expect(sheets).toHaveLength(1);
    const { name, params } = sheets[0]!;
    expect(name).toBe('getBrandWCPayRequest');
    expect(Object.keys(params).sort()).toEqual(['appId', 'nonceStr', 'package', 'paySign', 'signType', 'timeStamp']);
    expect(params).toMatchObject({ appId: WECHAT_DEV_APP.appId, signType: 'RSA', package: expect.stringMatching(/^prepay_id=wx\w+$/) });
    const merchant = createPublicKey(createPrivateKey(readFileSync(WECHATPAY_DEV_KEYS.merchantPrivateKeyPath, 'utf8')));
    const signed = `${params.appId}\n${params.timeStamp}\n${params.nonceStr}\n${params.package}\n`;
    expect(createVerify('RSA-SHA256').update(signed).verify(merchant, params.paySign!, 'base64')).toBe(true);

    // Paid through WeChat Pay, by a JSAPI trade: the payment centre (not the page) says so.
    expect(await orderNow(orderId)).toEqual({ status: 'PAID', channel: 'WECHAT' });
    expect(await attemptsOf(orderId)).toEqual([{ mode: 'JSAPI', channel: 'WECHAT', state: 'PAID' }]);
  }, 180_000);

  it('waits for WeChat’s bridge, and a cancelled sheet says 已取消支付 with the button again: the order stays unpaid', async () => {
    const { page, orderId } = await orderInWechat(fines[1]!, { answer: 'cancel', late: true });
    const before = sheets.length;
    await authoriseAndReturn(page, orderId, `wx-jsapi-cancel-${Date.now()}`);

    // The trade is open and the page waits for the bridge, which is not there yet.
    await page.locator('[data-testid="pay-now"][data-stage="sheet"]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => (globalThis as unknown as AppWindow).WeixinJSBridge === undefined)).toBe(true);
    await page.evaluate(() => (globalThis as unknown as AppWindow).installWechatBridge!());

    const notice = page.getByTestId('wechat-pay-notice');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('已取消支付');
    expect(sheets.length).toBe(before + 1);
    await page.locator('[data-testid="pay-now"][data-stage="idle"]').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('pay-now').isEnabled()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/h5/pay/${orderId}`);
    await page.screenshot({ path: artifact('h5-pay-wechat-cancelled.png'), fullPage: true });
    expect(await orderNow(orderId)).toEqual({ status: 'UNPAID', channel: null });
    expect(await attemptsOf(orderId)).toEqual([{ mode: 'JSAPI', channel: 'WECHAT', state: 'OPEN' }]);
  }, 180_000);

  it('a forged way back (a real code, a state the page never made) starts no payment and says so', async () => {
    const { page, orderId } = await orderInWechat(fines[2]!, { answer: 'ok', late: false });
    const before = sheets.length;
    const { code } = stack.legacy.wechat.authorize('wx-forged-payer');
    await page.goto(`${web.url}/h5/pay/${orderId}?code=${code}&state=not-ours`);

    const notice = page.getByTestId('wechat-pay-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain('支付请求已失效');
    // The code is out of the address bar, no trade was opened and no sheet shown.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-testid="pay-now"][data-stage="idle"]').isEnabled()).toBe(true);
    expect(await attemptsOf(orderId)).toEqual([]);
    expect(sheets.length).toBe(before);
    expect(await orderNow(orderId)).toEqual({ status: 'UNPAID', channel: null });
  }, 120_000);
});
