import { acceptedBody, type LegacySoapClient, type Reply } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { soapHead } from '../soap-head.js';
import { toMessageId, type SendSmsXml } from './map.js';
import type { SmsGateway, SmsMessage } from './sms-gateway.js';

export class SoapSmsGateway implements SmsGateway {
  /** `signName` is the bureau's signature the gateway puts in 【】 before every text. */
  constructor(private readonly client: LegacySoapClient, private readonly signName: string) {}

  async send(message: SmsMessage, ctx: CallContext): Promise<{ messageId: string }> {
    const reply = await this.client.call<Reply<SendSmsXml>>(
      'sendSms',
      { head: soapHead(ctx), body: { phone: message.phone, content: message.content, signName: this.signName } },
      ctx,
    );
    return { messageId: toMessageId(acceptedBody(reply, '短信平台未受理该号码')) };
  }
}
