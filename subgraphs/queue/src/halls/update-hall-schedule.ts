import { type Caller, UNIT_CODE, sql } from '@jingtong/kit';
import { coversHall } from '../access.js';
import { findHall, type HallRow, lockHall } from '../db/repositories/halls.repository.js';
import type { QueueDeps } from '../deps.js';
import { type Refusal, refusal } from '../errors.js';
import { isCalendarDate } from '../time/beijing-time.js';

export interface HallScheduleChange {
  hallId: string;
  slotCapacity?: number;
  onlineSharePercent?: number;
  closedDates?: string[];
  unitCode?: string;
}

export type ScheduleResult = { ok: true; hall: HallRow } | Refusal;

const MAX_CLOSED_DATES = 366;

/**
 * An officer sets a hall's numbers per slot, the share bookable online, extra closed days or the unit that runs
 * it, with the values before and after in the audit row of the same transaction. Seats already taken stay taken:
 * a lower capacity only stops new bookings.
 */
export async function updateHallSchedule(deps: QueueDeps, caller: Caller, officerId: string, change: HallScheduleChange, requestId: string): Promise<ScheduleResult> {
  const { db } = deps.database;
  const hall = await findHall(db, change.hallId);
  if (!hall) return refusal('HALL_NOT_FOUND', 'hallId');
  if (!coversHall(caller, hall)) return refusal('HALL_OUT_OF_SCOPE', 'hallId');
  const problem = invalid(change, caller);
  if (problem) return problem;

  const closedDates = change.closedDates ? [...new Set(change.closedDates.map((d) => d.trim()))].sort() : undefined;
  const updated = await db.transaction().execute(async (trx) => {
    const before = await lockHall(trx, hall.code);
    if (!before) return undefined;
    const after = await trx
      .updateTable('queue_halls')
      .set({
        ...(change.slotCapacity !== undefined ? { slot_capacity: change.slotCapacity } : {}),
        ...(change.onlineSharePercent !== undefined ? { online_share_percent: change.onlineSharePercent } : {}),
        ...(closedDates ? { closed_dates: sql<never>`${JSON.stringify(closedDates)}::jsonb` } : {}),
        ...(change.unitCode !== undefined ? { unit_code: change.unitCode } : {}),
        updated_at: new Date(),
      })
      .where('code', '=', hall.code)
      .returningAll()
      .executeTakeFirstOrThrow();
    const settings = (h: HallRow) => ({ slotCapacity: h.slot_capacity, onlineSharePercent: h.online_share_percent, closedDates: h.closed_dates, unitCode: h.unit_code });
    await deps.audit.record(
      { action: 'QUEUE_HALL_SCHEDULE_UPDATED', actorKind: 'officer', actorId: officerId, targetKind: 'queue_hall', targetId: hall.code, requestId, details: { before: settings(before), after: settings(after) } },
      { trx },
    );
    return after;
  });
  return updated ? { ok: true, hall: updated } : refusal('HALL_NOT_FOUND', 'hallId');
}

function invalid(change: HallScheduleChange, caller: Caller): Refusal | undefined {
  const { slotCapacity, onlineSharePercent, closedDates, unitCode } = change;
  if (slotCapacity !== undefined && (!Number.isInteger(slotCapacity) || slotCapacity < 1 || slotCapacity > 999)) return refusal('SCHEDULE_INVALID', 'slotCapacity', '每时段号数须为 1 到 999 的整数');
  if (onlineSharePercent !== undefined && (!Number.isInteger(onlineSharePercent) || onlineSharePercent < 0 || onlineSharePercent > 100)) return refusal('SCHEDULE_INVALID', 'onlineSharePercent', '网上预约比例须为 0 到 100 的整数');
  if (closedDates && (closedDates.length > MAX_CLOSED_DATES || !closedDates.every((d) => isCalendarDate(d.trim())))) return refusal('SCHEDULE_INVALID', 'closedDates', '停止预约日期须为 YYYY-MM-DD 格式的日期，最多 366 个');
  if (unitCode !== undefined && (!UNIT_CODE.test(unitCode) || !coversHall(caller, { unit_code: unitCode }))) return refusal('SCHEDULE_INVALID', 'unitCode', '所属单位须为本单位辖区内的 12 位单位代码');
  return undefined;
}
