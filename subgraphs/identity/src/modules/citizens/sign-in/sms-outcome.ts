import { refuseInput } from '@jingtong/kit';
import type { IdentityErrorCode } from '../../../errors.js';
import type { VerifyOutcome } from '../sms/sms-codes.js';

export const SMS_ERRORS: Record<Exclude<VerifyOutcome, 'OK'>, IdentityErrorCode> = {
  INVALID: 'SMS_CODE_INVALID',
  EXPIRED: 'SMS_CODE_EXPIRED',
  TOO_MANY_ATTEMPTS: 'SMS_CODE_TOO_MANY_ATTEMPTS',
};

export function requireSmsCode(raw: string, field = 'code'): string {
  const code = raw.trim();
  if (!/^\d{6}$/.test(code)) throw refuseInput('FORMAT_INVALID', field, '验证码应为 6 位数字');
  return code;
}
