import type { CallContext } from '../call-context.js';

/** The SMS gateway (短信平台). Texts are sent as they are: callers keep personal data out of them. */
export interface SmsMessage {
  /** 11-digit mainland mobile number. */
  phone: string;
  content: string;
}

export interface SmsGateway {
  send(message: SmsMessage, ctx: CallContext): Promise<{ messageId: string }>;
}
