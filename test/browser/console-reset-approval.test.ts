import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import type { Browser, Page } from 'playwright-core';
import { OfficerKit, type DemoOfficer } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';
import { openDesk, signInAtConsole } from './support/console-desk.js';
import { artifact, webEnvFor } from './support/web-env.js';

const demo = (username: DemoOfficer) => DEMO_OFFICERS.find((o) => o.username === username)!;
const RESET = `mutation($id: ID!, $totp: Boolean!) { resetOfficerPassword(officerId: $id, resetTotp: $totp) { pendingReset { id } error { code } } }`;
const APPROVE = `mutation($id: ID!) { approveOfficerReset(resetRequestId: $id) { oneTimePasswordSentTo error { code } } }`;

describe('officer console: an administrator’s reset waits for a second approver of that role (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;
  let pages: { url: string; close(): Promise<void> };
  let officers: OfficerKit;

  beforeAll(async () => {
    // The pages' gateway runs persisted operations only; the test's own requests (OfficerKit) go to the stack's.
    stack = await startStack({ mode: 'embedded' });
    pages = await stack.extraGateway({ SAFELIST_ENFORCE: 'true' });
    web = await startNext({ gatewayUrl: pages.url, env: webEnvFor(stack) });
    browser = await launchBrowser();
    officers = new OfficerKit(stack);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await pages?.close();
    await stack?.close();
  });

  const desk = () => openDesk(browser);
  /** Through the sign-in page with the demo password and the authenticator's current code. */
  const signIn = (page: Page, username: DemoOfficer) =>
    signInAtConsole(page, web.url, officers, { username, password: DEMO_OFFICER_PASSWORD, secret: demo(username).totpSecret });

  const officerId = async (username: string) =>
    (await stack.identityDeps.database.db.selectFrom('officers').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  it('a security administrator asks to reset an audit administrator; another audit administrator approves it under 待审批', async () => {
    const target = demo('auditadmin2');
    const requested = Date.now();

    // 1. The security administrator resets the account (and its authenticator): nothing happens yet, the page says so.
    const secadmin = await desk();
    await signIn(secadmin, 'secadmin');
    await secadmin.getByTestId('console-menu').getByText('民警与角色').click();
    const row = secadmin.getByTestId('officers-table').locator('tr', { hasText: target.username });
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: '重置密码' }).click();
    // The list shows names masked.
    const dialog = secadmin.getByRole('dialog', { name: new RegExp(`^重置密码：.+（${target.username}）$`) });
    await dialog.getByText('同时重置身份验证器').click();
    await dialog.getByRole('button', { name: /重\s*置/ }).click();
    const pending = secadmin.getByTestId('reset-pending');
    await pending.waitFor({ timeout: 30_000 });
    expect(await pending.innerText()).toMatch(/须由另一名审计管理员在「待审批」中批准/);
    await secadmin.screenshot({ path: artifact('console-reset-requested.png'), fullPage: true });
    // The requester is not an approver: nothing waits for them.
    await secadmin.getByTestId('console-menu').getByText('待审批').click();
    await secadmin.getByTestId('reset-requests').getByText('没有待您审批的申请').waitFor({ timeout: 30_000 });
    await secadmin.close();
    expect(stack.legacy.sms.sent(target.phone).filter((m) => Date.parse(m.sentAt) >= requested - 1000)).toEqual([]);

    // A second, password-only request for the same account, which someone else approves first (through the API).
    const asked = await stack.graphql(RESET, { id: await officerId(target.username), totp: false }, await officers.demo('secadmin'));
    const second = asked.body.data.resetOfficerPassword.pendingReset.id as string;

    // 2. The other audit administrator sees both requests: who asked, for whom, since when, what is reset.
    const approver = await desk();
    await signIn(approver, 'auditadmin');
    await approver.getByTestId('console-menu').getByText('待审批').click();
    const requests = approver.getByTestId('reset-requests');
    const full = requests.locator('tr', { hasText: '密码及身份验证器' });
    const passwordOnly = requests.locator('tr', { hasText: '仅密码' });
    await full.waitFor({ timeout: 30_000 });
    await passwordOnly.waitFor({ timeout: 30_000 });
    for (const text of [await full.innerText(), await passwordOnly.innerText()]) {
      expect(text).toContain(target.username);
      expect(text).toContain('secadmin');
      expect(text).toContain('审计管理员');
      expect(text).toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/);
    }
    await approver.screenshot({ path: artifact('console-reset-approvals.png'), fullPage: true });

    // Already approved elsewhere: the page says so in Chinese and drops the row.
    expect((await stack.graphql(APPROVE, { id: second }, await officers.demo('auditadmin'))).body.data.approveOfficerReset.error).toBeNull();
    // Its one-time password is texted now, so the one read below is the next approval's.
    await stack.drainJobs();
    await passwordOnly.getByTestId('approve-reset').click();
    await approver.getByRole('tooltip').getByRole('button', { name: /批\s*准/ }).click();
    await approver.getByText('未找到待审批的重置申请，或已过期').waitFor({ timeout: 30_000 });
    await passwordOnly.waitFor({ state: 'detached', timeout: 30_000 });

    // 3. 批准, confirmed: the reset is done, the one-time password texted to the officer, the request gone.
    const approved = Date.now();
    await full.getByTestId('approve-reset').click();
    const confirm = approver.getByRole('tooltip');
    await confirm.getByText(`批准重置 ${target.username}？`).waitFor({ timeout: 10_000 });
    await confirm.getByRole('button', { name: /批\s*准/ }).click();
    await approver.getByText(/一次性密码已通过短信发送至其本人手机/).waitFor({ timeout: 30_000 });
    await requests.getByText('没有待您审批的申请').waitFor({ timeout: 30_000 });
    await approver.screenshot({ path: artifact('console-reset-approved.png'), fullPage: true });
    await approver.close();

    const password = await officers.oneTimePassword(target.phone, approved);
    expect(password).toMatch(/^\S{16}$/);
    // The authenticator was reset too: the officer enrols a new one with the texted password.
    expect((await officers.signIn(target.username, password, '')).error?.code).toBe('TOTP_ENROLMENT_REQUIRED');
    expect(await stack.identityDeps.database.db.selectFrom('officer_reset_requests').select('id').where('approved_at', 'is', null).execute()).toEqual([]);
  }, 180_000);
});
