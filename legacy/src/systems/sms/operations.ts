/** The SMS gateway's one operation. */
import { fail, ok } from '../../framework/message.js';
import { defineOperation, type Operation } from '../../framework/system.js';
import type { TokenSource } from '../shared/tokens.js';
import { SMS_ERRORS as ERRORS, SMS_MAX_CONTENT_LENGTH } from './messages.js';
import type { SmsOutbox } from './outbox.js';
import { sendSmsRequest } from './requests.js';

/** Mainland mobile numbers: 11 digits, 1 then 3-9 (no +86, no separators). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function smsOperations(outbox: SmsOutbox, ids: TokenSource): Record<string, Operation> {
  return {
    sendSms: defineOperation(sendSmsRequest, ({ body }) => {
      const phone = body.phone.trim();
      if (!MOBILE_PATTERN.test(phone)) return fail(ERRORS.badPhone(body.phone));
      if (!body.content.trim()) return fail(ERRORS.emptyContent);
      if ([...body.content].length > SMS_MAX_CONTENT_LENGTH) return fail(ERRORS.contentTooLong);
      const signName = body.signName.trim();
      if ([...signName].length < 2 || [...signName].length > 12) return fail(ERRORS.badSignName);
      const messageId = ids.hex(16).toUpperCase();
      outbox.record({ messageId, phone, content: body.content, signName, sentAt: new Date().toISOString() });
      return ok({ messageId });
    }),
  };
}
