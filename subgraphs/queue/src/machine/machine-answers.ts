import { AppError } from '@jingtong/kit';
import { QueueMachineRefused, type QueueRefusal } from '@jingtong/legacy-clients/queue';
import type { QueueErrorCode } from '../errors.js';

/** The machine refused a step for the number's state (RESULT=1): its own words, which name the number and its state. */
export const isStepRefused = (error: unknown): error is AppError => error instanceof AppError && error.code === 'BAD_USER_INPUT';

/** What a refusal of the machine means for the citizen or officer who asked, and the input it is about. */
const REFUSALS: Partial<Record<QueueRefusal, { code: QueueErrorCode; field?: string }>> = {
  HALL_UNKNOWN: { code: 'HALL_NOT_FOUND', field: 'hallId' },
  ITEM_UNKNOWN: { code: 'ITEM_NOT_SERVED', field: 'itemId' },
  DATE_INVALID: { code: 'DATE_NOT_BOOKABLE', field: 'date' },
  DATE_CLOSED: { code: 'DATE_NOT_BOOKABLE', field: 'date' },
  SLOT_INVALID: { code: 'SLOT_INVALID', field: 'slot' },
  SLOT_ENDED: { code: 'SLOT_INVALID', field: 'slot' },
  NUMBERS_EXHAUSTED: { code: 'SLOT_FULL', field: 'slot' },
  WINDOW_INVALID: { code: 'WINDOW_INVALID', field: 'windowNo' },
};

/** A refusal we can explain, or undefined (a reused reference, a bad channel: our bug, not the caller's). */
export function explainRefusal(error: unknown): { code: QueueErrorCode; field?: string } | undefined {
  return error instanceof QueueMachineRefused ? REFUSALS[error.reason] : undefined;
}
