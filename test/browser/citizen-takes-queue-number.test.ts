import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import type { Browser, Page } from 'playwright-core';
import { booked, citizen, hallsOf, type Hall, machineDay, Q, take, type Ticket, travelTo, backToNow } from '../integration/queue/queue-world.js';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { openDesk, signInAtConsole } from './support/console-desk.js';
import { setupApi } from './support/setup-api.js';
import { startNext, type NextServer } from './support/next-server.js';
import { artifact, webEnvFor } from './support/web-env.js';

/** 魏都分局's hall: window01's unit runs it. Its 户籍业务 numbers read A001, A002… */
const HALL = 'XC-WD-01';
const ITEM = 'HJ';
/** 建安分局's hall: for the full slot and the cancelled booking. */
const OTHER_HALL = 'XC-JA-01';
const TICKET_PATH = /\/h5\/queue\/tickets\/([0-9a-f-]{36})$/;

/** Re-encodes a QR payload's claims under its old signature: what a doctored code reads. */
function altered(payload: string, change: (claims: Record<string, string>) => void): string {
  const [prefix, body, signature] = payload.split('.');
  const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
  change(claims);
  return [prefix, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('citizen H5: 大厅取号, the ticket with its QR code and live status, and the window’s 排队叫号 (browser)', () => {
  let stack: Stack;
  /** The stack's calls for what the test sets up and checks, through a gateway without the web's safelist. */
  let api: Stack;
  let closeSetup: () => Promise<void>;
  let web: NextServer;
  let browser: Browser;
  let officers: OfficerKit;
  let halls: Record<string, Hall>;
  let phone: Page | undefined;
  /** The citizen's first booking (taken through the pages), its day, and someone who booked the same slot before them. */
  const mine = { id: '', number: '', date: '', slot: '09:30-10:00' };
  let earlier: Ticket;
  /** A booking of the citizen's that can no longer be cancelled once the day has come. */
  let late = '';

  beforeAll(async () => {
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    ({ api, close: closeSetup } = await setupApi(stack));
    // The halls come from their machines by the sync job.
    await stack.drainJobs();
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack, { WEB_DEV_SIGN_IN: 'on' }) });
    browser = await launchBrowser();
    officers = new OfficerKit(api);
    halls = await hallsOf(api, (await citizen(api)).token);
    mine.date = halls[HALL]!.bookableDates[1]!;
    // Booked before the citizen, for the same slot: called first.
    earlier = await booked(api, (await citizen(api)).token, { hallId: HALL, itemId: ITEM, date: mine.date, slot: mine.slot });
  }, 180_000);

  afterAll(async () => {
    if (stack) backToNow(stack);
    await browser?.close();
    await web?.close();
    await closeSetup?.();
    await stack?.close();
  });

  const leader = () => officers.demo('leader01');
  /** A ticket as the API has it now (a leader of the bureau may read every hall's). */
  const ticketNow = async (id: string) =>
    (await api.graphql(`query($id: ID!) { queueTicket(id: $id) { id number status slot qrCode qrPayload ahead nowCalling hall { name address mapUrl } } }`, { id }, await leader())).body.data.queueTicket;
  const slotsNow = async (hallId: string, date: string, token: string) =>
    (await api.graphql(Q.slots, { h: hallId, i: ITEM, d: date }, token)).body.data.queueSlots as Array<{ slot: string; capacity: number; taken: number; left: number }>;

  /** The demo citizen (real-name level 1 after the development sign-in), in one phone tab kept for the whole suite. */
  async function citizenPhone(): Promise<Page> {
    if (!phone) {
      phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      await phone.goto(`${web.url}/h5`);
      await phone.getByText('使用预置身份证号登录').click({ timeout: 30_000 });
      await phone.getByPlaceholder('请输入18位身份证号').fill(stack.legacy.seed.demoCitizen().idNumber);
      await phone.getByRole('button', { name: '开发环境登录' }).click();
      // 大厅取号 from the home, as a citizen opens it: level 1 is enough, no gate.
      await phone.locator('[data-service="queue"]').click({ timeout: 30_000 });
      await phone.waitForURL(/\/h5\/queue$/, { timeout: 15_000 });
    } else {
      await phone.goto(`${web.url}/h5/queue`);
    }
    await phone.getByTestId('hall-choice').waitFor({ timeout: 30_000 });
    return phone;
  }

  /** 大厅 → 业务 → 日期 → 时段 on the form; answers the slot's option. */
  async function choose(page: Page, hallId: string, date: string, slot: string) {
    await page.locator(`[data-testid="hall-option"][data-hall="${hallId}"] .adm-radio`).click();
    await page.getByTestId('item-choice').locator(`[data-item="${ITEM}"]`).click();
    await page.getByTestId('date-choice').locator(`[data-date="${date}"]`).click();
    const option = page.locator(`[data-testid="slot-option"][data-slot="${slot}"]`);
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    return option;
  }

  /** 确认取号, landing on the new ticket's page: its id. */
  async function confirm(page: Page): Promise<string> {
    await page.getByTestId('take-number').click();
    await page.waitForURL(TICKET_PATH, { timeout: 30_000 });
    await page.getByTestId('queue-ticket').waitFor({ timeout: 30_000 });
    return TICKET_PATH.exec(new URL(page.url()).pathname)![1]!;
  }

  it('takes a number through the pages; the ticket shows the number the hall’s machine issued, its QR code, the hall and the map', async () => {
    const page = await citizenPhone();
    // Every hall the API offers, by county, with its address and map link.
    expect(await page.getByTestId('hall-option').count()).toBe(Object.keys(halls).length);
    expect(await page.locator(`[data-hall="${HALL}"]`).innerText()).toContain('七一路188号');
    const option = await choose(page, HALL, mine.date, mine.slot);
    const seats = (await slotsNow(HALL, mine.date, (await citizen(api)).token)).find((s) => s.slot === mine.slot)!;
    expect(Number(await option.getAttribute('data-left'))).toBe(seats.left);
    await page.screenshot({ path: artifact('h5-queue-form.png'), fullPage: true });

    mine.id = await confirm(page);
    const ticket = await ticketNow(mine.id);
    mine.number = ticket.number;
    expect(await page.getByTestId('ticket-number').innerText()).toBe(ticket.number);
    // The machine holds exactly this number for the slot, as an online booking, after the one booked before.
    const day = await machineDay(stack, HALL, mine.date, ITEM);
    expect(day.tickets.find((t) => t.number === ticket.number)).toMatchObject({ channel: 'ONLINE', slot: mine.slot, status: 'WAITING' });
    expect(day.tickets.findIndex((t) => t.number === ticket.number)).toBeGreaterThan(day.tickets.findIndex((t) => t.number === earlier.number));
    // The QR code the window scans, as the API made it; where and when.
    expect(await page.getByTestId('ticket-qr').locator('img').getAttribute('src')).toBe(ticket.qrCode);
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('BOOKED');
    expect(await page.getByTestId('ticket-hall').innerText()).toBe(ticket.hall.name);
    expect(await page.getByTestId('ticket-address').innerText()).toBe(ticket.hall.address);
    expect(await page.getByTestId('ticket-map').getAttribute('href')).toBe(ticket.hall.mapUrl);
    expect(await page.getByTestId('ticket-slot').innerText()).toBe(mine.slot);
    expect(await page.getByTestId('ticket-cancellable-until').innerText()).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    await page.screenshot({ path: artifact('h5-queue-ticket.png'), fullPage: true });

    // 我的取号 lists it and leads back to it.
    await page.goto(`${web.url}/h5/queue/tickets`);
    const listed = page.locator(`[data-testid="my-ticket"][data-ticket-id="${mine.id}"]`);
    await listed.waitFor({ timeout: 30_000 });
    expect(await listed.innerText()).toContain(ticket.number);
    await listed.click();
    await page.waitForURL(TICKET_PATH, { timeout: 15_000 });
    expect(TICKET_PATH.exec(new URL(page.url()).pathname)![1]).toBe(mine.id);
  }, 180_000);

  it('a slot that fills up while the citizen chooses says SLOT_FULL’s message; the citizen stays on the form and the slot turns 已约满', async () => {
    const page = await citizenPhone();
    const date = halls[OTHER_HALL]!.bookableDates[0]!;
    const slot = '14:00-14:30';
    const option = await choose(page, OTHER_HALL, date, slot);
    const left = Number(await option.getAttribute('data-left'));
    expect(left).toBeGreaterThan(0);
    // Meanwhile others take every seat left, and one more asks in vain.
    for (let i = 0; i < left; i++) await booked(api, (await citizen(api)).token, { hallId: OTHER_HALL, itemId: ITEM, date, slot });
    const refused = (await take(api, (await citizen(api)).token, { hallId: OTHER_HALL, itemId: ITEM, date, slot })).error!;
    expect(refused.code).toBe('SLOT_FULL');

    await page.getByTestId('take-number').click();
    const problem = page.locator('[data-testid="take-number-problem"][data-code="SLOT_FULL"]');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.innerText()).toContain(refused.message);
    expect(new URL(page.url()).pathname).toBe('/h5/queue');
    await page.locator(`[data-testid="slot-option"][data-slot="${slot}"][data-left="0"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('.adm-selector-item-disabled', { hasText: slot }).count()).toBe(1);
    expect(await page.getByTestId('take-number').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('h5-queue-slot-full.png'), fullPage: true });
  }, 120_000);

  it('cancels another booking after a confirmation: the seat is free again and the machine’s number is cancelled', async () => {
    const page = await citizenPhone();
    const date = halls[OTHER_HALL]!.bookableDates[2]!;
    const slot = '10:00-10:30';
    const token = (await citizen(api)).token;
    const before = (await slotsNow(OTHER_HALL, date, token)).find((s) => s.slot === slot)!.taken;
    await choose(page, OTHER_HALL, date, slot);
    const id = await confirm(page);
    expect((await slotsNow(OTHER_HALL, date, token)).find((s) => s.slot === slot)!.taken).toBe(before + 1);

    await page.getByTestId('cancel-ticket').click();
    const confirmCancel = page.getByRole('button', { name: '确定取消' });
    await confirmCancel.waitFor({ timeout: 10_000 });
    expect(await page.locator('.adm-dialog-content').innerText()).toContain('可取消至');
    await confirmCancel.click();
    await page.locator('[data-testid="ticket-status"][data-status="CANCELLED"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('cancel-ticket').count()).toBe(0);
    const cancelled = await ticketNow(id);
    expect(cancelled.status).toBe('CANCELLED');
    expect((await slotsNow(OTHER_HALL, date, token)).find((s) => s.slot === slot)!.taken).toBe(before);
    await stack.drainJobs();
    expect((await machineDay(stack, OTHER_HALL, date, ITEM)).tickets.find((t) => t.number === cancelled.number)?.status).toBe('CANCELLED');

    // One more for the window's day, in a slot that begins within the cancel limit once that day has come.
    await citizenPhone();
    await choose(page, OTHER_HALL, mine.date, '10:30-11:00');
    late = await confirm(page);
  }, 120_000);

  it('on the day, the window refuses a forged QR code, checks the citizen in by the real one and calls numbers; the ticket page follows live', async () => {
    await travelTo(stack, `${mine.date}T09:35:00+08:00`);
    const page = await citizenPhone();
    await page.goto(`${web.url}/h5/queue/tickets/${mine.id}`);
    await page.getByTestId('live-status').waitFor({ timeout: 30_000 });

    const desk = await openDesk(browser);
    const window01 = DEMO_OFFICERS.find((o) => o.username === 'window01')!;
    await signInAtConsole(desk, web.url, officers, { username: window01.username, password: DEMO_OFFICER_PASSWORD, secret: window01.totpSecret });
    await desk.getByTestId('console-menu').getByText('排队叫号').click();
    const scanner = desk.getByTestId('scanner-input');
    await scanner.waitFor({ timeout: 30_000 });
    // The field has the focus: the scanner types into it and ends with Enter.
    expect(await scanner.evaluate((element) => element === document.activeElement)).toBe(true);
    let scans = 0;
    const scan = async (payload: string, outcome: string) => {
      await desk.keyboard.type(payload);
      await desk.keyboard.press('Enter');
      const result = desk.locator(`[data-testid="scan-result"][data-scan="${++scans}"][data-outcome="${outcome}"]`);
      await result.waitFor({ timeout: 30_000 });
      const text = await result.innerText();
      // The next scan finds the field empty and focused again.
      expect(await scanner.inputValue()).toBe('');
      return text;
    };

    const { qrPayload } = await ticketNow(mine.id);
    // The citizen's code with another ticket's number: refused, nothing changes.
    const forgery = altered(qrPayload, (claims) => (claims.n = earlier.number));
    const forged = await scan(forgery, 'refused');
    const refused = (await api.graphql(Q.checkIn, { q: forgery, h: HALL }, await leader())).body.data.checkInQueueTicket.error;
    expect(refused.code).toBe('QR_INVALID');
    expect(forged).toContain(refused.message);
    expect((await ticketNow(mine.id)).status).toBe('BOOKED');
    expect((await ticketNow(earlier.id)).status).toBe('BOOKED');
    expect((await machineDay(stack, HALL, mine.date, ITEM)).tickets.find((t) => t.number === mine.number)?.checkedInAt).toBeNull();
    await desk.screenshot({ path: artifact('console-queue-forged.png'), fullPage: true });

    // The earlier citizen arrives first, then ours: each real code checks its ticket in.
    expect(await scan(earlier.qrPayload, 'checked-in')).toContain(earlier.number);
    const checkedIn = await scan(qrPayload, 'checked-in');
    expect(checkedIn).toContain(mine.number);
    const live = await ticketNow(mine.id);
    expect(live.status).toBe('CHECKED_IN');
    expect(live.ahead).toBeGreaterThan(0);
    // Without reloading, the ticket page says so, with how many will be called first.
    await page.locator('[data-testid="ticket-status"][data-status="CHECKED_IN"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('live-status').getAttribute('data-ahead')).toBe(String(live.ahead));

    // Window 3 calls until it reaches the citizen's number, marking each one before served.
    await desk.getByTestId('call-next').locator('.ant-select').first().click();
    await desk.locator('.ant-select-item-option[title="3 号窗口"]').click();
    const called: string[] = [];
    for (let i = 0; i < 10 && called.at(-1) !== mine.number; i++) {
      await desk.getByTestId('call-next-button').click();
      const calling = desk.getByTestId('window-calling');
      await calling.waitFor({ timeout: 30_000 });
      called.push((await calling.getAttribute('data-number'))!);
      if (called.length === 1) {
        // The citizen's page shows the number now called.
        await page.locator(`[data-testid="live-status"][data-now-calling="${called[0]}"]`).waitFor({ timeout: 30_000 });
      }
      if (called.at(-1) !== mine.number) {
        await calling.getByTestId('mark-served').click();
        await calling.waitFor({ state: 'detached', timeout: 30_000 });
      }
    }
    expect(called).toEqual([earlier.number, mine.number]);
    await page.getByTestId('called-window').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('called-window').innerText()).toContain('3 号窗口');
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('CALLED');
    await page.screenshot({ path: artifact('h5-queue-called.png'), fullPage: true });
    await desk.screenshot({ path: artifact('console-queue-board.png'), fullPage: true });

    // 办结: the board and the citizen's page both say so.
    await desk.getByTestId('window-calling').getByTestId('mark-served').click();
    const row = desk.getByTestId('queue-board-table').locator('tr', { hasText: mine.number });
    await row.locator('[data-testid="board-status"][data-status="SERVED"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="ticket-status"][data-status="SERVED"]').waitFor({ timeout: 30_000 });
    expect((await ticketNow(mine.id)).status).toBe('SERVED');
    await desk.close();

    // Too close to its slot now: the cancel is refused in the hall's words, and the booking stands.
    await page.goto(`${web.url}/h5/queue/tickets/${late}`);
    await page.getByTestId('cancel-ticket').click();
    await page.getByRole('button', { name: '确定取消' }).click();
    const tooLate = page.getByTestId('cancel-problem');
    await tooLate.waitFor({ timeout: 30_000 });
    const own = (await api.graphql(`mutation($id: String!) { devSignIn(idNumber: $id) { token } }`, { id: stack.legacy.seed.demoCitizen().idNumber })).body.data.devSignIn.token;
    const answer = (await api.graphql(Q.cancel, { id: late }, own)).body.data.cancelQueueTicket.error;
    expect(answer.code).toBe('CANCEL_TOO_LATE');
    expect(await tooLate.innerText()).toContain(answer.message);
    expect((await ticketNow(late)).status).toBe('BOOKED');
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('BOOKED');
  }, 240_000);
});
