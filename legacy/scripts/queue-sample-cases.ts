/**
 * The queue machine's recorded calls. The machine is stateful and runs on a clock, so every case says the
 * clock it was recorded at (meta `env`: LEGACY_QUEUE_CLOCK frozen on a Monday at 10:10, the morning's
 * walk-ins issued) and the cases sent before it to bring the machine into its state (meta `given`); the
 * drift check replays them the same way.
 */
import { HALLS } from '../src/systems/queue/halls.js';
import { instantOf } from '../src/systems/queue/local-time.js';
import { seededWalkIns } from '../src/systems/queue/walk-in-stream.js';
import type { SeedData } from '../src/index.js';
import type { SampleCase } from './sample-cases.js';

const MONDAY = '2026-11-02';
const TUESDAY = '2026-11-03';
const CLOCK_MINUTES = 10 * 60 + 10;
const AT_TEN = { LEGACY_QUEUE_CLOCK: `${MONDAY}T10:10:00+08:00`, LEGACY_QUEUE_CLOCK_FROZEN: 'true' };
const BEFORE_OPENING = { LEGACY_QUEUE_CLOCK: `${MONDAY}T08:00:00+08:00`, LEGACY_QUEUE_CLOCK_FROZEN: 'true' };
const HALL = 'XC-WD-01';

/** The number a booking for today gets at 10:10: the next after the walk-ins of the morning. */
function todaysBookingNumber(seed: SeedData): string {
  const clock = instantOf(MONDAY, CLOCK_MINUTES);
  const walkIns = seededWalkIns(seed.options.seed, HALLS.find((h) => h.hallCode === HALL)!, MONDAY);
  return `A${String(walkIns.filter((w) => w.itemCode === 'HJ' && w.at <= clock).length + 1).padStart(3, '0')}`;
}

export function queueSampleCases(seed: SeedData): SampleCase[] {
  // Its own request ids: recording the queue alone (record-samples.ts queue) writes the same files as recording all.
  let n = 0;
  const head = () => ({ sysCode: 'JT-SAMPLE', requestId: `sample-queue-${String(++n).padStart(4, '0')}` });
  const kase = (operation: string, name: string, description: string, body: object, more: Partial<SampleCase> = {}): SampleCase => ({
    system: 'queue',
    operation,
    case: name,
    description,
    args: () => ({ head: head(), body }),
    env: AT_TEN,
    ...more,
  });
  const booking = (over: object) => ({ hallCode: HALL, itemCode: 'HJ', date: TUESDAY, slot: '10:00-10:30', channel: 'ONLINE', reference: 'sample-booking-1', ...over });
  const today = todaysBookingNumber(seed);

  return [
    kase('queryHalls', 'ok', 'every hall the machines serve', {}),

    kase('issueNumber', 'ok', 'a booking for tomorrow 10:00-10:30: the first number of the day', booking({})),
    kase('issueNumber', 'today', `a booking for today 11:00-11:30: after the morning's walk-ins (${today})`, booking({ date: MONDAY, slot: '11:00-11:30', reference: 'sample-booking-2' })),
    kase('issueNumber', 'walk-in', 'a number taken at the hall for the slot in progress', booking({ date: MONDAY, channel: 'WALKIN', reference: 'sample-kiosk-1' })),
    kase('issueNumber', 'date-closed', 'a Sunday: DATE_CLOSED fault', booking({ date: '2026-11-08' })),
    kase('issueNumber', 'slot-ended', 'a slot of today that is over: SLOT_ENDED fault', booking({ date: MONDAY, slot: '09:00-09:30' })),
    kase('issueNumber', 'hall-unknown', 'a hall without a machine: HALL_UNKNOWN fault', booking({ hallCode: 'XC-ZZ-99' })),
    kase('issueNumber', 'internal-error', 'errorRate 1: INTERNAL_ERROR fault (soap:Server)', booking({}), { errorRate: 1 }),

    kase('cancelNumber', 'ok', "tomorrow's booking cancelled", { hallCode: HALL, date: TUESDAY, number: 'A001' }, { given: ['issueNumber__ok'] }),
    kase('cancelNumber', 'business-error', 'a number the day does not hold: RESULT=1', { hallCode: HALL, date: TUESDAY, number: 'A999' }),

    kase('callNext', 'ok', 'window 1 calls the first walk-in of the morning', { hallCode: HALL, windowNo: 1, itemCode: 'HJ' }),
    kase('callNext', 'none', 'before opening: nobody to call, empty body', { hallCode: HALL, windowNo: 1, itemCode: 'HJ' }, { env: BEFORE_OPENING }),
    kase('callNext', 'window-invalid', 'a window the hall does not have: WINDOW_INVALID fault', { hallCode: HALL, windowNo: 99, itemCode: 'HJ' }),

    kase('markNumber', 'ok', 'the called number served', { hallCode: HALL, date: MONDAY, number: 'A001', status: 'SERVED' }, { given: ['callNext__ok'] }),
    kase('markNumber', 'business-error', 'a number not called yet: RESULT=1', { hallCode: HALL, date: MONDAY, number: 'A001', status: 'NO_SHOW' }),

    kase('checkIn', 'ok', "today's booking checked in", { hallCode: HALL, date: MONDAY, number: today }, { given: ['issueNumber__today'] }),
    kase('checkIn', 'business-error', "tomorrow's booking checked in today: RESULT=1", { hallCode: HALL, date: TUESDAY, number: 'A001' }, { given: ['issueNumber__ok'] }),

    kase('queueStatus', 'ok', "today's board for 户籍, one number called", { hallCode: HALL, date: MONDAY, itemCode: 'HJ' }, { given: ['callNext__ok'] }),
    kase('queueStatus', 'date-invalid', 'a date that is none: DATE_INVALID fault', { hallCode: HALL, date: '2026-11-31' }),
  ];
}
