import { randomUUID } from 'node:crypto';
import type { Kysely } from '@jingtong/kit';
import { sql } from '@jingtong/kit';
import type { QueueDeps } from '@jingtong/queue';
import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import type { StorageMode } from '../../kit/storage.js';

/** What every part of the queue suite gets: one stack per storage path, and the officers on it. */
export interface QueueWorld {
  mode: StorageMode;
  /** Set in the suite's beforeAll: read these inside hooks and tests, never at describe time. */
  stack: Stack;
  officers: OfficerKit;
}

/** One group of the queue suite's tests; `define` declares them with Jest's describe/it. */
export interface QueuePart {
  title: string;
  define(world: QueueWorld): void;
}

const TICKET = `id number date slot status cancellableUntil slotStartsAt checkedInAt calledAt windowNo hall { id name address mapUrl } item { id name prefix } qrCode qrPayload`;

/** What the citizens' H5 pages and the officers' console send. */
export const Q = {
  halls: `{ queueHalls { id name county countyCode address mapUrl windows slotMinutes openWeekdays holidays workdays closedDates bookableDates slotCapacity onlineSharePercent onlineCapacity unitCode items { id name prefix } openingHours { start end } } }`,
  slots: `query($h: ID!, $i: ID!, $d: String!) { queueSlots(hallId: $h, itemId: $i, date: $d) { slot start end capacity taken left } }`,
  take: `mutation($i: TakeQueueNumberInput!) { takeQueueNumber(input: $i) { ticket { ${TICKET} } error { code message field } } }`,
  mine: `{ myQueueTickets { id number date slot status hall { id } } }`,
  ticket: `query($id: ID!) { queueTicket(id: $id) { id number status nowCalling ahead estimatedWaitMinutes windowNo } }`,
  cancel: `mutation($id: ID!) { cancelQueueTicket(id: $id) { ticket { id status } error { code message field } } }`,
  checkIn: `mutation($q: String!, $h: ID) { checkInQueueTicket(qrPayload: $q, hallId: $h) { ticket { id status checkedInAt } ahead error { code message field } } }`,
  callNext: `mutation($h: ID!, $w: Int!, $i: ID) { callNextQueueNumber(hallId: $h, windowNo: $w, itemId: $i) { called { number itemId channel status windowNo ticketId } error { code message field } } }`,
  mark: `mutation($i: MarkQueueTicketInput!) { markQueueTicket(input: $i) { number { number status ticketId servedAt closedAt } error { code message field } } }`,
  board: `query($h: ID!, $d: String) { queueBoard(hallId: $h, date: $d) { date waiting averageWaitMinutes nowCalling { number windowNo } numbers { number itemId slot channel status ticketId } hall { id } } }`,
  statistics: `query($h: ID!, $f: String!, $t: String!) { queueStatistics(hallId: $h, from: $f, to: $t) { date booked walkIns served noShows cancelled waiting averageWaitMinutes } }`,
  schedule: `mutation($i: UpdateQueueHallScheduleInput!) { updateQueueHallSchedule(input: $i) { hall { id slotCapacity onlineSharePercent onlineCapacity closedDates bookableDates } error { code message field } } }`,
  trail: `query($f: AuditEntryFilter) { auditTrails { queue { entries(filter: $f, first: 50) { nodes { action actorKind actorId targetId details } } } } }`,
};

export type Ticket = { id: string; number: string; date: string; slot: string; status: string; qrPayload: string; qrCode: string; hall: { id: string; name: string; address: string } };
export type Hall = { id: string; bookableDates: string[]; items: Array<{ id: string }>; onlineCapacity: number; windows: number };

export const queueDeps = (stack: Stack) => stack.subgraphs.queue.deps as unknown as QueueDeps;
/** The queue subgraph's own database, for what no client can read (rows, seats, audit, job timers). */
export const queueDb = (stack: Stack) => queueDeps(stack).database.db as unknown as Kysely<any>;

/** A signed-in citizen (real-name level 1) no other test shares: a token from identity's own key. */
export async function citizen(stack: Stack, acr = 1): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = acr === 1 ? await stack.issueToken({ sub: id, ttlSeconds: 3_600 }) : (await stack.identityDeps.tokens.issue({ sub: id, kind: 'citizen', acr, ttlSeconds: 3_600 })).token;
  return { id, token };
}

export async function hallsOf(stack: Stack, token: string): Promise<Record<string, Hall>> {
  const { body } = await stack.graphql(Q.halls, {}, token);
  if (body.errors) throw new Error(`queueHalls failed: ${JSON.stringify(body.errors)}`);
  return Object.fromEntries((body.data.queueHalls as Hall[]).map((h) => [h.id, h]));
}

export async function take(stack: Stack, token: string, input: { hallId: string; itemId: string; date: string; slot: string }) {
  const { body } = await stack.graphql(Q.take, { i: input }, token);
  const payload = body.data?.takeQueueNumber;
  return { ticket: (payload?.ticket ?? null) as Ticket | null, error: (payload?.error ?? null) as { code: string; message: string; field: string | null } | null, errors: body.errors };
}

/** Takes a number and insists on getting one. */
export async function booked(stack: Stack, token: string, input: { hallId: string; itemId: string; date: string; slot: string }): Promise<Ticket> {
  const { ticket, error, errors } = await take(stack, token, input);
  if (!ticket) throw new Error(`takeQueueNumber failed: ${JSON.stringify(error ?? errors)}`);
  return ticket;
}

/** The hall's day as its machine has it now (asked directly, not through the cache). */
export const machineDay = (stack: Stack, hallCode: string, date: string, itemCode?: string) => queueDeps(stack).machine.queueStatus({ hallCode, date, itemCode }, { requestId: 'test-machine-day' });

/** The sequence number of a machine number: 17 for A017. */
export const seq = (number: string) => Number(number.replace(/^[A-Z]+/, ''));

/**
 * The hall's day has come: the queue machine's clock and the queue subgraph's read `at` and run on from
 * there. Jobs due until now are run first, so none of them reaches another day of the machine meanwhile.
 */
export async function travelTo(stack: Stack, at: string): Promise<void> {
  await stack.drainJobs();
  const offset = Date.parse(at) - Date.now();
  stack.legacy.queue.setTime(at);
  queueDeps(stack).clock.now = () => Date.now() + offset;
}

export function backToNow(stack: Stack): void {
  stack.legacy.queue.setTime(new Date());
  queueDeps(stack).clock.now = () => Date.now();
}

/** The database's clock moved on for one timer: the job is due now (timers compare with the database's now()). */
export async function dueNow(stack: Stack, kind: string, key: string): Promise<void> {
  await sql`update jobs set run_at = now() where kind = ${kind} and key = ${key} and state = 'pending'`.execute(queueDb(stack));
}

export async function ticketRow(stack: Stack, id: string) {
  return queueDb(stack).selectFrom('queue_tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function auditCount(stack: Stack, action: string, targetId?: string): Promise<number> {
  const rows = await sql<{ n: string }>`select count(*)::text as n from audit_log where action = ${action} and (${targetId ?? null}::text is null or target_id = ${targetId ?? null})`.execute(queueDb(stack));
  return Number(rows.rows[0].n);
}
