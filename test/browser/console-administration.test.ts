import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import { enqueueJob } from '@jingtong/kit';
import type { Browser, Page } from 'playwright-core';
import { OfficerKit, type DemoOfficer } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';
import { consoleMenu, openDesk, signInAtConsole } from './support/console-desk.js';
import { artifact, webEnvFor } from './support/web-env.js';

const secretOf = (username: DemoOfficer) => DEMO_OFFICERS.find((o) => o.username === username)!.totpSecret;

describe('officer console: administration pages — partner keys, every subgraph’s audit trail, job queues (browser)', () => {
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
});
