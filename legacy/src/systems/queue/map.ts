/** The machine's records as XML elements, fields in XSD sequence order (node-soap writes them as listed). */
import type { Hall } from './halls.js';
import { HOLIDAYS, MAKEUP_WORKDAYS } from './holidays.js';
import { localIso } from './local-time.js';
import type { QueueStatusView } from './queue-status.js';
import type { Ticket } from './ticket.js';

export const hallXml = (hall: Hall) => ({
  hallCode: hall.hallCode,
  name: hall.name,
  countyCode: hall.countyCode,
  county: hall.county,
  address: hall.address,
  windows: hall.windows,
  openWeekday: [...hall.openWeekdays],
  session: hall.sessions.map((s) => ({ start: s.start, end: s.end })),
  slotMinutes: hall.slotMinutes,
  item: hall.items.map((i) => ({ itemCode: i.itemCode, name: i.name, prefix: i.prefix })),
  holiday: [...HOLIDAYS],
  workday: [...MAKEUP_WORKDAYS],
});

export function ticketXml(ticket: Ticket) {
  const time = (name: string, instant: number | undefined) => (instant === undefined ? {} : { [name]: localIso(instant) });
  return {
    number: ticket.number,
    date: ticket.date,
    itemCode: ticket.itemCode,
    slot: ticket.slot.label,
    channel: ticket.channel,
    status: ticket.status,
    issuedAt: localIso(ticket.issuedAt),
    ...time('checkedInAt', ticket.checkedInAt),
    ...time('calledAt', ticket.calledAt),
    ...(ticket.windowNo === undefined ? {} : { windowNo: ticket.windowNo }),
    ...time('servedAt', ticket.status === 'SERVED' ? ticket.finishedAt : undefined),
    ...time('closedAt', ticket.status === 'NO_SHOW' || ticket.status === 'CANCELLED' ? ticket.finishedAt : undefined),
  };
}

export const statusXml = (view: QueueStatusView) => ({
  date: view.date,
  nowCalling: view.nowCalling.map((t) => ({ number: t.number, windowNo: t.windowNo, calledAt: localIso(t.calledAt ?? t.issuedAt) })),
  waiting: view.waiting,
  ...(view.averageWaitMinutes === undefined ? {} : { averageWaitMinutes: view.averageWaitMinutes }),
  ticket: view.tickets.map(ticketXml),
});
