import type { Browser, Page } from 'playwright-core';
import type { OfficerKit } from '../../kit/officers.js';

/** A new page the size of a window officer's desk screen, in Chinese. */
export const openDesk = (browser: Browser) => browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });

/** The console's menu as the officer reads it. */
export const consoleMenu = (page: Page) => page.getByTestId('console-menu').innerText();

/** Through the console's sign-in page the way an officer does: username, password, the authenticator's current code. */
export async function signInAtConsole(page: Page, webUrl: string, officers: OfficerKit, officer: { username: string; password: string; secret: string }) {
  await page.goto(`${webUrl}/console`);
  await page.getByTestId('officer-sign-in').waitFor({ timeout: 30_000 });
  await page.getByPlaceholder('警务账号用户名').fill(officer.username);
  await page.getByPlaceholder('密码', { exact: true }).fill(officer.password);
  await page.getByPlaceholder('6位动态口令').fill(await officers.code(officer.username, officer.secret));
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('my-account').waitFor({ timeout: 30_000 });
}
