/**
 * 排队叫号系统 — the halls' queue machines, at /queue. Online and walk-in numbers share one sequence
 * per hall, item and day; walk-ins arrive on their own from a seeded stream as the clock passes.
 */
import type { SystemModule } from '../../framework/system.js';
import { queueEnv } from './env.js';
import { HallQueues } from './hall-queues.js';
import { localIso } from './local-time.js';
import { MachineClock } from './machine-clock.js';
import { queueOperations } from './operations.js';

export { HALLS, type Hall, type QueueItem } from './halls.js';
export { QUEUE_FAULT_CODES, QueueFault, type QueueFaultCode } from './queue-errors.js';

/** A number taken at the machine through the admin side (walkIn). */
export interface WalkInNumber {
  hallCode: string;
  itemCode: string;
  date: string;
  slot: string;
  number: string;
  /** ISO 8601, +08:00. */
  issuedAt: string;
  ahead: number;
}

export const queue = {
  id: 'queue',
  title: '排队叫号系统',
  wsdlFile: new URL('./queue.wsdl', import.meta.url),
  env: queueEnv,
  create({ seed, env }) {
    const settings = queueEnv.parse(env);
    const clock = new MachineClock(settings.LEGACY_QUEUE_CLOCK, settings.LEGACY_QUEUE_CLOCK_FROZEN === 'true');
    const queues = new HallQueues(seed.options.seed, () => clock.now());
    return {
      operations: queueOperations(queues),
      reset: () => queues.reset(),
      /**
       * A citizen takes a number at the machine now (today unless `date`): the slot in progress or the
       * next one. Throws a QueueFault (code: HALL_UNKNOWN, ITEM_UNKNOWN, DATE_INVALID, DATE_CLOSED, SLOT_ENDED).
       */
      walkIn(hallCode: string, itemCode: string, date?: string): WalkInNumber {
        const { ticket, ahead } = queues.walkIn(hallCode, itemCode, date);
        return { hallCode: hallCode.trim().toUpperCase(), itemCode: ticket.itemCode, date: ticket.date, slot: ticket.slot.label, number: ticket.number, issuedAt: localIso(ticket.issuedAt), ahead };
      },
      /** The machine's clock now reads `at` (and runs on from there unless LEGACY_QUEUE_CLOCK_FROZEN): tests, demos. */
      setTime: (at: string | Date) => clock.set(at),
    };
  },
} as const satisfies SystemModule<'queue'>;

export type QueueInstance = ReturnType<typeof queue.create>;
