import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import { enqueueJob } from '@jingtong/kit';
import type { Browser, Page } from 'playwright-core';
import { OfficerKit, sidOf, type DemoOfficer } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';
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

  const desk = () => browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  const menu = (page: Page) => page.getByTestId('console-menu').innerText();

  /** Through the sign-in page the way an officer does: username, password, the authenticator's current code. */
  async function signIn(page: Page, username: string, password: string, secret: string) {
    await page.goto(`${web.url}/console`);
    await page.getByTestId('officer-sign-in').waitFor({ timeout: 30_000 });
    await page.getByPlaceholder('警务账号用户名').fill(username);
    await page.getByPlaceholder('密码', { exact: true }).fill(password);
    await page.getByPlaceholder('6位动态口令').fill(await officers.code(username, secret));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('my-account').waitFor({ timeout: 30_000 });
  }

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

  it('a system administrator issues a partner key: the secret is shown once and never listed', async () => {
    const page = await desk();
    await signIn(page, 'sysadmin', DEMO_OFFICER_PASSWORD, secretOf('sysadmin'));
    await page.getByTestId('console-menu').getByText('单位').click();
    await page.getByTestId('units-table').getByText('411002000000').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifact('console-units.png'), fullPage: true });

    await page.getByTestId('console-menu').getByText('合作方密钥').click();
    await page.getByRole('button', { name: '签发密钥' }).click();
    const dialog = page.getByRole('dialog', { name: '签发合作方密钥' });
    await dialog.getByLabel('合作方').fill('市交通运输局');
    await dialog.locator('input[type="checkbox"]').first().check();
    await dialog.getByRole('button', { name: /签\s*发/ }).click();
    await page.getByTestId('one-time-secret').waitFor({ timeout: 30_000 });
    const secret = (await page.getByTestId('secret-value').innerText()).trim();
    expect(secret).toMatch(/^jt_live_/);
    await page.screenshot({ path: artifact('console-partner-key-issued.png'), fullPage: true });
    await page.getByText('我已复制并妥善保存').click();
    await page.getByTestId('secret-done').click();
    await page.getByTestId('one-time-secret').waitFor({ state: 'detached', timeout: 10_000 });

    await page.getByText('市交通运输局').first().waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain(secret);
    await page.screenshot({ path: artifact('console-partner-keys.png'), fullPage: true });
    await page.close();
  }, 150_000);

  it('an audit administrator reads each subgraph’s trail: a partner’s vehicle look-up under 交通管理, both chains whole', async () => {
    // The set-up goes through a gateway without the safelist (the pages' own gateway only runs persisted operations).
    const setup = await stack.extraGateway({ SAFELIST_ENFORCE: 'false' });
    try {
      const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
        const res = await fetch(setup.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as { data?: any; errors?: unknown[] };
      };
      const signedIn = await post('mutation($u: String!, $p: String!, $t: String!) { officerSignIn(username: $u, password: $p, totp: $t) { token error { code } } }', {
        u: 'sysadmin',
        p: DEMO_OFFICER_PASSWORD,
        t: await officers.code('sysadmin', secretOf('sysadmin')),
      });
      const token = signedIn.data?.officerSignIn?.token as string;
      expect(token).toBeTruthy();
      const issued = await post(
        'mutation($input: IssuePartnerKeyInput!) { issuePartnerKey(input: $input) { secret error { code } } }',
        { input: { partnerName: '许昌市交通运输局', scopes: ['traffic.vehicle:read'], ratePerMinute: 60, costBudgetPerDay: 10_000 } },
        { authorization: `Bearer ${token}` },
      );
      const secret = issued.data?.issuePartnerKey?.secret as string;
      expect(secret).toMatch(/^jt_live_/);
      const plate = stack.legacy.seed.vehiclesByOwner(stack.legacy.seed.demoCitizen().idNumber)[0].plate;
      const looked = await post('query($p: String!) { vehicle(plate: $p) { plate } }', { p: plate }, { 'x-api-key': secret });
      expect(looked.data?.vehicle?.plate).toBe(plate);
    } finally {
      await setup.close();
    }

    const page = await desk();
    await signIn(page, 'auditadmin', DEMO_OFFICER_PASSWORD, secretOf('auditadmin'));
    await page.getByTestId('console-menu').getByText('审计日志').click();
    const identity = page.getByTestId('audit-trail-identity');
    await identity.getByTestId('audit-table').getByText('登录', { exact: true }).first().waitFor({ timeout: 30_000 });
    // The look-up is traffic's: it is not in identity's trail.
    expect(await identity.getByTestId('audit-table').innerText()).not.toContain('车辆查询');
    await identity.getByTestId('check-chain').click();
    await identity.getByTestId('chain-status').getByText(/审计链完整/).waitFor({ timeout: 30_000 });

    await page.getByTestId('audit-trails').getByRole('tab', { name: '交通管理' }).click();
    const traffic = page.getByTestId('audit-trail-traffic');
    const lookup = traffic.getByTestId('audit-table').locator('tr', { hasText: '车辆查询' });
    await lookup.first().waitFor({ timeout: 30_000 });
    expect(await lookup.first().innerText()).toContain('合作方');
    await traffic.getByTestId('check-chain').click();
    await traffic.getByTestId('chain-status').getByText(/审计链完整/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifact('console-audit-traffic.png'), fullPage: true });

    // Back on 用户中心, its own check is still shown.
    await page.getByTestId('audit-trails').getByRole('tab', { name: '用户中心' }).click();
    expect(await identity.getByTestId('chain-status').innerText()).toMatch(/审计链完整/);
    await page.close();
  }, 150_000);

  it('a system administrator sees a dead letter under 任务队列 and retries it', async () => {
    // A job no handler knows is dead-lettered at once.
    await enqueueJob(stack.identityDeps.database.db, { kind: 'probe.unknown', key: 'browser-test', payload: {} });
    await stack.drainJobs();

    const page = await desk();
    await signIn(page, 'sysadmin', DEMO_OFFICER_PASSWORD, secretOf('sysadmin'));
    expect(await menu(page)).toContain('任务队列');
    await page.getByTestId('console-menu').getByText('任务队列').click();
    const queue = page.getByTestId('job-queue-identity');
    const row = queue.getByTestId('dead-jobs').locator('tr', { hasText: 'browser-test' });
    await row.waitFor({ timeout: 30_000 });
    const before = await row.innerText();
    expect(before).toContain('probe.unknown');
    expect(before).toContain('UNKNOWN_JOB_KIND');
    expect(await page.getByTestId('job-queue-traffic').innerText()).toContain('交通管理');
    await page.screenshot({ path: artifact('console-jobs.png'), fullPage: true });

    await row.getByTestId('retry-job').click();
    const confirm = page.getByRole('tooltip');
    await confirm.getByText('确认已排除故障原因后重试？').waitFor({ timeout: 10_000 });
    await confirm.getByRole('button', { name: /重\s*试/ }).click();
    await page.getByText('任务已重新排队').waitFor({ timeout: 30_000 });
    // Refetched: the row left the dead list, or (the worker polls every 200 ms and dead-letters it again) it changed.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const now = await row.innerText({ timeout: 1_000 }).catch(() => null);
      if (now === null || now !== before) break;
      if (Date.now() > deadline) throw new Error(`the retried job is still listed unchanged: ${before}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The retry is audited in identity's trail.
    const audited = await stack.identityDeps.database.db.selectFrom('audit_log').select(['details']).where('target_kind', '=', 'job').execute();
    expect(audited.map((r) => JSON.parse(r.details!).change)).toContain('JOB_RETRIED');
    await page.close();
  }, 150_000);

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
