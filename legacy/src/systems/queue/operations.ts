/** The queue machine's operations over HallQueues: its refusals become faults (codes) or RESULT=1 (state). */
import { fail, ok, type SoapReply } from '../../framework/message.js';
import { SoapFault } from '../../framework/soap-fault.js';
import { defineOperation, type Operation } from '../../framework/system.js';
import type { HallQueues } from './hall-queues.js';
import { localIso } from './local-time.js';
import { hallXml, statusXml, ticketXml } from './map.js';
import { QueueDenied, QueueFault } from './queue-errors.js';
import { callNextRequest, issueNumberRequest, markNumberRequest, numberRequest, queryHallsRequest, queueStatusRequest } from './requests.js';

function answer(run: () => object): SoapReply {
  try {
    return ok(run());
  } catch (error) {
    if (error instanceof QueueFault) throw new SoapFault('soap:Client', error.code, error.message);
    if (error instanceof QueueDenied) return fail(error.message);
    throw error;
  }
}

export function queueOperations(queues: HallQueues): Record<string, Operation> {
  return {
    queryHalls: defineOperation(queryHallsRequest, ({ body }) => answer(() => ({ hall: queues.listHalls(body.hallCode).map(hallXml) }))),

    issueNumber: defineOperation(issueNumberRequest, ({ body }) =>
      answer(() => {
        const { ticket, ahead } = queues.issue(body);
        return { number: ticket.number, issuedAt: localIso(ticket.issuedAt), ahead };
      }),
    ),

    cancelNumber: defineOperation(numberRequest, ({ body }) => answer(() => ({ ticket: ticketXml(queues.cancel(body.hallCode, body.date, body.number)) }))),

    callNext: defineOperation(callNextRequest, ({ body }) =>
      answer(() => {
        const ticket = queues.callNext(body.hallCode, body.windowNo, body.itemCode);
        return ticket ? { ticket: ticketXml(ticket) } : {};
      }),
    ),

    markNumber: defineOperation(markNumberRequest, ({ body }) => answer(() => ({ ticket: ticketXml(queues.mark(body.hallCode, body.date, body.number, body.status)) }))),

    checkIn: defineOperation(numberRequest, ({ body }) =>
      answer(() => {
        const { ticket, ahead } = queues.checkIn(body.hallCode, body.date, body.number);
        return { ticket: ticketXml(ticket), ahead };
      }),
    ),

    queueStatus: defineOperation(queueStatusRequest, ({ body }) => answer(() => statusXml(queues.status(body.hallCode, body.date, body.itemCode)))),
  };
}
