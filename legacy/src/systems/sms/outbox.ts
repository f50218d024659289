/**
 * Every message the gateway accepted, newest first: what a phone would have received. Tests
 * and demos read codes from here (GET /__legacy/sms, LegacyServer.sms.sent()). Bounded so a
 * long-running demo server does not grow without limit.
 */
export interface SentSms {
  messageId: string;
  phone: string;
  content: string;
  signName: string;
  /** ISO 8601 (UTC). */
  sentAt: string;
}

const KEPT = 10_000;

export class SmsOutbox {
  private messages: SentSms[] = [];

  record(message: SentSms): void {
    this.messages.unshift(message);
    if (this.messages.length > KEPT) this.messages.length = KEPT;
  }

  /** Newest first; only those sent to `phone` when given. Copies. */
  sent(phone?: string): SentSms[] {
    return this.messages.filter((m) => phone === undefined || m.phone === phone).map((m) => ({ ...m }));
  }

  clear(): void {
    this.messages = [];
  }
}
