/**
 * Test support for the WeChat Pay stand-in: the stand-in started on port 0 with its instance at hand
 * (notifications, pay), the real merchant client (legacy-clients' AxiosWechatPayments with the DEV
 * keys), and a merchant's notify endpoint on 127.0.0.1 that records what arrives.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { AxiosWechatPayments, type WechatPayOptions } from '@jingtong/legacy-clients/wechat';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, startLegacy, type LegacyServer } from '../../../index.js';
import { wechat } from '../index.js';

export type WechatInstance = ReturnType<typeof wechat.create>;

/** Short re-send waits, so a test sees retries without waiting for the platform's schedule. */
export const TEST_RETRY_MS = '50,100,150';

export async function startPayStandIn(env: Record<string, string> = {}): Promise<{ legacy: LegacyServer; instance: WechatInstance }> {
  // startLegacy keeps its instances to itself: catch the one it creates.
  const create = jest.spyOn(wechat, 'create');
  try {
    const legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { LEGACY_WECHAT_NOTIFY_RETRY_MS: TEST_RETRY_MS, ...env } });
    return { legacy, instance: create.mock.results[0].value as WechatInstance };
  } finally {
    create.mockRestore();
  }
}

export function merchantClient(legacy: LegacyServer, overrides: Partial<WechatPayOptions> = {}): AxiosWechatPayments {
  return new AxiosWechatPayments({
    apiUrl: `${legacy.url}/wechat`,
    appId: WECHAT_DEV_APP.appId,
    mchid: WECHATPAY_DEV_KEYS.mchid,
    merchantSerial: WECHATPAY_DEV_KEYS.merchantSerial,
    merchantPrivateKeyPem: readFileSync(WECHATPAY_DEV_KEYS.merchantPrivateKeyPath, 'utf8'),
    publicKeyId: WECHATPAY_DEV_KEYS.publicKeyId,
    publicKeyPem: readFileSync(WECHATPAY_DEV_KEYS.publicKeyPath, 'utf8'),
    apiV3Key: readFileSync(WECHATPAY_DEV_KEYS.apiV3KeyPath, 'utf8').trim(),
    timeoutMs: 5000,
    ...overrides,
  });
}

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** The merchant's notify endpoint; `answer` says the status for the n-th delivery (1-based), 204 by default. */
export async function startMerchant(answer: (n: number) => number = () => 204) {
  const received: Delivery[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, at: Date.now() });
      const status = answer(received.length);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status < 300 ? '' : JSON.stringify({ code: 'FAIL', message: '失败' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    notifyUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify/wechat`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An order an hour ahead; `outTradeNo` unique per test. `payerIp`: what an H5 order carries (others ignore it). */
export const order = (outTradeNo: string, notifyUrl: string, amountFen = 20_000) => ({
  payerIp: '198.51.100.20',
  outTradeNo,
  amountFen,
  description: '交通违法罚款',
  expiresAt: new Date(Math.ceil(Date.now() / 1000) * 1000 + 3_600_000),
  notifyUrl,
});
