import { registerEnumType } from '@jingtong/kit/type-graphql';

export enum QueueTicketStatusEnum {
  BOOKED = 'BOOKED',
  CHECKED_IN = 'CHECKED_IN',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(QueueTicketStatusEnum, { name: 'QueueTicketStatus', description: 'BOOKED → CHECKED_IN (scanned at the window) → CALLED → SERVED or NO_SHOW; BOOKED → CANCELLED' });

export enum QueueNumberStatusEnum {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(QueueNumberStatusEnum, { name: 'QueueNumberStatus', description: 'A number as the hall’s queue machine shows it' });

export enum QueueChannelEnum {
  ONLINE = 'ONLINE',
  WALKIN = 'WALKIN',
}
registerEnumType(QueueChannelEnum, { name: 'QueueChannel', description: 'ONLINE: booked through us; WALKIN: taken at the hall’s machine (one sequence for both)' });

export enum QueueMarkEnum {
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(QueueMarkEnum, { name: 'QueueMark', description: 'What the window says of the number it called' });
