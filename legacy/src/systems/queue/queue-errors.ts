/**
 * How the machine refuses. A request naming something the machine does not have or cannot take (hall,
 * item, date, slot, window, a reused reference) is a SOAP fault whose faultstring is one of these codes,
 * so callers can tell them apart; a valid request that the number's state does not allow (cancel a
 * number already called) is a business answer, RESULT=1 with a Chinese ERROR (messages.ts).
 */
export const QUEUE_FAULT_CODES = [
  'HALL_UNKNOWN',
  'ITEM_UNKNOWN',
  'DATE_INVALID',
  'DATE_CLOSED',
  'SLOT_INVALID',
  'SLOT_ENDED',
  'CHANNEL_INVALID',
  'STATUS_INVALID',
  'WINDOW_INVALID',
  'REFERENCE_INVALID',
  'REFERENCE_CONFLICT',
  'NUMBERS_EXHAUSTED',
] as const;

export type QueueFaultCode = (typeof QUEUE_FAULT_CODES)[number];

/** Becomes `soap:Client` + the code, `detail/message` the English explanation. */
export class QueueFault extends Error {
  constructor(
    readonly code: QueueFaultCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'QueueFault';
  }
}

/** Becomes RESULT=1 with this (Chinese) text as ERROR. */
export class QueueDenied extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'QueueDenied';
  }
}
