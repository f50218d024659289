import { networkIdentityOf } from '@jingtong/legacy';
import type { Browser, Page } from 'playwright-core';

/**
 * A citizen's phone at the H5 home, signed in by the development sign-in, then raised to level 2 by 网证口令
 * on the way into 违法查询与缴款 (which needs it); left on the service's page.
 */
export async function signInAtLevel2(browser: Browser, webUrl: string, idNumber: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  await page.goto(`${webUrl}/h5`);
  await page.getByText('使用预置身份证号登录').click({ timeout: 30_000 });
  await page.getByPlaceholder('请输入18位身份证号').fill(idNumber);
  await page.getByRole('button', { name: '开发环境登录' }).click();
  // 违法查询与缴款 from the home, as a citizen opens it; it needs level 2.
  await page.locator('[data-service="violations"]').click({ timeout: 30_000 });
  await page.getByTestId('level-gate').waitFor({ timeout: 30_000 });
  await page.getByTestId('go-real-name').click();
  await page.locator('[data-testid="real-name"][data-level="1"]').waitFor({ timeout: 30_000 });
  await page.locator('.adm-tabs-tab', { hasText: '网证口令' }).click();
  await page.getByPlaceholder('6位网证口令').fill(networkIdentityOf(idNumber).password);
  await page.getByRole('button', { name: '提交网证口令' }).click();
  await page.locator('[data-testid="real-name"][data-level="2"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('continue-to-service').click();
  return page;
}
