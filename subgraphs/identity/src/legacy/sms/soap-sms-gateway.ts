import type { LegacySoapClient } from '@jingtong/kit';
import { acceptedBody, soapHead, type CallContext, type Reply } from '../soap-reply.js';
import type { SmsGateway, SmsMessage } from './sms-gateway.js';

export class SoapSmsGateway implements SmsGateway {
  constructor(private readonly client: LegacySoapClient, private readonly signName: string) {}

  async send(message: SmsMessage, ctx: CallContext): Promise<{ messageId: string }> {
    const reply = await this.client.call<Reply<{ messageId: string }>>(
      'sendSms',
      { head: soapHead(ctx), body: { phone: message.phone, content: message.content, signName: this.signName } },
      ctx,
    );
    return { messageId: String(acceptedBody(reply, '短信平台未受理该号码')?.messageId ?? '') };
  }
}
