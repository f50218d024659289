import type { Browser } from 'playwright-core';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { startNext, type NextServer } from './support/next-server.js';

describe('citizen H5: my vehicles and violations (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;

  beforeAll(async () => {
    // The web app runs persisted operations only, as in production.
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    // Development sign-in by a seeded ID number is shown only when asked for.
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: { WEB_DEV_SIGN_IN: 'on' } });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  it('signs a seeded citizen in and shows a seeded violation under its vehicle', async () => {
    const demo = stack.legacy.seed.demoCitizen();
    const vehicles = stack.legacy.seed.vehiclesByOwner(demo.idNumber);
    const violation = vehicles.flatMap((v) => stack.legacy.seed.violationsByPlate(v.plate)).find((v) => v.status === '0')!;
    expect(violation).toBeDefined();

    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    // Signed out, the page sends us to sign-in and brings us back afterwards.
    await page.goto(`${web.url}/h5/vehicles`);
    await page.getByText('使用预置身份证号登录').click();
    await page.getByPlaceholder('请输入18位身份证号').fill(demo.idNumber);
    await page.getByRole('button', { name: '开发环境登录' }).click();

    await page.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('vehicle').count()).toBe(vehicles.length);
    const item = page.getByTestId('violation').filter({ hasText: violation.place }).first();
    await item.waitFor({ timeout: 10_000 });
    expect(await item.innerText()).toContain(violation.behavior);
    expect(await page.getByTestId('citizen').innerText()).toContain(`${demo.idNumber.slice(0, 4)}**********${demo.idNumber.slice(-4)}`);
    await page.screenshot({ path: new URL('../.artifacts/h5-vehicles.png', import.meta.url).pathname, fullPage: true });
  }, 90_000);
});
