import { FieldCipher, keyringFromEnv, MemoryShortLivedStore } from '@jingtong/kit';
import type { SmsGateway, SmsMessage } from '@jingtong/legacy-clients';
import { SMS_MAX_PER_DAY, SmsCodes } from './sms-codes.js';

const PHONE = '13812345678';
const ctx = { requestId: 'unit' };

function setup(start = Date.UTC(2026, 10, 28, 2, 0, 0)) {
  let now = start;
  const sent: SmsMessage[] = [];
  let failing = false;
  const sms: SmsGateway = {
    send: async (m) => {
      if (failing) throw new Error('down');
      sent.push(m);
      return { messageId: String(sent.length) };
    },
  };
  const store = new MemoryShortLivedStore(() => now);
  const codes = new SmsCodes(store, sms, new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' })), '许昌公安', () => now);
  const lastCode = () => /验证码为(\d{6})/.exec(sent.at(-1)!.content)![1];
  return { codes, sent, lastCode, advance: (ms: number) => (now += ms), fail: (f: boolean) => (failing = f) };
}

describe('SmsCodes', () => {
  it('sends a 6-digit code in the bureau text and accepts it once', async () => {
    const t = setup();
    expect(await t.codes.request(PHONE, 'SIGN_IN', ctx)).toEqual({ sent: true });
    expect(t.sent[0]).toMatchObject({ phone: PHONE });
    expect(t.sent[0].content).toMatch(/^【许昌公安】您的验证码为\d{6}，5分钟内有效。/);
    const code = t.lastCode();
    expect(await t.codes.verify(PHONE, 'REAL_NAME', code)).toBe('EXPIRED'); // another purpose has no code
    expect(await t.codes.verify(PHONE, 'SIGN_IN', code)).toBe('OK');
    expect(await t.codes.verify(PHONE, 'SIGN_IN', code)).toBe('EXPIRED');
  });

  it('can check a code without using it up; consume() then takes it once', async () => {
    const t = setup();
    await t.codes.request(PHONE, 'REAL_NAME', ctx);
    const code = t.lastCode();
    expect(await t.codes.verify(PHONE, 'REAL_NAME', code, { consume: false })).toBe('OK');
    expect(await t.codes.verify(PHONE, 'REAL_NAME', code, { consume: false })).toBe('OK');
    expect(await t.codes.consume(PHONE, 'REAL_NAME')).toBe(true);
    expect(await t.codes.consume(PHONE, 'REAL_NAME')).toBe(false);
    expect(await t.codes.verify(PHONE, 'REAL_NAME', code)).toBe('EXPIRED');
  });

  it('expires codes after 5 minutes', async () => {
    const t = setup();
    await t.codes.request(PHONE, 'SIGN_IN', ctx);
    t.advance(5 * 60_000 + 1);
    expect(await t.codes.verify(PHONE, 'SIGN_IN', t.lastCode())).toBe('EXPIRED');
  });

  it('allows 5 attempts, then drops the code', async () => {
    const t = setup();
    await t.codes.request(PHONE, 'SIGN_IN', ctx);
    const code = t.lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect(await t.codes.verify(PHONE, 'SIGN_IN', wrong)).toBe('INVALID');
    expect(await t.codes.verify(PHONE, 'SIGN_IN', code)).toBe('TOO_MANY_ATTEMPTS');
    expect(await t.codes.verify(PHONE, 'SIGN_IN', code)).toBe('EXPIRED');
  });

  it('sends at most one text a minute and ten a day per phone, and sends nothing when refusing', async () => {
    const t = setup();
    await t.codes.request(PHONE, 'SIGN_IN', ctx);
    const refused = await t.codes.request(PHONE, 'REAL_NAME', ctx);
    expect(refused).toEqual({ sent: false, retryAfterSeconds: 60 });
    expect(t.sent).toHaveLength(1);
    for (let i = 1; i < SMS_MAX_PER_DAY; i++) {
      t.advance(61_000);
      expect(await t.codes.request(PHONE, 'SIGN_IN', ctx)).toEqual({ sent: true });
    }
    t.advance(61_000);
    const daily = await t.codes.request(PHONE, 'SIGN_IN', ctx);
    expect(daily.sent).toBe(false);
    expect(t.sent).toHaveLength(SMS_MAX_PER_DAY);
    expect(await t.codes.request('13912345678', 'SIGN_IN', ctx)).toEqual({ sent: true }); // per phone
  });

  it('does not hold the citizen to the minute limit when the SMS gateway failed', async () => {
    const t = setup();
    t.fail(true);
    await expect(t.codes.request(PHONE, 'SIGN_IN', ctx)).rejects.toThrow('down');
    t.fail(false);
    expect(await t.codes.request(PHONE, 'SIGN_IN', ctx)).toEqual({ sent: true });
  });
});
