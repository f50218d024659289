/** 短信平台 — the SMS gateway, at /sms. Keeps what it "sent" for tests and demos. */
import type { SystemModule } from '../../framework/system.js';
import { TokenSource } from '../shared/tokens.js';
import { smsOperations } from './operations.js';
import { SmsOutbox } from './outbox.js';

export type { SentSms } from './outbox.js';

export const sms = {
  id: 'sms',
  title: '短信平台',
  wsdlFile: new URL('./sms.wsdl', import.meta.url),
  create({ overrides }) {
    const outbox = new SmsOutbox();
    return { operations: smsOperations(outbox, new TokenSource(overrides.tokenSeed)), reset: () => outbox.clear(), outbox };
  },
} as const satisfies SystemModule<'sms'>;
