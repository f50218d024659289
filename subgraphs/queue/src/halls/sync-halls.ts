import { sql } from '@jingtong/kit';
import type { QueueHall } from '@jingtong/legacy-clients/queue';
import type { QueueDeps } from '../deps.js';

/** The police unit a hall belongs to until an officer says otherwise: its county's bureau (e.g. 411002 → 411002000000). */
export const countyUnit = (countyCode: string) => `${countyCode}000000`;

/**
 * The halls as the machines describe them today (items, hours, windows, holidays): new halls come in with
 * the default settings, known halls get the machine's fields and keep their officers' settings, and halls
 * the machines no longer list stop taking bookings. A recurring job (see subgraph.ts), not a start-up step:
 * a subgraph starts whether or not the machines answer, and a change at the machine arrives within a period.
 */
export async function syncHalls(deps: Pick<QueueDeps, 'database' | 'machine' | 'env' | 'logger'>, requestId: string): Promise<{ halls: number; retired: number }> {
  const halls = await deps.machine.queryHalls({ requestId });
  const { db } = deps.database;
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    for (const hall of halls) await trx.insertInto('queue_halls').values(insertable(hall, deps.env, now)).onConflict((c) => c.column('code').doUpdateSet(machineFields(hall, now))).execute();
    const listed = halls.map((h) => h.hallCode);
    const retired = await trx
      .updateTable('queue_halls')
      .set({ active: false, updated_at: now })
      .where('active', '=', true)
      .$if(listed.length > 0, (q) => q.where('code', 'not in', listed))
      .returning('code')
      .execute();
    if (retired.length) deps.logger.warn({ halls: retired.map((r) => r.code) }, 'halls no longer listed by the queue machines');
    return { halls: halls.length, retired: retired.length };
  });
}

const json = (value: unknown) => sql<never>`${JSON.stringify(value)}::jsonb`;

function machineFields(hall: QueueHall, now: Date) {
  return {
    name: hall.name,
    county_code: hall.countyCode,
    county: hall.county,
    address: hall.address,
    windows: hall.windows,
    slot_minutes: hall.slotMinutes,
    open_weekdays: json(hall.openWeekdays),
    sessions: json(hall.sessions),
    items: json(hall.items),
    holidays: json(hall.holidays),
    workdays: json(hall.workdays),
    active: true,
    synced_at: now,
  };
}

function insertable(hall: QueueHall, env: QueueDeps['env'], now: Date) {
  return {
    code: hall.hallCode,
    ...machineFields(hall, now),
    unit_code: countyUnit(hall.countyCode),
    slot_capacity: env.QUEUE_SLOT_CAPACITY,
    online_share_percent: env.QUEUE_ONLINE_SHARE_PERCENT,
  };
}
