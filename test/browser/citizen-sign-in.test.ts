import { fakePhoto, networkIdentityOf } from '@jingtong/legacy';
import type { Browser, Page } from 'playwright-core';
import { startStack, type Stack } from '../kit/stack.js';
import { launchBrowser } from './support/browser.js';
import { requestSmsCode } from './support/sms-codes.js';
import { startNext, type NextServer } from './support/next-server.js';
import { artifact, webEnvFor } from './support/web-env.js';

const maskedId = (id: string) => `${id.slice(0, 4)}**********${id.slice(-4)}`;

describe('citizen H5: sign-in and real-name verification (browser)', () => {
  let stack: Stack;
  let web: NextServer;
  let browser: Browser;

  beforeAll(async () => {
    // The web app runs persisted operations only, as in production.
    stack = await startStack({ mode: 'embedded', gatewayEnv: { SAFELIST_ENFORCE: 'true' } });
    web = await startNext({ gatewayUrl: stack.gatewayUrl, env: webEnvFor(stack) });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  const phonePage = () => browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });

  const requestCode = (page: Page, phone: string) => requestSmsCode(stack, page, phone);

  it('signs in by phone, verifies real name step by step, shows masked data and binds a vehicle', async () => {
    const { seed } = stack.legacy;
    const person = seed.citizensWithVehicles(1).find((p) => p.idNumber !== seed.demoCitizen().idNumber && !seed.fugitives().includes(p.idNumber))!;
    const plate = stack.legacy.seed.vehiclesByOwner(person.idNumber)[0]!.plate;
    const page = await phonePage();

    // Signed out: the user centre sends us to sign-in.
    await page.goto(`${web.url}/h5/profile`);
    await page.getByTestId('sign-in-phone').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/h5/sign-in?next=%2Fh5%2Fprofile');
    await page.screenshot({ path: artifact('h5-sign-in.png'), fullPage: true });

    // Any phone can sign in; this one is not the person's registered number.
    const signInPhone = `139${String(Date.now()).slice(-8)}`;
    await page.getByTestId('sign-in-phone').click();
    await page.getByPlaceholder('请输入手机号').fill(signInPhone);
    const signInCode = await requestCode(page, signInPhone);
    await page.getByPlaceholder('6位验证码').fill(signInCode);
    await page.screenshot({ path: artifact('h5-sign-in-phone.png'), fullPage: true });
    await page.getByRole('button', { name: '登录', exact: true }).click();

    // Back where we were heading: level 0, nothing personal known yet.
    await page.getByTestId('profile').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('profile-level').innerText()).toBe('未实名');
    expect(await page.getByTestId('profile-name').innerText()).toBe('未实名');

    // Level 1: name, ID number, phone + SMS code.
    await page.goto(`${web.url}/h5/real-name`);
    await page.getByTestId('real-name-level-1').waitFor({ timeout: 30_000 });
    await page.getByPlaceholder('与身份证一致').fill(person.name);
    await page.getByPlaceholder('18位身份证号').fill(person.idNumber);
    // The number that just got a sign-in code gets no second text within the minute: the page says so.
    await page.getByPlaceholder('本人手机号').fill(signInPhone);
    await page.getByTestId('send-sms-code').click();
    const refusal = await page.getByTestId('real-name-notice').innerText({ timeout: 15_000 });
    expect(refusal).toMatch(/频繁/);
    expect(await page.getByTestId('send-sms-code').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('h5-real-name-rate-limited.png'), fullPage: true });

    await page.getByPlaceholder('本人手机号').fill(person.phone);
    const realNameCode = await requestCode(page, person.phone);
    await page.getByPlaceholder('6位验证码').fill(realNameCode);
    await page.screenshot({ path: artifact('h5-real-name-level-1.png'), fullPage: true });
    await page.getByRole('button', { name: '提交认证' }).click();
    await page.locator('[data-testid="real-name"][data-level="1"]').waitFor({ timeout: 30_000 });

    // Level 2 by face: the population photo's bytes stand in for a fresh photo; then the liveness step.
    await page.getByTestId('face-photo').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: fakePhoto(person.idNumber) });
    await page.getByTestId('start-liveness').click();
    await page.getByText('活体检测已完成').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: artifact('h5-real-name-face.png'), fullPage: true });
    await page.getByTestId('submit-face').click();
    await page.locator('[data-testid="real-name"][data-level="2"]').waitFor({ timeout: 30_000 });

    // Level 3: the network identity copy (网证) the person holds.
    const network = networkIdentityOf(person.idNumber);
    await page.getByPlaceholder('20位网证编码').fill(network.networkIdCode);
    await page.getByPlaceholder('6位网证口令').fill(network.password);
    await page.screenshot({ path: artifact('h5-real-name-level-3.png'), fullPage: true });
    await page.getByRole('button', { name: '提交网证认证' }).click();
    await page.locator('[data-testid="real-name"][data-level="3"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifact('h5-real-name-done.png'), fullPage: true });

    // The profile: masked, with the level and the phone channel.
    await page.goto(`${web.url}/h5/profile`);
    await page.getByTestId('profile').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('profile-id-number').innerText()).toBe(maskedId(person.idNumber));
    expect(await page.getByTestId('profile-name').innerText()).not.toBe(person.name);
    expect(await page.getByTestId('profile-name').innerText()).toContain(person.name[0]!);
    // The account's own number (the one it signs in with), masked.
    expect(await page.getByTestId('profile-phone').innerText()).toBe(`${signInPhone.slice(0, 3)}****${signInPhone.slice(-4)}`);
    expect(await page.getByTestId('profile-level').innerText()).toBe('三级实名');
    // Signed in by phone; the number proven at level 1 signs in as this person too.
    const channels = await page.getByTestId('profile-channel').allInnerTexts();
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) expect(channel).toContain('手机号');
    expect(await page.content()).not.toContain(person.idNumber);
    await page.screenshot({ path: artifact('h5-profile.png'), fullPage: true });

    // Bind a vehicle registered to the person and see it listed.
    await page.goto(`${web.url}/h5/bindings`);
    await page.getByTestId('vehicle-bindings').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('bound-vehicle').count()).toBe(0);
    await page.getByPlaceholder('例如：豫KA12345').fill(plate.replace('·', ''));
    await page.getByRole('button', { name: '绑定车辆' }).click();
    await page.getByTestId('bound-vehicle').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('bound-vehicle').allInnerTexts()).toEqual([expect.stringContaining(plate.replace('·', '').slice(2))]);
    await page.screenshot({ path: artifact('h5-bindings.png'), fullPage: true });

    // …and under 我的车辆与违法.
    await page.goto(`${web.url}/h5/vehicles`);
    await page.getByTestId('vehicle').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('plate').allInnerTexts()).toEqual([expect.stringContaining(plate.replace('·', '').slice(2))]);
    await page.close();
  }, 180_000);

  /** 支付宝登录 through the stand-in's consent page, ending on the H5 home at level 1 (Alipay-certified). */
  async function signInByAlipay(page: Page, idNumber: string) {
    await page.goto(`${web.url}/h5/sign-in`);
    await page.getByTestId('sign-in-alipay').click();
    await page.waitForURL(/\/alipay\/oauth2\/publicAppAuthorize\.htm/, { timeout: 15_000 });
    await page.getByPlaceholder('18位身份证号').fill(idNumber);
    await page.getByRole('button', { name: '同意授权' }).click();
    await page.getByTestId('citizen-home').waitFor({ timeout: 30_000 });
    // 登录成功 sits over the middle of the home for two seconds; a citizen waits for it, so do we.
    await page.getByText('登录成功').waitFor({ state: 'detached', timeout: 10_000 });
  }

  /** Computed in the page (these files have no DOM types, so the page functions are written as strings). */
  const fontSizeOf = (page: Page, selector: string) => page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize`);
  const bodyFontSize = (page: Page) => fontSizeOf(page, 'body');
  const bodyFontSizeIs = (page: Page, size: string) => page.waitForFunction(`getComputedStyle(document.body).fontSize === ${JSON.stringify(size)}`, null, { timeout: 5_000 });

  it('signs in "as from Alipay" through the authorisation page and comes back signed in', async () => {
    const person = stack.legacy.seed.demoCitizen();
    const page = await phonePage();
    await page.goto(`${web.url}/h5/sign-in`);
    await page.getByTestId('sign-in-alipay').click();

    // The Alipay stand-in's consent page: the app user is whoever types their ID number.
    await page.waitForURL(/\/alipay\/oauth2\/publicAppAuthorize\.htm/, { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('scope')).toBe('auth_user');
    await page.screenshot({ path: artifact('h5-alipay-authorize.png'), fullPage: true });
    await page.getByPlaceholder('18位身份证号').fill(person.idNumber);
    await page.getByRole('button', { name: '同意授权' }).click();

    // Back through /h5/auth/alipay to the user centre, signed in at level 1 (Alipay-certified).
    await page.getByTestId('citizen-home').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/h5');
    await page.getByText('一级实名').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: artifact('h5-home.png'), fullPage: true });

    await page.goto(`${web.url}/h5/profile`);
    await page.getByTestId('profile').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('profile-id-number').innerText()).toBe(maskedId(person.idNumber));
    expect(await page.getByTestId('profile-channel').allInnerTexts()).toEqual([expect.stringContaining('支付宝')]);
    await page.close();
  }, 90_000);

  it('lists every service of the catalogue on the home, by domain, with the level each needs and 即将上线', async () => {
    const page = await phonePage();
    await signInByAlipay(page, stack.legacy.seed.demoCitizen().idNumber);
    const catalogue = page.getByTestId('service-catalogue');
    await catalogue.waitFor({ timeout: 10_000 });

    expect(await page.getByTestId('service-domain').locator('h2').allInnerTexts()).toEqual(['交通管理', '出入境', '户政', '综合服务']);
    const tiles = page.getByTestId('service-tile');
    expect(await tiles.count()).toBe(21);
    // 违法查询与缴款, 大厅取号 and 缴费 (我的缴费).
    expect(await page.locator('[data-testid="service-tile"][data-status="available"]').count()).toBe(3);
    expect(await page.locator('[data-testid="service-tile"][data-status="coming"]').getByText('即将上线').count()).toBe(18);

    // Available, and above this level-1 citizen: it says which level it needs.
    const violations = page.locator('[data-service="violations"]');
    expect(await violations.getAttribute('data-status')).toBe('available');
    expect(await violations.innerText()).toContain('违法查询与缴款');
    expect(await violations.getByTestId('tile-level').innerText()).toBe('需二级实名');
    // Anonymous information needs no level; a coming service is greyed and says so.
    expect(await page.locator('[data-service="road-conditions"]').getByTestId('tile-level').count()).toBe(0);
    const licence = page.locator('[data-service="e-driving-licence"]');
    expect(await licence.getAttribute('aria-disabled')).toBe('true');
    // Greyed (aria-disabled) for assistive technology, yet a tap still explains itself.
    await licence.click({ force: true });
    await page.getByText('“电子驾驶证”即将上线，敬请期待').waitFor({ timeout: 5_000 });
    expect(new URL(page.url()).pathname).toBe('/h5');
    await page.screenshot({ path: artifact('h5-catalogue.png'), fullPage: true });

    // A coming service's own address (a link, a QR code) says the same instead of a 404.
    const response = await page.goto(`${web.url}/h5/e-driving-licence`);
    expect(response?.status()).toBe(200);
    await page.getByTestId('service-coming').getByText('即将上线，敬请期待').waitFor({ timeout: 15_000 });
    expect(await page.title()).toContain('电子驾驶证');

    // The available tile leads to its page.
    await page.goto(`${web.url}/h5`);
    await page.locator('[data-service="violations"]').click();
    await page.waitForURL(/\/h5\/vehicles$/, { timeout: 15_000 });
    await page.close();
  }, 90_000);

  it('长辈模式 enlarges the text of every H5 page, remembered on the device; pinch zoom stays allowed', async () => {
    const page = await phonePage();
    await signInByAlipay(page, stack.legacy.seed.demoCitizen().idNumber);

    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/maximum-scale|user-scalable/);

    // Body text at least 15 px to begin with, service names included.
    expect(await bodyFontSize(page)).toBe('16px');
    for (const selector of ['[data-service="violations"] span:nth-child(2)', '.adm-list-item-description', '.adm-nav-bar-title']) {
      expect(parseFloat(await fontSizeOf(page, selector))).toBeGreaterThanOrEqual(15);
    }

    const toggle = page.getByTestId('elder-mode-switch');
    await toggle.click();
    await bodyFontSizeIs(page, '20px');
    await page.screenshot({ path: artifact('h5-home-elder.png'), fullPage: true });

    // Remembered: after a reload, and on the other pages.
    await page.reload();
    await page.getByTestId('citizen-home').waitFor({ timeout: 30_000 });
    expect(await bodyFontSize(page)).toBe('20px');
    expect(await page.getByTestId('elder-mode-switch').getAttribute('aria-checked')).toBe('true');
    await page.goto(`${web.url}/h5/profile`);
    await page.getByTestId('profile').waitFor({ timeout: 30_000 });
    expect(await bodyFontSize(page)).toBe('20px');

    // …and switched off from the profile page.
    await page.getByTestId('elder-mode-switch').click();
    await bodyFontSizeIs(page, '16px');
    await page.close();
  }, 90_000);

  it('answers an unknown address in Chinese, with the way back to the side it came from', async () => {
    const page = await phonePage();
    const h5 = await page.goto(`${web.url}/h5/no-such-service`);
    expect(h5?.status()).toBe(404);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor({ timeout: 15_000 });
    expect(await notFound.innerText()).toContain('页面不存在');
    expect(await page.title()).toContain('页面不存在');
    expect(await page.content()).not.toMatch(/could not be found/i);
    expect(await page.getByTestId('not-found-home').innerText()).toBe('返回市民服务首页');
    expect(await page.getByTestId('not-found-home').getAttribute('href')).toBe('/h5');
    await page.screenshot({ path: artifact('h5-not-found.png'), fullPage: true });

    const desk = await page.goto(`${web.url}/console/no-such-page`);
    expect(desk?.status()).toBe(404);
    await page.getByTestId('not-found').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('not-found-home').innerText()).toBe('返回民警工作台');
    await page.close();
  }, 60_000);

  it('signs in "as from WeChat" and refuses a callback whose state it did not make', async () => {
    const page = await phonePage();
    await page.goto(`${web.url}/h5/sign-in?next=/h5/real-name`);
    await page.getByTestId('sign-in-wechat').click();
    await page.waitForURL(/\/wechat\/connect\/oauth2\/authorize/, { timeout: 15_000 });
    await page.getByPlaceholder('例如 wx-user-1').fill(`wx-browser-${Date.now()}`);
    await page.getByRole('button', { name: '同意授权' }).click();

    // WeChat knows no real name: level 0, straight on to where we were heading.
    await page.getByTestId('real-name-level-1').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/h5/real-name');

    // A forged callback (someone else's code, a state we never made) signs nobody in.
    const forged = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const { code } = stack.legacy.wechat.authorize('wx-forged-user');
    await forged.goto(`${web.url}/h5/auth/wechat?code=${code}&state=not-ours`);
    await forged.getByText('登录请求已失效，请返回重新登录').waitFor({ timeout: 15_000 });
    await forged.screenshot({ path: artifact('h5-auth-refused.png'), fullPage: true });
    expect(await forged.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('jingtong.citizen.session'))).toBeNull();
    await forged.close();
    await page.close();
  }, 90_000);
});
