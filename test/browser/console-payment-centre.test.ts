import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { claimsOf, eventually } from '../integration/citizens.support.js';
import { type PaidOrder, PaidOrders } from '../integration/reconciliation/paid-orders.js';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { openDesk, signInAtConsole } from './support/console-desk.js';
import { persistedHashOf } from './support/graphql-requests.js';
import { startNext, type NextServer } from './support/next-server.js';
import { artifact, webEnvFor } from './support/web-env.js';

const REFUNDS = `query($id: ID!) { paymentOrder(id: $id) { status refundedFen refunds { amountFen state officerId } } }`;
const REFUND = `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { id } error { code } } }`;
const DIFFERENCES = `query($f: ReconciliationDifferenceFilter) { reconciliationDifferences(filter: $f) { id kind outTradeNo channelFen resolution note resolvedBy } }`;
const STATISTICS = `query($from: String!, $to: String!, $g: PaymentStatisticsGroupBy!) { paymentStatistics(from: $from, to: $to, groupBy: $g) { key label orders paidFen refundedFen netFen } }`;

/** What the three orders charge; everything the test expects is worked out from these. */
const CHARGE = { alipay: 26_887, wechat: 4_150, unnotified: 7_701 };

/** Fen as yuan text, written out independently of the console's own formatter: `8962` → `89.62`. */
const yuanText = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
const yuan = (fen: number) => `¥${yuanText(fen)}`;
/** A part of `fen` whose yuan text a float turns into less than its fen (as 1.15 × 100 = 114.999…, cut to 114): the form must split the text instead. */
function floatTrap(fen: number): number {
  for (let part = Math.floor(fen / 3); part > 0; part--) if (Number(yuanText(part)) * 100 < part) return part;
  throw new Error('no amount below the charge that a float gets wrong');
}
type Figures = { orders: number; paidFen: number; refundedFen: number; netFen: number };
type StatisticsRow = Figures & { key: string; label: string };
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const secretOf = (username: string) => DEMO_OFFICERS.find((o) => o.username === username)!.totpSecret;

describe('console: the payment centre’s refunds, reconciliation and statistics (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let guarded: { url: string; close(): Promise<void> };
  let browser: Browser;
  let officers: OfficerKit;
  let desk: Page;
  let leader: string;
  let reviewer: string;
  let paid: PaidOrder;
  let unnotified: PaidOrder;
  const part = floatTrap(CHARGE.alipay);
  const remainder = CHARGE.alipay - part;
  /** Refunded by another officer through the API while the leader's form is open. */
  const meanwhile = Math.floor(remainder / 2);

  beforeAll(async () => {
    // No settle job asks the channels within the test: a trade whose notification never came stays missing from the ledger.
    stack = await startStack({ mode: 'embedded', env: { PAYMENT_SETTLE_AFTER_MS: '3600000' } });
    // The web app runs persisted operations only, as in production; the test's own calls go to the stack's gateway.
    guarded = await stack.extraGateway({ SAFELIST_ENFORCE: 'true' });
    web = await startNext({ gatewayUrl: guarded.url, env: webEnvFor(stack) });
    browser = await launchBrowser();
    officers = new OfficerKit(stack);
    [leader, reviewer] = [await officers.demo('leader01'), await officers.demo('reviewer01')];
    const orders = new PaidOrders(stack, 'console');
    paid = await orders.paid({ channel: 'ALIPAY', amountFen: CHARGE.alipay });
    await orders.paid({ channel: 'WECHAT', amountFen: CHARGE.wechat, countyCode: '411081' });
    // Money Alipay has and we never heard of: its bill lists the trade, the ledger does not.
    stack.legacy.payments.setNotifyMode('alipay', 'never');
    try {
      unnotified = await orders.paid({ channel: 'ALIPAY', amountFen: CHARGE.unnotified });
    } finally {
      stack.legacy.payments.setNotifyMode('alipay', 'normal');
    }
    desk = await openDesk(browser);
    await signInAtConsole(desk, web.url, officers, { username: 'leader01', password: DEMO_OFFICER_PASSWORD, secret: secretOf('leader01') });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await guarded?.close();
    await stack?.close();
  });

  const refundsOf = async (orderId: string) => (await stack.graphql(REFUNDS, { id: orderId }, leader)).body.data.paymentOrder;
  const modal = () => desk.getByTestId('refund-modal');

  async function openOrder(orderId: string) {
    await desk.getByTestId('console-menu').getByText('缴费订单').click();
    await desk.getByTestId('payment-orders-table').locator('tr', { hasText: orderId }).getByTestId('order-link').click({ timeout: 30_000 });
    await desk.waitForURL((url) => url.pathname === `/console/payments/${orderId}`, { timeout: 15_000 });
    await desk.getByTestId('order-status').waitFor({ timeout: 30_000 });
  }

  /** What the form says is wrong with a field. */
  const fieldError = (text: string) => modal().locator('.ant-form-item-explain-error', { hasText: text });

  /** Amount and reason, then 下一步 (to the confirmation, or to what is wrong). */
  async function fillRefund(amount: string, reason: string) {
    await modal().getByTestId('refund-amount').fill(amount);
    await modal().getByTestId('refund-reason').fill(reason);
    await modal().getByTestId('refund-next').click();
  }

  it('refunds part of a paid order from its detail page: the amount exactly in fen, once however often it is sent, confirmed on the order', async () => {
    await openOrder(paid.orderId);
    expect(await desk.getByTestId('order-amount').innerText()).toBe(yuan(CHARGE.alipay));
    expect(await desk.getByTestId('order-status').innerText()).toBe('已缴费');
    expect(await desk.getByTestId('order-payment').innerText()).toContain('支付宝');

    await desk.getByTestId('refund-open').click();
    expect(await modal().getByTestId('refundable-amount').innerText()).toBe(yuan(CHARGE.alipay));
    // Three decimals and more than is left are refused before anything is sent.
    await fillRefund(`${yuanText(part)}1`, '重复缴纳');
    await fieldError('最多两位小数').waitFor({ timeout: 5_000 });
    await fillRefund(yuanText(CHARGE.alipay + 1), '重复缴纳');
    await fieldError(`退款金额不能超过可退金额 ${yuan(CHARGE.alipay)}`).waitFor({ timeout: 5_000 });

    await fillRefund(yuanText(part), '重复缴纳');
    const summary = await modal().getByTestId('refund-summary').innerText();
    expect(summary).toContain(yuan(part));
    expect(summary).toContain('支付宝');
    // The payment centre makes the refund, but its answer is lost on the way back: 确认退款 again is the same refund.
    const refundHash = persistedHashOf('RefundPayment');
    let lost = 0;
    await desk.route('**/api/graphql', async (route) => {
      if (lost > 0 || !route.request().postData()?.includes(refundHash)) return route.fallback();
      lost++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await modal().getByTestId('refund-confirm').click();
    expect(await modal().getByTestId('refund-error').innerText({ timeout: 15_000 })).toContain('不会重复退款');
    await desk.unroute('**/api/graphql');
    await modal().getByTestId('refund-confirm').dblclick();
    await modal().waitFor({ state: 'detached', timeout: 15_000 });
    expect(lost).toBe(1);

    // 退款中 until Alipay confirms; the page asks again by itself.
    const row = desk.getByTestId('order-refunds').locator('tr', { hasText: yuan(part) });
    await row.getByTestId('refund-state').getByText('已退款').waitFor({ timeout: 30_000 });
    expect(await desk.getByTestId('order-status').innerText()).toBe('部分退款');
    expect(await desk.getByTestId('order-refunded').innerText()).toBe(yuan(part));
    await desk.screenshot({ path: artifact('console-payment-order-refunded.png'), fullPage: true });

    const order = await refundsOf(paid.orderId);
    expect(order).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedFen: part });
    expect(order.refunds).toEqual([{ amountFen: part, state: 'SUCCEEDED', officerId: claimsOf(leader).sub }]);
  }, 120_000);

  it('a refund over what is left (another officer refunded meanwhile) shows the payment centre’s refusal in Chinese and changes nothing', async () => {
    await desk.getByTestId('refund-open').click();
    expect(await modal().getByTestId('refundable-amount').innerText()).toBe(yuan(remainder));
    const asked = (await stack.graphql(REFUND, { i: { orderId: paid.orderId, amountFen: meanwhile, reason: '多缴', idempotencyKey: randomUUID() } }, reviewer)).body.data.refundPayment;
    expect(asked.error).toBeNull();

    // What the form still shows as refundable is no longer so: the payment centre refuses it.
    await fillRefund(yuanText(remainder), '重复缴纳');
    await modal().getByTestId('refund-confirm').click();
    expect(await modal().getByTestId('refund-error').innerText({ timeout: 15_000 })).toContain('退款金额超过可退金额');
    // The form read the order again: what is left now.
    await modal().getByTestId('refundable-amount').getByText(yuan(remainder - meanwhile)).waitFor({ timeout: 15_000 });
    await desk.screenshot({ path: artifact('console-refund-refused.png'), fullPage: true });
    await modal().getByRole('button', { name: /取\s*消/ }).click();

    const amounts = (await refundsOf(paid.orderId)).refunds.map((r: { amountFen: number }) => r.amountFen);
    expect(amounts.sort((a: number, b: number) => a - b)).toEqual([part, meanwhile].sort((a, b) => a - b));
  }, 120_000);

  it('runs the day’s reconciliation, finds the trade Alipay has and the ledger lacks, and resolves it with a note', async () => {
    // The reviewer's refund is confirmed by Alipay first: a refund still in flight would be a difference of its own.
    await eventually(async () => (await refundsOf(paid.orderId)).refundedFen === part + meanwhile, 'both refunds confirmed', 20_000);
    await desk.getByTestId('console-menu').getByText('缴费对账').click();
    await desk.getByTestId('run-reconciliation').click({ timeout: 30_000 });
    await desk.getByRole('button', { name: '开始对账' }).click();

    const differences = desk.getByTestId('reconciliation-differences');
    const row = differences.locator('tr', { hasText: unnotified.outTradeNo });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('difference-kind').innerText()).toBe('本地漏记（长款）');
    const text = await row.innerText();
    expect(text).toContain(yuan(CHARGE.unnotified));
    expect(text).toContain('无记录');
    // The refunds above and the WeChat payment agree with the bills: nothing else to report.
    expect(await differences.locator('tbody tr.ant-table-row').count()).toBe(1);
    const alipayRun = desk.getByTestId('reconciliation-runs').locator('tr', { hasText: '支付宝' });
    expect(await alipayRun.getByTestId('run-differences').innerText()).toBe('1 / 1');
    await desk.screenshot({ path: artifact('console-reconciliation.png'), fullPage: true });

    const note = `已与支付宝核实商户订单号 ${unnotified.outTradeNo}，人工补录`;
    await row.getByTestId('resolve-difference').click();
    const resolve = desk.getByTestId('resolve-modal');
    await resolve.getByText('已手工补录').click();
    await resolve.getByTestId('resolution-note').fill(note);
    await resolve.getByRole('button', { name: '确认处理' }).click();
    await resolve.waitFor({ state: 'detached', timeout: 15_000 });
    const resolution = row.getByTestId('difference-resolution');
    await resolution.waitFor({ timeout: 15_000 });
    expect(await resolution.innerText()).toContain('已手工补录');
    expect(await resolution.innerText()).toContain(note);

    const [found] = (await stack.graphql(DIFFERENCES, { f: { date: beijingToday() } }, leader)).body.data.reconciliationDifferences;
    expect(found).toMatchObject({ kind: 'MISSING_IN_LEDGER', outTradeNo: unnotified.outTradeNo, channelFen: CHARGE.unnotified, resolution: 'RECORDED_MANUALLY', note, resolvedBy: claimsOf(leader).sub });

    // 待处理: nothing left.
    await desk.getByTestId('reconciliation-filters').locator('.ant-form-item', { hasText: '处理状态' }).locator('.ant-select').click();
    await desk.locator('.ant-select-item-option[title="待处理"]').click();
    await desk.getByTestId('reconciliation-filters').getByRole('button', { name: /查\s*询/ }).click();
    await row.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await differences.innerText()).toContain('没有符合条件的对账差异');
  }, 120_000);

  it('shows the statistics the API gives, as totals, a recharts chart and a table, and exports that table as an Excel-ready CSV', async () => {
    const byChannel = (await stack.graphql(STATISTICS, { from: beijingToday(), to: beijingToday(), g: 'CHANNEL' }, leader)).body.data.paymentStatistics as StatisticsRow[];
    const sum = (field: keyof Figures) => byChannel.reduce((total, row) => total + row[field], 0);
    expect([sum('paidFen'), sum('refundedFen')]).toEqual([CHARGE.alipay + CHARGE.wechat, part + meanwhile]);

    await desk.getByTestId('console-menu').getByText('缴费统计').click();
    await desk.getByTestId('total-paid').waitFor({ timeout: 30_000 });
    expect(await desk.getByTestId('total-paid').innerText()).toBe(yuan(sum('paidFen')));
    expect(await desk.getByTestId('total-refunded').innerText()).toBe(yuan(sum('refundedFen')));
    expect(await desk.getByTestId('total-net').innerText()).toBe(yuan(sum('netFen')));
    const chart = desk.getByTestId('statistics-chart');
    await chart.locator('svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(byChannel.length);
    for (const row of byChannel) expect(await desk.getByTestId('statistics-table').locator('tr', { hasText: row.label }).innerText()).toContain(yuan(row.paidFen));
    await desk.screenshot({ path: artifact('console-payment-statistics.png'), fullPage: true });

    // By day: a line over the period.
    await desk.getByTestId('statistics-group').getByText('按日').click();
    await desk.locator('[data-testid="statistics-chart"][data-kind="line"] .recharts-line').first().waitFor({ timeout: 15_000 });
    await desk.getByTestId('statistics-group').getByText('按支付渠道').click();
    await desk.locator('[data-testid="statistics-chart"][data-kind="bar"]').waitFor({ timeout: 15_000 });
    await desk.getByTestId('statistics-table').locator('tr', { hasText: byChannel[0]!.label }).waitFor({ timeout: 15_000 });

    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^缴费统计_支付渠道_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const cells = (row: Figures) => [row.orders, yuanText(row.paidFen), yuanText(row.refundedFen), yuanText(row.netFen)].join(',');
    expect(lines).toEqual([
      '支付渠道,渠道代码,缴费笔数,缴费金额（元）,退款金额（元）,净收入（元）',
      ...byChannel.map((row) => `${row.label},${row.key},${cells(row)}`),
      `合计,,${cells({ orders: sum('orders'), paidFen: sum('paidFen'), refundedFen: sum('refundedFen'), netFen: sum('netFen') })}`,
    ]);
  }, 120_000);

  it('a window officer reads the same pages without 退款, 处理 or 立即对账', async () => {
    const window = await openDesk(browser);
    await signInAtConsole(window, web.url, officers, { username: 'window01', password: DEMO_OFFICER_PASSWORD, secret: secretOf('window01') });
    await window.goto(`${web.url}/console/payments/${paid.orderId}`);
    await window.getByTestId('order-refunds').locator('tr', { hasText: yuan(part) }).waitFor({ timeout: 30_000 });
    expect(await window.getByTestId('refund-open').count()).toBe(0);
    await window.getByTestId('console-menu').getByText('缴费对账').click();
    await window.getByTestId('reconciliation-differences').locator('tr', { hasText: unnotified.outTradeNo }).waitFor({ timeout: 30_000 });
    expect(await window.getByTestId('run-reconciliation').count()).toBe(0);
    await window.close();
  }, 120_000);
});
