import { sql } from '@jingtong/kit';
import { delta } from '../citizens.support.js';
import { queueReplicas, type QueueReplicas } from './replica.js';
import { citizen, hallsOf, machineDay, Q, type QueuePart, queueDb } from './queue-world.js';

const HALL = 'XC-CG-01';
const ITEM = 'HJ';
const SLOT = '10:00-10:30';
const CITIZENS = 1_000;
const SEATS = 25;

/**
 * The core promise: a thousand distinct citizens ask for one slot at the same moment, through two gateways in
 * front of two replicas of the queue subgraph on one PostgreSQL. Exactly the slot's online seats are booked, each
 * with its own machine number; everyone else is told SLOT_FULL in the payload. Servers path only (one process,
 * one PGlite, is no replica set).
 */
export const concurrentBooking: QueuePart = {
  title: 'a thousand citizens, one slot, two replicas',
  define(world) {
    if (world.mode !== 'servers') return;
    let replicas: QueueReplicas;

    beforeAll(async () => {
      replicas = await queueReplicas(world.stack);
      // 50 numbers per slot, half of them online.
      const admin = await world.officers.demo('sysadmin');
      const set = (await world.stack.graphql(Q.schedule, { i: { hallId: HALL, slotCapacity: 2 * SEATS, onlineSharePercent: 50 } }, admin)).body.data.updateQueueHallSchedule;
      expect(set.hall.onlineCapacity).toBe(SEATS);
    }, 120_000);

    afterAll(async () => {
      await replicas?.close();
    });

    it('books exactly the seats of the slot, each number once, and tells the others SLOT_FULL', async () => {
      const people = await Promise.all(Array.from({ length: CITIZENS }, () => citizen(world.stack)));
      const date = (await hallsOf(world.stack, people[0].token))[HALL].bookableDates[2];
      const before = world.stack.legacy.stats();
      const body = JSON.stringify({ query: Q.take, variables: { i: { hallId: HALL, itemId: ITEM, date, slot: SLOT } } });
      const answers = await Promise.all(
        people.map(async ({ token }, i) => {
          const res = await fetch(replicas.gatewayUrls[i % 2], { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
          const json = (await res.json()) as { data?: { takeQueueNumber: { ticket: { id: string; number: string } | null; error: { code: string } | null } }; errors?: unknown };
          return { via: i % 2, status: res.status, ...json };
        }),
      );
      expect(answers.filter((a) => a.status !== 200 || a.errors)).toEqual([]);
      const winners = answers.flatMap((a) => (a.data?.takeQueueNumber.ticket ? [{ ...a.data.takeQueueNumber.ticket, via: a.via }] : []));
      const losers = answers.filter((a) => a.data?.takeQueueNumber.error);
      expect(winners).toHaveLength(SEATS);
      expect(new Set(losers.map((l) => l.data?.takeQueueNumber.error?.code))).toEqual(new Set(['SLOT_FULL']));
      expect(losers).toHaveLength(CITIZENS - SEATS);
      // Both replicas answered their half.
      expect([0, 1].map((via) => answers.filter((a) => a.via === via).length)).toEqual([CITIZENS / 2, CITIZENS / 2]);

      // No number twice; the machine holds exactly these online numbers for the slot, and was asked once per seat.
      const numbers = winners.map((w) => w.number);
      expect(new Set(numbers).size).toBe(SEATS);
      const atMachine = (await machineDay(world.stack, HALL, date, ITEM)).tickets.filter((t) => t.channel === 'ONLINE' && t.slot === SLOT).map((t) => t.number);
      expect(atMachine.sort()).toEqual([...numbers].sort());
      expect(delta(before, world.stack.legacy.stats(), 'queue', 'issueNumber')).toBe(SEATS);

      // And the database: as many booked tickets, and the seat count, as seats.
      const db = queueDb(world.stack);
      const tickets = await db.selectFrom('queue_tickets').select(['id', 'status', 'number']).where('hall_code', '=', HALL).where('date', '=', date).where('slot', '=', SLOT).where('item_code', '=', ITEM).execute();
      expect(tickets.filter((t) => t.status === 'BOOKED').map((t) => t.number).sort()).toEqual([...numbers].sort());
      expect(tickets.filter((t) => t.status !== 'BOOKED')).toEqual([]);
      const seat = await db.selectFrom('queue_slot_seats').select('taken').where('hall_code', '=', HALL).where('item_code', '=', ITEM).where('date', '=', date).where('slot', '=', SLOT).executeTakeFirstOrThrow();
      expect(seat.taken).toBe(SEATS);
      // One audit chain across both replicas, one booking row and one number row per seat.
      const { rows } = await sql<{ action: string; n: string }>`select action, count(*)::text as n from audit_log where action in ('QUEUE_TICKET_BOOKED', 'QUEUE_NUMBER_ISSUED') and target_id in (${sql.join(tickets.map((t) => t.id))}) group by action order by action`.execute(db);
      expect(rows).toEqual([{ action: 'QUEUE_NUMBER_ISSUED', n: String(SEATS) }, { action: 'QUEUE_TICKET_BOOKED', n: String(SEATS) }]);
    }, 90_000);
  },
};
