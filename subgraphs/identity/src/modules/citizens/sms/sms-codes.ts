import { randomInt, timingSafeEqual } from 'node:crypto';
import { type FieldCipher, ShortLivedStore } from '@jingtong/kit';
import type { CallContext, SmsGateway } from '@jingtong/legacy-clients';

export type SmsPurpose = 'SIGN_IN' | 'REAL_NAME';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_MAX_ATTEMPTS = 5;
export const SMS_MIN_INTERVAL_MS = 60_000;
export const SMS_MAX_PER_DAY = 10;

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export type RequestOutcome = { sent: true } | { sent: false; retryAfterSeconds: number };
export type VerifyOutcome = 'OK' | 'INVALID' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';

const TEXT: Record<SmsPurpose, (code: string, sign: string) => string> = {
  SIGN_IN: (code, sign) => `【${sign}】您的验证码为${code}，5分钟内有效。请勿将验证码告诉他人。`,
  REAL_NAME: (code, sign) => `【${sign}】您正在进行实名认证，验证码为${code}，5分钟内有效。请勿将验证码告诉他人。`,
};

/**
 * One-time SMS codes: 6 digits from node:crypto, only an HMAC of the code is stored, 5 minutes,
 * 5 attempts; at most one text a minute and ten a (Beijing) day per phone. Keys carry a blind
 * index of the phone, never the number.
 */
export class SmsCodes {
  constructor(
    private readonly store: ShortLivedStore,
    private readonly sms: SmsGateway,
    private readonly cipher: FieldCipher,
    private readonly signName: string,
    private readonly clock: () => number = Date.now,
  ) {}

  private keys(phone: string, purpose: SmsPurpose) {
    const p = this.cipher.blindIndex(phone, 'sms-phone');
    const day = new Date(this.clock() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
    return { phone: p, code: `sms:code:${purpose}:${p}`, attempts: `sms:tries:${purpose}:${p}`, minute: `sms:min:${p}`, day: `sms:day:${p}:${day}` };
  }

  private digest(phoneIdx: string, purpose: SmsPurpose, code: string) {
    return this.cipher.blindIndex(`${purpose}:${phoneIdx}:${code}`, 'sms-code');
  }

  async request(phone: string, purpose: SmsPurpose, ctx: CallContext): Promise<RequestOutcome> {
    const k = this.keys(phone, purpose);
    if (!(await this.store.setIfAbsent(k.minute, '1', SMS_MIN_INTERVAL_MS))) {
      return { sent: false, retryAfterSeconds: Math.max(1, Math.ceil(((await this.store.ttlMs(k.minute)) ?? SMS_MIN_INTERVAL_MS) / 1000)) };
    }
    if ((await this.store.increment(k.day, DAY_MS + 3_600_000)) > SMS_MAX_PER_DAY) {
      const sinceMidnight = (this.clock() + CHINA_OFFSET_MS) % DAY_MS;
      return { sent: false, retryAfterSeconds: Math.ceil((DAY_MS - sinceMidnight) / 1000) };
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.store.set(k.code, this.digest(k.phone, purpose, code), SMS_CODE_TTL_MS);
    await this.store.del([k.attempts]);
    try {
      await this.sms.send({ phone, content: TEXT[purpose](code, this.signName) }, ctx);
    } catch (error) {
      // Nothing reached the phone: do not hold the citizen to the one-a-minute limit for it.
      await this.store.del([k.code, k.minute]);
      throw error;
    }
    return { sent: true };
  }

  /**
   * Every call counts as an attempt. With `consume: false` a right code stays valid, so a form that
   * checks more than the code (name + ID number) can count a wrong answer as an attempt without
   * making the citizen wait a minute for a new text; call `consume` once everything else passed.
   */
  async verify(phone: string, purpose: SmsPurpose, code: string, options: { consume?: boolean } = {}): Promise<VerifyOutcome> {
    const k = this.keys(phone, purpose);
    const stored = await this.store.get(k.code);
    if (!stored) return 'EXPIRED';
    if ((await this.store.increment(k.attempts, SMS_CODE_TTL_MS)) > SMS_MAX_ATTEMPTS) {
      await this.store.del([k.code]);
      return 'TOO_MANY_ATTEMPTS';
    }
    const given = Buffer.from(this.digest(k.phone, purpose, code));
    const expected = Buffer.from(stored);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'INVALID';
    if (options.consume === false) return 'OK';
    return (await this.consume(phone, purpose)) ? 'OK' : 'EXPIRED';
  }

  /** Uses the code up; false when it is gone (expired, or two requests raced with it: only one wins). */
  async consume(phone: string, purpose: SmsPurpose): Promise<boolean> {
    const k = this.keys(phone, purpose);
    if (!(await this.store.take(k.code))) return false;
    await this.store.del([k.attempts]);
    return true;
  }
}
