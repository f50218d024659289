import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import type { Browser, Page } from 'playwright-core';
import { OfficerKit, sidOf, type DemoOfficer } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';
import { consoleMenu, openDesk, signInAtConsole } from './support/console-desk.js';
import { artifact, webEnvFor } from './support/web-env.js';

const secretOf = (username: DemoOfficer) => DEMO_OFFICERS.find((o) => o.username === username)!.totpSecret;

describe('officer console: sign-in with TOTP and menus by role (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;
  let officers: OfficerKit;

  beforeAll(async () => {
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack) });
    browser = await launchBrowser();
    officers = new OfficerKit(stack);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  const desk = () => openDesk(browser);
  const menu = consoleMenu;
  const signIn = (page: Page, username: string, password: string, secret: string) => signInAtConsole(page, web.url, officers, { username, password, secret });

  it('an audit administrator signs in with password + TOTP, lands on 我的账号 and reads the audit log', async () => {
    const page = await desk();
    await page.goto(`${web.url}/console`);
    await page.getByTestId('officer-sign-in').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifact('console-sign-in.png'), fullPage: true });

    // A wrong code is refused, and says so.
    await page.getByPlaceholder('警务账号用户名').fill('auditadmin');
    await page.getByPlaceholder('密码', { exact: true }).fill(DEMO_OFFICER_PASSWORD);
    await page.getByPlaceholder('6位动态口令').fill(officers.wrongCode(secretOf('auditadmin')));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('sign-in-error').waitFor({ timeout: 15_000 });

    await signIn(page, 'auditadmin', DEMO_OFFICER_PASSWORD, secretOf('auditadmin'));
    expect(new URL(page.url()).pathname).toBe('/console/account');
    expect(await page.getByTestId('my-account').innerText()).toContain('审计管理员');
    expect(await page.getByTestId('password-expires-at').innerText()).toMatch(/\d{4}\/\d{2}\/\d{2}/);
    const items = await menu(page);
    expect(items).toContain('我的账号');
    expect(items).toContain('审计日志');
    expect(items).not.toContain('民警与角色');
    expect(items).not.toContain('合作方密钥');
    expect(items).not.toContain('任务队列');
    await page.screenshot({ path: artifact('console-account.png'), fullPage: true });

    await page.getByTestId('console-menu').getByText('审计日志').click();
    await page.getByTestId('audit-table').waitFor({ timeout: 30_000 });
    // Its own sign-in is in the log (and the refused one before it).
    await page.getByTestId('audit-table').getByText('登录', { exact: true }).first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('audit-table').innerText()).toContain('登录失败');
    await page.getByTestId('check-chain').click();
    await page.getByTestId('chain-status').getByText(/审计链完整/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifact('console-audit.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('a window officer sees 在逃人员预警 (masked) and signs for one, but neither the audit log nor officer administration', async () => {
    // A listed person of the officer's district signs in: identity screens them and raises an alert for 魏都分局.
    const { seed } = stack.legacy;
    const wanted = seed.fugitives().find((id) => id.startsWith('411002'));
    expect(wanted).toBeDefined();
    const setup = await stack.extraGateway({ SAFELIST_ENFORCE: 'false' });
    try {
      const res = await fetch(setup.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: 'mutation($id: String!) { devSignIn(idNumber: $id) { token error { code } } }', variables: { id: wanted } }),
      });
      expect(((await res.json()) as { data: { devSignIn: { token: string | null } } }).data.devSignIn.token).toBeTruthy();
    } finally {
      await setup.close();
    }
    await stack.drainJobs();

    const page = await desk();
    await signIn(page, 'window01', DEMO_OFFICER_PASSWORD, secretOf('window01'));
    const items = await menu(page);
    expect(items).toContain('在逃人员预警');
    expect(items).not.toContain('审计日志');
    expect(items).not.toContain('民警与角色');
    expect(items).not.toContain('任务队列');

    await page.getByTestId('console-menu').getByText('在逃人员预警').click();
    const table = page.getByTestId('alerts-table');
    const masked = `${wanted!.slice(0, 4)}**********${wanted!.slice(-4)}`;
    await table.getByText(masked).waitFor({ timeout: 30_000 });
    expect(await table.innerText()).not.toContain(wanted!);
    await page.screenshot({ path: artifact('console-alerts.png'), fullPage: true });

    await table.getByRole('button', { name: /签\s*收/ }).first().click();
    await page.getByRole('tooltip').getByRole('button', { name: /签\s*收/ }).click();
    await table.getByText(masked).waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('.ant-segmented').getByText('已签收', { exact: true }).click();
    await table.getByText(masked).waitFor({ timeout: 30_000 });

    // Typed straight into the address bar, the audit log still says no.
    await page.goto(`${web.url}/console/audit`);
    await page.getByTestId('forbidden').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('audit-log').count()).toBe(0);
    // Nor the job queues.
    await page.goto(`${web.url}/console/jobs`);
    await page.getByTestId('forbidden').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('job-queues').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('a system administrator creates an officer, who enrols an authenticator from the QR code and sets a password', async () => {
    const admin = await desk();
    await signIn(admin, 'sysadmin', DEMO_OFFICER_PASSWORD, secretOf('sysadmin'));
    await admin.getByTestId('console-menu').getByText('民警与角色').click();
    await admin.getByTestId('officers-table').getByText('window01').waitFor({ timeout: 30_000 });

    const username = `browser${Date.now().toString(36)}`;
    await admin.getByTestId('create-officer').click();
    const dialog = admin.getByRole('dialog', { name: '新建民警账号' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('赵新警');
    const phone = officers.uniquePhone();
    await dialog.getByLabel('手机号').fill(phone);
    const since = Date.now();
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    // The one-time password goes to the officer's own phone (the SMS stand-in's outbox), never to the page.
    await admin.getByText(/初始密码已通过短信发送至其本人手机/).waitFor({ timeout: 30_000 });
    await admin.screenshot({ path: artifact('console-officer-created.png'), fullPage: true });
    const initialPassword = await officers.oneTimePassword(phone, since);
    expect(initialPassword).toMatch(/^\S{16}$/);
    await admin.getByTestId('officers-table').getByText(username).waitFor({ timeout: 30_000 });
    expect(await admin.content()).not.toContain(initialPassword);
    await admin.screenshot({ path: artifact('console-officers.png'), fullPage: true });

    await admin.getByRole('button', { name: /退\s*出/ }).click();
    await admin.getByTestId('sign-in-reason').getByText('您已安全退出').waitFor({ timeout: 30_000 });
    await admin.close();

    const page = await desk();
    await page.goto(`${web.url}/console/sign-in`);
    await page.getByPlaceholder('警务账号用户名').fill(username);
    await page.getByPlaceholder('密码', { exact: true }).fill(initialPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    // Enrolment: the QR code image from identity, and the secret to type by hand.
    await page.getByTestId('totp-qr').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.screenshot({ path: artifact('console-enrolment.png'), fullPage: true });
    await page.getByPlaceholder('身份验证器上的6位数字').fill(await officers.code(username, secret));
    await page.getByRole('button', { name: '完成绑定' }).click();

    // The one-time password must go: a new one, with a fresh code.
    await page.getByTestId('expired-password').waitFor({ timeout: 30_000 });
    const password = `Nw-${Math.random().toString(36).slice(2, 10)}-Pw2026`;
    const fields = page.getByTestId('expired-password').locator('input[type="password"]');
    await fields.nth(0).fill(password);
    await fields.nth(1).fill(password);
    await page.getByTestId('expired-password').getByPlaceholder('6位动态口令').fill(await officers.code(username, secret));
    await page.screenshot({ path: artifact('console-new-password.png'), fullPage: true });
    await page.getByRole('button', { name: '设置新密码并登录' }).click();

    await page.getByTestId('my-account').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('my-account').innerText()).toContain('窗口民警');
    expect(await page.getByTestId('signed-in-officer').innerText()).toContain('赵新警');
    await page.close();
  }, 180_000);

  it('after 30 idle minutes the next request returns to sign-in saying 长时间未操作，请重新登录', async () => {
    const page = await desk();
    await signIn(page, 'auditadmin', DEMO_OFFICER_PASSWORD, secretOf('auditadmin'));
    const token = (await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('jingtong.officer.session')))!;
    // The officer stepped away: the session was last seen 31 minutes ago.
    const aged = await stack.identityDeps.database.db
      .updateTable('officer_sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('sid', '=', sidOf(JSON.parse(token).token))
      .executeTakeFirst();
    expect(Number(aged.numUpdatedRows)).toBe(1);

    await page.getByTestId('console-menu').getByText('审计日志').click();
    await page.getByTestId('sign-in-reason').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('sign-in-reason').innerText()).toContain('长时间未操作，请重新登录');
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    expect(await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('jingtong.officer.session'))).toBeNull();
    await page.screenshot({ path: artifact('console-idle.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
