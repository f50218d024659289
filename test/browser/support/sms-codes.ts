import type { Page } from 'playwright-core';
import type { Stack } from '../../kit/stack.js';

/** The newest code texted to `phone` after `since`, as the citizen reads it off their phone (the SMS stand-in's outbox). */
export async function smsCodeSentTo(stack: Stack, phone: string, since: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const message = stack.legacy.sms.sent(phone).find((m) => Date.parse(m.sentAt) >= since - 1000);
    const code = message && /(\d{6})/.exec(message.content)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no SMS code reached ${phone}`);
}

/** 获取验证码 on the page, then the code that reached the phone; the button counts down before it can be pressed again. */
export async function requestSmsCode(stack: Stack, page: Page, phone: string): Promise<string> {
  const since = Date.now();
  await page.getByTestId('send-sms-code').click();
  const code = await smsCodeSentTo(stack, phone, since);
  await page.getByText(/\d+秒后重新获取/).waitFor({ timeout: 5_000 });
  return code;
}
