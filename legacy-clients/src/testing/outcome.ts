import { AlipayTradeRefused } from '../alipay/alipay-trade-refused.js';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import { QueueMachineRefused } from '../queue/queue-machine-refused.js';
import { FinePaymentRefused } from '../traffic/fine-payment-refused.js';
import { WechatPayRefused } from '../wechat/wechat-pay-refused.js';
import type { Expected } from './sample-files.js';

/** What a client call came to, in expected.json's terms. */
export type Outcome = { output: unknown } | { error: string } | { refused: string } | { thrown: string };

/** The value as JSON would carry it: maps become objects, undefined fields disappear. */
export const asJson = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v)));

export async function settle(call: Promise<unknown>): Promise<Outcome> {
  try {
    // A call that answers nothing (WeChat Pay's close) is `"output": null` in expected.json, which has no undefined.
    return { output: asJson(await call) ?? null };
  } catch (error) {
    if (error instanceof ChannelAuthRefused || error instanceof FinePaymentRefused) return { refused: error.reason };
    if (error instanceof QueueMachineRefused) return { refused: error.reason };
    if (error instanceof AlipayTradeRefused) return { refused: error.subCode };
    if (error instanceof WechatPayRefused) return { refused: error.code };
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    // Anything untyped is a bug in the client: shown as it is, it never equals an expectation.
    return typeof code === 'string' ? { error: code } : { thrown: String(error) };
  }
}

export function expectedOutcome(expected: Expected): Outcome {
  if ('error' in expected) return { error: expected.error! };
  if ('refused' in expected) return { refused: expected.refused! };
  return { output: expected.output };
}
