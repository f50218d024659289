/**
 * The merchant side for the trade tests: Alipay's own Node SDK with the DEV app key (requests,
 * response and notification signatures exactly as a real merchant checks them), and a small
 * notify_url server on 127.0.0.1 that records every notification and answers as told.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlipaySdk } from 'alipay-sdk';
import { ALIPAY_DEV_APP_ID, readDevKey } from '../../dev-keys.js';

export function merchantSdk(legacyUrl: string, appPrivateKeyPem = readDevKey('appPrivateKeyPath')): AlipaySdk {
  return new AlipaySdk({
    appId: ALIPAY_DEV_APP_ID,
    // The SDK re-armours the key itself and would keep a trailing newline inside it.
    privateKey: appPrivateKeyPem.trim(),
    keyType: 'PKCS8',
    alipayPublicKey: readDevKey('alipayPublicKeyPath').trim(),
    gateway: `${legacyUrl}/alipay/gateway.do`,
    camelcase: false,
    timeout: 5000,
  });
}

export interface MerchantAnswer {
  status?: number;
  body: string;
}

export interface Merchant {
  notifyUrl: string;
  /** Every notification received, as the merchant's form parser sees it. */
  received: Array<Record<string, string>>;
  /** How the merchant answers the n-th notification (0-based); default `success`. */
  answer: (form: Record<string, string>, index: number) => MerchantAnswer;
  /** Resolves once `count` notifications have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Array<Record<string, string>>>;
  close(): Promise<void>;
}

export async function startMerchant(): Promise<Merchant> {
  const waiters = new Set<() => void>();
  const merchant: Merchant = {
    notifyUrl: '',
    received: [],
    answer: () => ({ body: 'success' }),
    waitFor: (count, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (merchant.received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(merchant.received.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${merchant.received.length} of ${count} notifications after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      const index = merchant.received.push(form) - 1;
      const answer = merchant.answer(form, index);
      response.writeHead(answer.status ?? 200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(answer.body);
      for (const waiter of [...waiters]) waiter();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  merchant.notifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/alipay/notify`;
  return merchant;
}

/** A Beijing time string `seconds` from `now` (time_expire). */
export function beijingIn(seconds: number, now = Date.now()): string {
  return new Date(now + seconds * 1000 + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}
