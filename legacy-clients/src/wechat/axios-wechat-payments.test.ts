/** What the recorded samples cannot show: answers the client must not believe, and the platform down. */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WECHATPAY_DEV_KEYS } from '@jingtong/legacy';
import { Formatter, Rsa } from 'wechatpay-axios-plugin';
import { startHttpReplayServer, type HttpAnswer } from '../testing/http-replay-server.js';
import { wechatOperationOf, wechatPayOptions } from '../testing/wechat-pay-samples.js';
import { AxiosWechatPayments } from './axios-wechat-payments.js';

const platformKey = Rsa.from(readFileSync(WECHATPAY_DEV_KEYS.platformPrivateKeyPath, 'utf8'), Rsa.KEY_TYPE_PRIVATE);

/** Wechatpay-* headers for a body, signed `ageSeconds` ago by `key` (the platform's by default). */
function signedHeaders(body: string, { ageSeconds = 0, key = platformKey } = {}): Record<string, string> {
  const timestamp = String(Formatter.timestamp() - ageSeconds);
  const nonce = Formatter.nonce();
  return { 'Wechatpay-Timestamp': timestamp, 'Wechatpay-Nonce': nonce, 'Wechatpay-Signature': Rsa.sign(Formatter.response(timestamp, nonce, body), key), 'Wechatpay-Serial': WECHATPAY_DEV_KEYS.publicKeyId };
}

async function withReplay<T>(answers: HttpAnswer[], headersFor: (answer: HttpAnswer) => Record<string, string>, run: (client: AxiosWechatPayments) => Promise<T>) {
  const replay = await startHttpReplayServer(answers, (request) => wechatOperationOf(request.pathname.replace(/^\/wechat/, '')), headersFor);
  try {
    return await run(new AxiosWechatPayments(wechatPayOptions(`${replay.url}/wechat`)));
  } finally {
    await replay.close();
  }
}

const codeOf = (call: Promise<unknown>) => call.then(() => 'resolved', (error: { extensions?: { code?: string } }) => error.extensions?.code ?? String(error));
const QUERY = '/v3/pay/transactions/out-trade-no/{out_trade_no}';
const paid = JSON.stringify({ out_trade_no: 'JT1', trade_state: 'SUCCESS', transaction_id: '4200000000202611010000000001', amount: { total: 100 }, success_time: '2026-11-01T09:30:00+08:00' });

describe('AxiosWechatPayments beyond the samples', () => {
  it('believes a signed answer', async () => {
    const trade = await withReplay([{ operation: QUERY, status: 200, body: paid }], (a) => signedHeaders(a.body), (client) => client.query('JT1'));
    expect(trade).toEqual({ status: 'SUCCESS', transactionId: '4200000000202611010000000001', amountFen: 100, paidAt: new Date('2026-11-01T01:30:00Z') });
  });

  it.each([
    ['unsigned', () => ({})],
    ['signed by another key', (body: string) => signedHeaders(body, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })],
    ['signed 301 s ago', (body: string) => signedHeaders(body, { ageSeconds: 301 })],
    ['signed for another body', () => signedHeaders(paid.replace('SUCCESS', 'NOTPAY'))],
  ])('refuses an answer %s: LEGACY_FAULT', async (_case, headers: (body: string) => Record<string, string>) => {
    expect(await withReplay([{ operation: QUERY, status: 200, body: paid }], (a) => headers(a.body), (client) => codeOf(client.query('JT1')))).toBe('LEGACY_FAULT');
  });

  it('refuses a signed answer about another trade', async () => {
    expect(await withReplay([{ operation: QUERY, status: 200, body: paid }], (a) => signedHeaders(a.body), (client) => codeOf(client.query('JT2')))).toBe('LEGACY_FAULT');
  });

  it('refuses a bill file whose SHA1 is not the one the bill answer gave, and a download_url elsewhere', async () => {
    const file = '\uFEFF交易时间\r\n';
    const bill = (hash: string, url = 'http://api.example/v3/billdownload/file?token=t1') => JSON.stringify({ hash_type: 'SHA1', hash_value: hash, download_url: url });
    const answers = (tradebill: string): HttpAnswer[] => [
      { operation: '/v3/bill/tradebill', status: 200, body: tradebill },
      { operation: '/v3/billdownload/file', status: 200, body: file },
    ];
    const sha1 = createHash('sha1').update(file, 'utf8').digest('hex');
    const get = (tradebill: string) => withReplay(answers(tradebill), (a) => signedHeaders(a.body), (client) => client.billCsv('2026-11-01').catch((e: { extensions?: { code?: string } }) => e.extensions?.code));
    expect(await get(bill(sha1))).toBe(file);
    expect(await get(bill('0'.repeat(40)))).toBe('LEGACY_FAULT');
    expect(await get(bill(sha1, 'http://api.example/elsewhere?token=t1'))).toBe('LEGACY_FAULT');
    // Its SHA1 checks out, but it is no bill we can read (no totals): a fault, not an empty day.
    expect(await withReplay(answers(bill(sha1)), (a) => signedHeaders(a.body), (client) => codeOf(client.billLines('2026-11-01')))).toBe('LEGACY_FAULT');
  });

  it('believes a refusal only when it is signed: an unsigned "no such trade" or "no bill" is a fault, not an answer', async () => {
    const notFound = JSON.stringify({ code: 'ORDERNOTEXIST', message: '订单不存在' });
    expect(await withReplay([{ operation: QUERY, status: 404, body: notFound }], (a) => signedHeaders(a.body), (client) => client.query('JT1'))).toEqual({ status: 'NOT_FOUND' });
    expect(await withReplay([{ operation: QUERY, status: 404, body: notFound }], () => ({}), (client) => codeOf(client.query('JT1')))).toBe('LEGACY_FAULT');
    expect(await withReplay([{ operation: QUERY, status: 404, body: notFound }], () => signedHeaders(paid), (client) => codeOf(client.query('JT1')))).toBe('LEGACY_FAULT');
    const noBill = JSON.stringify({ code: 'NO_STATEMENT_EXIST', message: '账单文件不存在' });
    expect(await withReplay([{ operation: '/v3/bill/tradebill', status: 400, body: noBill }], (a) => signedHeaders(a.body), (client) => client.billCsv('2026-11-01'))).toBe('');
    expect(await withReplay([{ operation: '/v3/bill/tradebill', status: 400, body: noBill }], () => ({}), (client) => codeOf(client.billCsv('2026-11-01')))).toBe('LEGACY_FAULT');
  });

  it('turns an outage (the proxy answering 502) into LEGACY_UNAVAILABLE, a 404 page into LEGACY_FAULT', async () => {
    expect(await withReplay([{ operation: QUERY, status: 502, body: '<html>502 Bad Gateway</html>' }], () => ({}), (client) => codeOf(client.query('JT1')))).toBe('LEGACY_UNAVAILABLE');
    expect(await withReplay([{ operation: QUERY, status: 404, body: '<html>Not Found</html>' }], () => ({}), (client) => codeOf(client.query('JT1')))).toBe('LEGACY_FAULT');
  });
});
