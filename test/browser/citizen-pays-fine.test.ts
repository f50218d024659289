import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import type { Violation } from '@jingtong/legacy';
import type { Browser, Page } from 'playwright-core';
import { freePorts } from '../kit/free-ports.js';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { signInAtLevel2 } from './support/citizen-h5.js';
import { beijingToday, expectedCharge, ORDER_PATH, yuan } from './support/fine-charges.js';
import { openDesk, signInAtConsole } from './support/console-desk.js';
import { startNext, type NextServer } from './support/next-server.js';
import { artifact, webEnvFor } from './support/web-env.js';

/** The plate the demo citizen's unpaid, processed fines are booked to (legacy/src/seed/demo-fines.ts). */
const FINES_PLATE = '豫K·11995';


describe('citizen H5: paying a fine through Alipay and WeChat Pay, and the console’s 缴费订单 (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;
  let officers: OfficerKit;
  let citizen: Page | undefined;
  /** The demo's processed, unpaid fines as seeded (copies: the stand-in records payments on its own rows). */
  let fines: Violation[];
  const paid: Array<{ orderId: string; totalFen: number; channel: string }> = [];
  let unpaid: { orderId: string; totalFen: number } | undefined;

  beforeAll(async () => {
    // The payment centre sends the payer back to the web's result page, so the web's address is fixed first.
    const [webPort] = await freePorts(1);
    const webUrl = `http://127.0.0.1:${webPort}`;
    stack = await startStack({
      mode: 'embedded',
      // The web app runs persisted operations only, as in production.
      gatewayEnv: { SAFELIST_ENFORCE: 'true' },
      env: { PAYMENT_RETURN_URL: `${webUrl}/h5/pay/result` },
    });
    web = await startNext({ port: webPort, gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack, { WEB_DEV_SIGN_IN: 'on' }) });
    expect(web.url).toBe(webUrl);
    browser = await launchBrowser();
    officers = new OfficerKit(stack);
    fines = stack.legacy.seed.violationsByPlate(FINES_PLATE).filter((v) => v.status === '1').map((v) => ({ ...v }));
    expect(fines).toHaveLength(3);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  const demo = () => stack.legacy.seed.demoCitizen();

  /**
   * The demo citizen's phone, signed in once (development sign-in, then level 2 by 网证口令) and kept: the
   * session lives in this tab's sessionStorage, which survives the trips to the cashiers and back.
   */
  async function citizenAtViolations(): Promise<Page> {
    if (!citizen) {
      citizen = await signInAtLevel2(browser, web.url, demo().idNumber);
    } else {
      await citizen.goto(`${web.url}/h5/vehicles`);
    }
    await citizen.waitForURL(/\/h5\/vehicles$/, { timeout: 15_000 });
    await citizen.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    return citizen;
  }

  /** 缴纳罚款 on the violation with this decision number; lands on its order page once the payment centre has the order. */
  async function orderFine(page: Page, fine: Violation): Promise<string> {
    const item = page.getByTestId('violation').filter({ hasText: fine.decisionNumber! });
    await item.waitFor({ timeout: 10_000 });
    await item.getByTestId('pay-fine').click();
    await page.waitForURL(ORDER_PATH, { timeout: 15_000 });
    const orderId = ORDER_PATH.exec(new URL(page.url()).pathname)![1]!;
    await page.getByTestId('order-summary').waitFor({ timeout: 30_000 });
    return orderId;
  }

  /** The order page shows what the fine costs today, line by line, and the deadline in Beijing time. */
  async function expectOrderPage(page: Page, fine: Violation) {
    const { fineFen, lateFen, totalFen } = expectedCharge(fine);
    const summary = page.getByTestId('order-summary');
    expect(await summary.innerText()).toContain(fine.decisionNumber!);
    expect(await page.getByTestId('order-total').innerText()).toBe(yuan(totalFen));
    const lines = await summary.getByTestId('order-line').allInnerTexts();
    expect(lines[0]).toMatch(new RegExp(`罚款\\s*${yuan(fineFen).replace('.', '\\.')}`));
    if (lateFen > 0) expect(lines[1]).toMatch(new RegExp(`加处罚款\\s*${yuan(lateFen).replace('.', '\\.')}`));
    expect(lines).toHaveLength(lateFen > 0 ? 2 : 1);
    // The order holds until the end of today, Beijing time (the late fee changes tomorrow).
    expect(await page.getByTestId('order-expires').innerText()).toBe(`${beijingToday().replaceAll('-', '/')} 23:59:59（北京时间）`);
    expect(await page.getByTestId('order-status').innerText()).toBe('待缴费');
    return totalFen;
  }

  /** Back on our result page, which waits for the payment centre (not the URL) to say the order is paid. */
  async function expectPaidResult(page: Page, orderId: string, totalFen: number, channelName: string) {
    await page.waitForURL((url) => url.pathname === '/h5/pay/result' && url.searchParams.get('orderId') === orderId, { timeout: 30_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nstill at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 500)}`);
    });
    const result = page.locator('[data-testid="pay-result"][data-status="PAID"]');
    await result.waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    expect(text).toContain('支付成功');
    expect(await result.getByTestId('paid-amount').innerText()).toBe(yuan(totalFen));
    expect(text).toContain(`支付方式：${channelName}`);
    expect(await page.getByTestId('order-status').innerText()).toBe('已缴费');
  }

  it('shows each violation’s payment state, then pays a fine through the Alipay cashier and confirms it on the result page', async () => {
    const fine = fines[0]!;
    expect(fine.decisionNumber).toBeTruthy();
    const page = await citizenAtViolations();

    // Processed and unpaid: the decision number, the fine and 缴纳罚款.
    const item = page.getByTestId('violation').filter({ hasText: fine.decisionNumber! });
    const payment = item.getByTestId('fine-payment');
    expect(await payment.innerText()).toMatch(/决定书编号/);
    expect(await payment.getByTestId('decision-number').innerText()).toBe(fine.decisionNumber);
    expect(await payment.innerText()).toContain(yuan(fine.fineAmount * 100));
    expect(await page.getByTestId('pay-fine').count()).toBe(fines.length);
    // Unprocessed: nothing to pay yet, and where to process it. Paid: says so, no button.
    const unprocessed = stack.legacy.seed.vehiclesByOwner(demo().idNumber).flatMap((v) => stack.legacy.seed.violationsByPlate(v.plate)).find((v) => v.status === '0')!;
    const unprocessedItem = page.getByTestId('violation').filter({ hasText: unprocessed.place });
    expect(await unprocessedItem.getByTestId('fine-unprocessed').innerText()).toContain('请先');
    expect(await unprocessedItem.getByTestId('pay-fine').count()).toBe(0);
    const paidOne = stack.legacy.seed.vehiclesByOwner(demo().idNumber).flatMap((v) => stack.legacy.seed.violationsByPlate(v.plate)).find((v) => v.status === '2')!;
    const paidItem = page.getByTestId('violation').filter({ hasText: paidOne.decisionNumber! });
    expect(await paidItem.getByTestId('fine-paid').innerText()).toContain('已缴款');
    expect(await paidItem.getByTestId('pay-fine').count()).toBe(0);
    await page.screenshot({ path: artifact('h5-fines.png'), fullPage: true });

    const orderId = await orderFine(page, fine);
    const totalFen = await expectOrderPage(page, fine);
    await page.screenshot({ path: artifact('h5-pay-order.png'), fullPage: true });

    await page.getByTestId('channel-ALIPAY').click();
    await page.getByTestId('pay-now').click();
    // The Alipay stand-in's H5 cashier, for exactly what the order charges.
    await page.waitForURL((url) => url.href.startsWith(`${stack.legacy.url}/alipay/cashier/`), { timeout: 30_000 });
    const cashier = await page.locator('body').innerText();
    expect(cashier).toContain('支付宝');
    expect(cashier).toContain(yuan(totalFen));
    await page.screenshot({ path: artifact('alipay-cashier.png'), fullPage: true });
    await page.getByRole('button', { name: '确认付款' }).click();
    // Paid at the cashier (the console test expects it among the paid orders, whatever the way back does).
    paid.push({ orderId, totalFen, channel: '支付宝' });

    // Alipay's own return parameters come along; the page shows the result only once the order is PAID.
    await expectPaidResult(page, orderId, totalFen, '支付宝');
    expect(new URL(page.url()).searchParams.get('out_trade_no')).toBeTruthy();
    await page.screenshot({ path: artifact('h5-pay-result-alipay.png'), fullPage: true });

    // 我的缴费 lists it as paid, and leads to its page, which says 已缴费 instead of offering to pay again.
    await page.goto(`${web.url}/h5/payments`);
    const listed = page.locator(`[data-testid="payment-order"][data-order-id="${orderId}"]`);
    await listed.waitFor({ timeout: 30_000 });
    expect(await listed.innerText()).toContain(yuan(totalFen));
    expect(await listed.getByTestId('order-status').innerText()).toBe('已缴费');
    await page.screenshot({ path: artifact('h5-my-payments.png'), fullPage: true });
    await listed.click();
    await page.waitForURL(ORDER_PATH, { timeout: 15_000 });
    await page.getByTestId('order-paid').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('order-paid').innerText()).toContain('已缴费');
    expect(await page.getByTestId('pay-now').count()).toBe(0);
  }, 180_000);

  it('pays another fine through the WeChat Pay cashier, whose 支付成功 page links back to the result page', async () => {
    const fine = fines[1]!;
    const page = await citizenAtViolations();
    const orderId = await orderFine(page, fine);
    const totalFen = await expectOrderPage(page, fine);

    await page.getByTestId('channel-WECHAT').click();
    await page.getByTestId('pay-now').click();
    await page.waitForURL((url) => url.href.startsWith(`${stack.legacy.url}/wechat/pay/cashier`), { timeout: 30_000 });
    const cashier = await page.locator('body').innerText();
    expect(cashier).toContain('微信支付');
    expect(cashier).toContain(yuan(totalFen));
    await page.screenshot({ path: artifact('wechat-cashier.png'), fullPage: true });
    await page.getByRole('button', { name: '确认支付' }).click();
    paid.push({ orderId, totalFen, channel: '微信支付' });

    await page.getByText('支付成功').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(stack.legacy.url);
    await page.getByRole('link', { name: '返回商户' }).click();

    await expectPaidResult(page, orderId, totalFen, '微信支付');
    await page.screenshot({ path: artifact('h5-pay-result-wechat.png'), fullPage: true });
  }, 180_000);

  it('does not take the return URL’s word for it: an unpaid order stays 确认中, then says 支付结果确认中 with 刷新', async () => {
    const fine = fines[2]!;
    const page = await citizenAtViolations();
    const orderId = await orderFine(page, fine);
    const totalFen = await expectOrderPage(page, fine);
    // Starting shows the QR code of the same trade for another device; the cashier is kept from opening, so it stays in view.
    await page.route(`${stack.legacy.url}/**`, (route) => route.abort('aborted'));
    await page.getByTestId('channel-ALIPAY').click();
    await page.getByTestId('pay-now').click();
    const qr = page.getByTestId('cashier-qr');
    await qr.waitFor({ timeout: 30_000 });
    expect(await qr.innerText()).toContain('使用其他设备扫码支付');
    expect(await qr.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await page.unroute(`${stack.legacy.url}/**`);
    unpaid = { orderId, totalFen };

    // Someone writes the return parameters of a successful payment by hand.
    const forged = new URLSearchParams({ orderId, trade_status: 'TRADE_SUCCESS', total_amount: (totalFen / 100).toFixed(2), out_trade_no: 'forged' });
    await page.goto(`${web.url}/h5/pay/result?${forged}`);
    const confirming = page.locator('[data-testid="pay-result"][data-status="CONFIRMING"]');
    await confirming.waitFor({ timeout: 30_000 });
    expect(await confirming.innerText()).toContain('正在确认支付结果');
    const delayed = page.locator('[data-testid="pay-result"][data-status="DELAYED"]');
    await delayed.waitFor({ timeout: 40_000 });
    expect(await delayed.innerText()).toContain('支付结果确认中');
    expect(await page.getByText('支付成功').count()).toBe(0);
    expect(await page.getByTestId('order-status').innerText()).toBe('待缴费');
    await page.screenshot({ path: artifact('h5-pay-result-delayed.png'), fullPage: true });

    // 刷新 asks again (still unpaid: back to confirming), and 返回订单 offers the cashier choice again.
    await page.getByTestId('refresh-result').click();
    await confirming.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '返回订单' }).click();
    await page.waitForURL(ORDER_PATH, { timeout: 15_000 });
    await page.getByTestId('pay-now').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('order-total').innerText()).toBe(yuan(totalFen));
  }, 120_000);

  it('a window officer finds the paid orders under 缴费订单, filtered by status 已缴费', async () => {
    expect(paid).toHaveLength(2);
    expect(unpaid).toBeDefined();
    const open = unpaid!;

    const page = await openDesk(browser);
    const window01 = DEMO_OFFICERS.find((o) => o.username === 'window01')!;
    await signInAtConsole(page, web.url, officers, { username: window01.username, password: DEMO_OFFICER_PASSWORD, secret: window01.totpSecret });
    await page.getByTestId('console-menu').getByText('缴费订单').click();
    const table = page.getByTestId('payment-orders-table');
    const row = (orderId: string) => table.locator('tr', { hasText: orderId });

    // Unfiltered: paid and unpaid orders alike, newest first.
    await row(open.orderId).waitFor({ timeout: 30_000 });
    expect(await row(open.orderId).getByTestId('payment-status').innerText()).toBe('待缴费');
    expect(await row(open.orderId).innerText()).toContain(yuan(open.totalFen));
    for (const order of paid) await row(order.orderId).waitFor({ timeout: 10_000 });

    await page.getByTestId('payment-filters').locator('.ant-form-item', { hasText: '状态' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option[title="已缴费"]').click();
    await page.getByTestId('payment-filters').getByRole('button', { name: /查\s*询/ }).click();
    await row(open.orderId).waitFor({ state: 'detached', timeout: 30_000 });

    const statuses = await table.getByTestId('payment-status').allInnerTexts();
    expect(statuses).toHaveLength(paid.length);
    expect(new Set(statuses)).toEqual(new Set(['已缴费']));
    for (const order of paid) {
      const text = await row(order.orderId).innerText();
      expect(text).toContain(yuan(order.totalFen));
      expect(text).toContain(order.channel);
      expect(text).toContain('交通违法罚款');
    }
    await page.screenshot({ path: artifact('console-payment-orders.png'), fullPage: true });
    await page.close();
  }, 120_000);
  it('the payment centre has its own trail under 审计日志 (缴费中心) and its own queue under 任务队列', async () => {
    expect(paid.length).toBeGreaterThan(0);
    const secretOf = (username: string) => DEMO_OFFICERS.find((o) => o.username === username)!.totpSecret;

    const audit = await openDesk(browser);
    await signInAtConsole(audit, web.url, officers, { username: 'auditadmin', password: DEMO_OFFICER_PASSWORD, secret: secretOf('auditadmin') });
    await audit.getByTestId('console-menu').getByText('审计日志').click();
    await audit.getByTestId('audit-trails').getByRole('tab', { name: '缴费中心' }).click();
    const trail = audit.getByTestId('audit-trail-payment');
    // The orders made and paid above, in the payment subgraph's own chain.
    await trail.getByTestId('audit-table').locator('tr', { hasText: '收到支付' }).first().waitFor({ timeout: 30_000 });
    expect(await trail.getByTestId('audit-table').innerText()).toContain('创建缴费订单');
    await trail.getByTestId('check-chain').click();
    await trail.getByTestId('chain-status').getByText(/审计链完整/).waitFor({ timeout: 30_000 });
    await audit.screenshot({ path: artifact('console-audit-payment.png'), fullPage: true });
    await audit.close();

    const jobs = await openDesk(browser);
    await signInAtConsole(jobs, web.url, officers, { username: 'sysadmin', password: DEMO_OFFICER_PASSWORD, secret: secretOf('sysadmin') });
    await jobs.getByTestId('console-menu').getByText('任务队列').click();
    const queue = jobs.getByTestId('job-queue-payment');
    await queue.waitFor({ timeout: 30_000 });
    expect(await queue.innerText()).toContain('缴费中心');
    expect(await queue.getByTestId('job-counts').innerText()).toContain('已完成');
    await jobs.close();
  }, 120_000);
});
