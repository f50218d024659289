import { networkIdentityOf, type FaultPatch } from '@jingtong/legacy';
import type { Browser, Page } from 'playwright-core';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';
import { graphqlRequests, persistedHashOf } from './support/graphql-requests.js';
import { artifact } from './support/web-env.js';

/** Short enough that a test can outwait a cache entry, long enough not to expire mid-page. */
const CACHE_TTL_MS = 1_500;

describe('citizen H5: my vehicles and violations (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;
  const vehiclesHash = persistedHashOf('MyVehiclesAndViolations');

  beforeAll(async () => {
    stack = await startStack({
      mode: 'embedded',
      // The web app runs persisted operations only, as in production.
      gatewayEnv: { SAFELIST_ENFORCE: 'true' },
      env: {
        // Cached copies go stale quickly, so a failing platform is answered from them (extensions.stale).
        CACHE_VEHICLES_TTL_MS: String(CACHE_TTL_MS),
        CACHE_VIOLATIONS_TTL_MS: String(CACHE_TTL_MS),
        // A platform that never answers becomes LEGACY_TIMEOUT after this long.
        LEGACY_DEADLINE_MS: '1500',
        // The failures these tests inject must not open the breaker for the tests after them.
        LEGACY_BREAKER_VOLUME: '1000',
      },
    });
    // Development sign-in by a seeded ID number is shown only when asked for.
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: { WEB_DEV_SIGN_IN: 'on' } });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  afterEach(async () => {
    await faults({ system: 'traffic', mode: 'normal', latencyMs: 0, jitterMs: 0, errorRate: 0 });
  });

  /** The stand-in's own admin route, as an operator would use it. */
  async function faults(patch: FaultPatch<'traffic'>) {
    const response = await fetch(`${stack.legacy.url}/__legacy/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
    expect(response.status).toBe(200);
  }

  const phonePage = () => browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });

  /** Development sign-in (level 1, seeded vehicles bound) from wherever the page sent us. */
  async function devSignIn(page: Page, idNumber: string) {
    await page.getByText('使用预置身份证号登录').click();
    await page.getByPlaceholder('请输入18位身份证号').fill(idNumber);
    await page.getByRole('button', { name: '开发环境登录' }).click();
  }

  /** Level 1 → 2 on the real-name page the way a citizen does it: the 网证口令 tab. */
  async function networkPassword(page: Page, idNumber: string) {
    await page.locator('[data-testid="real-name"][data-level="1"]').waitFor({ timeout: 30_000 });
    await page.locator('.adm-tabs-tab', { hasText: '网证口令' }).click();
    await page.getByPlaceholder('6位网证口令').fill(networkIdentityOf(idNumber).password);
    await page.getByRole('button', { name: '提交网证口令' }).click();
    await page.locator('[data-testid="real-name"][data-level="2"]').waitFor({ timeout: 30_000 });
  }

  it('gates a level-1 citizen before any API call, then shows the vehicles once level 2 is reached', async () => {
    const demo = stack.legacy.seed.demoCitizen();
    const vehicles = stack.legacy.seed.vehiclesByOwner(demo.idNumber);
    const violation = vehicles.flatMap((v) => stack.legacy.seed.violationsByPlate(v.plate)).find((v) => v.status === '0')!;
    expect(violation).toBeDefined();

    const page = await phonePage();
    const sent = graphqlRequests(page);
    // Signed out, the page sends us to sign-in and brings us back afterwards.
    await page.goto(`${web.url}/h5/vehicles`);
    await devSignIn(page, demo.idNumber);

    // Development sign-in gives level 1; 违法查询与缴款 needs 2: the page says so, and asked nothing.
    const gate = page.getByTestId('level-gate');
    await gate.waitFor({ timeout: 30_000 });
    expect(await gate.innerText()).toContain('需要完成二级实名认证');
    expect(await gate.getAttribute('data-level')).toBe('2');
    expect(await page.title()).toContain('违法查询与缴款');
    expect(await page.getByTestId('query-failure').count()).toBe(0);
    expect(await page.getByTestId('partial-notice').count()).toBe(0);
    expect(sent.map((request) => request.hash)).not.toContain(vehiclesHash);
    await page.screenshot({ path: artifact('h5-level-gate.png'), fullPage: true });

    // The way there, and straight back.
    await page.getByTestId('go-real-name').click();
    await page.waitForURL(/\/h5\/real-name\?next=%2Fh5%2Fvehicles/, { timeout: 15_000 });
    await networkPassword(page, demo.idNumber);
    await page.getByTestId('continue-to-service').click();

    await page.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('vehicle').count()).toBe(vehicles.length);
    const item = page.getByTestId('violation').filter({ hasText: violation.place }).first();
    await item.waitFor({ timeout: 10_000 });
    expect(await item.innerText()).toContain(violation.behavior);
    expect(await page.getByTestId('citizen').innerText()).toContain(`${demo.idNumber.slice(0, 4)}**********${demo.idNumber.slice(-4)}`);
    expect(await page.getByTestId('stale-notice').count()).toBe(0);
    await page.screenshot({ path: artifact('h5-vehicles.png'), fullPage: true });

    // Hashes only: no request of the page carried operation text.
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.query).toBeUndefined();
      expect(request.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sent).toContainEqual({ hash: vehiclesHash, operationName: 'MyVehiclesAndViolations', query: undefined });

    // The platform goes down once the cache is past its freshness: the cached copy is served, and flagged.
    await new Promise((resolve) => setTimeout(resolve, CACHE_TTL_MS + 500));
    await faults({ system: 'traffic', mode: 'down' });
    await page.reload();
    await page.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    const stale = page.getByTestId('stale-notice');
    await stale.waitFor({ timeout: 10_000 });
    expect(await stale.innerText()).toContain('数据可能不是最新');
    expect(await page.getByTestId('vehicle').count()).toBe(vehicles.length);
    await page.screenshot({ path: artifact('h5-vehicles-stale.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('offers 重试 when the traffic platform times out, and the retry shows the vehicles', async () => {
    const { seed } = stack.legacy;
    const person = seed.citizensWithVehicles(3).find((p) => p.idNumber !== seed.demoCitizen().idNumber && !seed.fugitives().includes(p.idNumber))!;
    const plates = seed.vehiclesByOwner(person.idNumber).map((v) => v.plate);
    const page = await phonePage();

    // Level 2 first, through the pages (sign-in binds the person's vehicles from the platform).
    await page.goto(`${web.url}/h5/real-name`);
    await devSignIn(page, person.idNumber);
    await networkPassword(page, person.idNumber);

    // Nothing of this person is cached yet, so a platform that never answers leaves no copy to show.
    await faults({ system: 'traffic', mode: 'timeout' });
    await page.goto(`${web.url}/h5/vehicles`);
    const failure = page.getByTestId('query-failure');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.innerText()).toContain('交管系统响应超时');
    expect(await page.getByTestId('level-gate').count()).toBe(0);
    expect(await page.getByTestId('vehicle').count()).toBe(0);
    await page.screenshot({ path: artifact('h5-vehicles-timeout.png'), fullPage: true });

    await faults({ system: 'traffic', mode: 'normal' });
    await page.getByTestId('retry').click();
    await page.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('vehicle').count()).toBe(plates.length);
    expect(await page.getByTestId('query-failure').count()).toBe(0);
    await page.close();
  }, 120_000);
});
