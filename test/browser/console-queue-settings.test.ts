import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import type { Browser, Page } from 'playwright-core';
import { citizen, hallsOf, Q } from '../integration/queue/queue-world.js';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { consoleMenu, openDesk, signInAtConsole } from './support/console-desk.js';
import { startNext, type NextServer } from './support/next-server.js';
import { setupApi } from './support/setup-api.js';
import { artifact, webEnvFor } from './support/web-env.js';

/** 建安分局's hall, set up by the bureau's leader; 魏都分局's, whose figures its window officer reads. */
const SET_HALL = 'XC-JA-01';
const DESK_HALL = 'XC-WD-01';

type HallSettings = { id: string; name: string; windows: number; items: Array<{ id: string; name: string }>; slotCapacity: number; onlineSharePercent: number; onlineCapacity: number; closedDates: string[]; bookableDates: string[] };

describe('console: 大厅排号设置, 取号统计, and the queue’s own audit trail and job queue (browser)', () => {
  let stack: Stack;
  let api: Stack;
  let closeSetup: () => Promise<void>;
  let web: NextServer;
  let browser: Browser;
  let officers: OfficerKit;

  beforeAll(async () => {
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    ({ api, close: closeSetup } = await setupApi(stack));
    await stack.drainJobs();
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack) });
    browser = await launchBrowser();
    officers = new OfficerKit(api);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await closeSetup?.();
    await stack?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await openDesk(browser);
    const officer = DEMO_OFFICERS.find((o) => o.username === username)!;
    await signInAtConsole(page, web.url, officers, { username, password: DEMO_OFFICER_PASSWORD, secret: officer.totpSecret });
    return page;
  }

  const hallNow = async (id: string) => (await hallsOf(api, (await citizen(api)).token))[id] as unknown as HallSettings;

  it('a leader sets a hall’s online share and closes a day to online booking; the hall’s machine facts are shown beside them', async () => {
    const page = await signedIn('leader01');
    expect(await consoleMenu(page)).toContain('大厅排号设置');
    await page.getByTestId('console-menu').getByText('大厅排号设置').click();
    const before = await hallNow(SET_HALL);
    const settings = page.getByTestId('hall-settings');
    await settings.locator('.ant-card-extra .ant-select').click();
    await page.locator(`.ant-select-item-option[title="${before.name}（${SET_HALL}）"]`).click();
    const facts = page.getByTestId('hall-facts');
    await facts.getByText(SET_HALL, { exact: true }).waitFor({ timeout: 30_000 });
    // The windows and items its machine reports.
    expect(await facts.getByTestId('hall-windows').innerText()).toBe(String(before.windows));
    const items = await facts.getByTestId('hall-items').innerText();
    for (const item of before.items) expect(items).toContain(item.name);
    expect(await page.getByTestId('online-capacity').innerText()).toContain(String(before.onlineCapacity));

    const share = before.onlineSharePercent === 30 ? 40 : 30;
    const closed = before.bookableDates[0]!;
    const form = page.getByTestId('hall-schedule');
    await form.locator('.ant-form-item', { hasText: '网上预约比例' }).locator('input').fill(String(share));
    await form.locator('.ant-form-item', { hasText: '停止网上预约的日期' }).locator('.ant-picker').click();
    const cell = page.locator(`.ant-picker-dropdown td.ant-picker-cell-in-view[title="${closed}"]`);
    await page.locator('.ant-picker-dropdown .ant-picker-header-next-btn').waitFor({ timeout: 10_000 });
    // The first bookable day may be next month.
    if ((await cell.count()) === 0) await page.locator('.ant-picker-dropdown .ant-picker-header-next-btn').click();
    await cell.locator('.ant-picker-cell-inner').click();
    await page.keyboard.press('Escape');
    await form.getByTestId('save-schedule').click();
    await page.locator('.ant-message').getByText('排号设置已保存').waitFor({ timeout: 30_000 });

    // The API has it: the share, the online seats it makes, and the day gone from the bookable ones.
    const after = await hallNow(SET_HALL);
    expect(after.onlineSharePercent).toBe(share);
    expect(after.onlineCapacity).not.toBe(before.onlineCapacity);
    expect(after.closedDates).toContain(closed);
    expect(after.bookableDates).not.toContain(closed);
    expect(after.slotCapacity).toBe(before.slotCapacity);
    await page.getByTestId('online-capacity').filter({ hasText: new RegExp(` ${after.onlineCapacity} `) }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('hall-bookable-dates').innerText()).not.toContain(closed);
    // A citizen's slots of another day now offer the new number of seats.
    const slots = (await api.graphql(Q.slots, { h: SET_HALL, i: after.items[0]!.id, d: after.bookableDates[0] }, (await citizen(api)).token)).body.data.queueSlots;
    expect(slots[0].capacity).toBe(after.onlineCapacity);
    await page.screenshot({ path: artifact('console-queue-hall-settings.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('a window officer reads 取号统计 of their hall, day by day as the API counts it; hall settings are not theirs', async () => {
    const page = await signedIn('window01');
    const menu = await consoleMenu(page);
    expect(menu).toContain('排队叫号');
    expect(menu).not.toContain('大厅排号设置');
    await page.getByTestId('console-menu').getByText('取号统计').click();
    const screen = page.getByTestId('queue-statistics');
    const table = screen.getByTestId('queue-statistics-table');
    await table.locator('[data-testid="statistics-date"]').first().waitFor({ timeout: 30_000 });
    expect(await screen.locator('.ant-card-extra .ant-select').innerText()).toContain(DESK_HALL);

    // The period the page shows, asked of the API by the same officer.
    const [from, to] = await screen.locator('.ant-picker-input input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const token = await officers.demo('window01');
    const days = (await api.graphql(Q.statistics, { h: DESK_HALL, f: from, t: to }, token)).body.data.queueStatistics as Array<Record<string, number | string | null>>;
    expect(days.length).toBeGreaterThan(0);
    expect(await table.locator('[data-testid="statistics-date"]').allInnerTexts()).toEqual(days.map((day) => day.date));
    const keys = ['booked', 'walkIns', 'served', 'noShows', 'cancelled', 'waiting'] as const;
    for (const day of days) {
      const cells = await table.locator(`tr[data-row-key="${day.date}"] td`).allInnerTexts();
      expect(cells.slice(1, 7)).toEqual(keys.map((key) => String(day[key])));
      expect(cells[7]).toBe(day.averageWaitMinutes == null ? '—' : (day.averageWaitMinutes as number).toFixed(1));
    }
    const total = await table.getByTestId('statistics-total').locator('td').allInnerTexts();
    expect(total.slice(1, 7)).toEqual(keys.map((key) => String(days.reduce((sum, day) => sum + (day[key] as number), 0))));
    await page.screenshot({ path: artifact('console-queue-statistics.png'), fullPage: true });

    // The settings page, asked for directly, is refused to this role.
    await page.goto(`${web.url}/console/queue-halls`);
    await page.getByTestId('forbidden').waitFor({ timeout: 30_000 });
    await page.close();
  }, 120_000);

  it('the queue has its own trail under 审计日志 (排队取号) and its own queue under 任务队列', async () => {
    const audit = await signedIn('auditadmin');
    await audit.getByTestId('console-menu').getByText('审计日志').click();
    await audit.getByTestId('audit-trails').getByRole('tab', { name: '排队取号' }).click();
    const trail = audit.getByTestId('audit-trail-queue');
    // The leader's change above, in the queue subgraph's own chain.
    await trail.getByTestId('audit-table').locator('tr', { hasText: '修改大厅排号设置' }).first().waitFor({ timeout: 30_000 });
    await trail.getByTestId('check-chain').click();
    await trail.getByTestId('chain-status').getByText(/审计链完整/).waitFor({ timeout: 30_000 });
    await audit.close();

    const jobs = await signedIn('sysadmin');
    const menu = await consoleMenu(jobs);
    expect(menu).toContain('大厅排号设置');
    expect(menu).not.toContain('排队叫号');
    await jobs.getByTestId('console-menu').getByText('任务队列').click();
    const queue = jobs.getByTestId('job-queue-queue');
    await queue.waitFor({ timeout: 30_000 });
    expect(await queue.innerText()).toContain('排队取号');
    // The halls' sync has run at least once.
    const counts = await queue.getByTestId('job-counts').innerText();
    expect(counts).toMatch(/已完成\s*[1-9]/);
    await jobs.close();
  }, 120_000);
});
