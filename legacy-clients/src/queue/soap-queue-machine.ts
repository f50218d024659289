import { AppError, isAccepted, LegacyError, legacyFaultString, type LegacySoapClient, type Reply } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { soapHead } from '../soap-head.js';
import { toArray } from '../to-array.js';
import {
  refusalOf,
  toHall,
  toIssuedNumber,
  toQueueStatus,
  toTicket,
  type HallXml,
  type IssueNumberXml,
  type QueueStatusXml,
  type TicketXml,
} from './map.js';
import type { IssuedNumber, IssueNumberRequest, NumberRef, QueueHall, QueueMachine, QueueStatus, QueueTicket } from './queue-machine.js';
import { QueueMachineRefused } from './queue-machine-refused.js';

/** Speaks the queue machine's SOAP dialect (tender 2.6.1.1 head + body; its own fault codes). */
export class SoapQueueMachine implements QueueMachine {
  constructor(private readonly client: LegacySoapClient, private readonly sysCode = 'JINGTONG') {}

  async queryHalls(ctx: CallContext): Promise<QueueHall[]> {
    const body = await this.call<{ hall?: HallXml | HallXml[] }>('queryHalls', {}, ctx);
    return toArray(body?.hall).map(toHall);
  }

  async issueNumber(request: IssueNumberRequest, ctx: CallContext): Promise<IssuedNumber> {
    const { hallCode, itemCode, date, slot, channel, reference } = request;
    return toIssuedNumber(await this.required<IssueNumberXml>('issueNumber', { hallCode, itemCode, date, slot, channel, reference }, ctx, 'number'));
  }

  async cancelNumber(ref: NumberRef, ctx: CallContext): Promise<QueueTicket> {
    return toTicket((await this.required<{ ticket: TicketXml }>('cancelNumber', numberBody(ref), ctx, 'ticket')).ticket);
  }

  async callNext(request: { hallCode: string; windowNo: number; itemCode?: string }, ctx: CallContext): Promise<QueueTicket | null> {
    const body = await this.call<{ ticket?: TicketXml }>('callNext', { hallCode: request.hallCode, windowNo: request.windowNo, itemCode: request.itemCode }, ctx);
    return body?.ticket ? toTicket(body.ticket) : null;
  }

  async markNumber(request: NumberRef & { status: 'SERVED' | 'NO_SHOW' }, ctx: CallContext): Promise<QueueTicket> {
    const body = await this.required<{ ticket: TicketXml }>('markNumber', { ...numberBody(request), status: request.status }, ctx, 'ticket');
    return toTicket(body.ticket);
  }

  async checkIn(ref: NumberRef, ctx: CallContext): Promise<{ ticket: QueueTicket; ahead: number }> {
    const body = await this.required<{ ticket: TicketXml; ahead: string }>('checkIn', numberBody(ref), ctx, 'ticket');
    return { ticket: toTicket(body.ticket), ahead: Number(body.ahead) };
  }

  async queueStatus(request: { hallCode: string; date: string; itemCode?: string }, ctx: CallContext): Promise<QueueStatus> {
    const body = await this.required<QueueStatusXml>('queueStatus', { hallCode: request.hallCode, date: request.date, itemCode: request.itemCode }, ctx, 'date');
    return toQueueStatus(body);
  }

  /**
   * One call: the machine's fault codes become QueueMachineRefused; RESULT=1 (the number's state forbids the
   * step) becomes BAD_USER_INPUT with the machine's own words, which name the number and its state only.
   */
  private async call<B>(operation: string, body: object, ctx: CallContext): Promise<B | undefined> {
    let reply: Reply<B>;
    try {
      reply = await this.client.call<Reply<B>>(operation, { head: soapHead(ctx, this.sysCode), body }, ctx);
    } catch (error) {
      const reason = refusalOf(legacyFaultString(error));
      if (reason) throw new QueueMachineRefused(reason, operation);
      throw error;
    }
    if (!isAccepted(reply)) throw new AppError('BAD_USER_INPUT', { message: reply.head.ERROR || '排队叫号系统未受理该操作' });
    return reply.body;
  }

  /** An accepted answer without its main element is not one we can use. */
  private async required<B extends object>(operation: string, body: object, ctx: CallContext, element: keyof B & string): Promise<B> {
    const answer = await this.call<B>(operation, body, ctx);
    if (!answer || !(element in answer)) throw new LegacyError('LEGACY_FAULT', this.client.system, operation);
    return answer;
  }
}

const numberBody = (ref: NumberRef) => ({ hallCode: ref.hallCode, date: ref.date, number: ref.number });
