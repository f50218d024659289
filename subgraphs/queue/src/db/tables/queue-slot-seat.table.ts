import type { Generated } from '@jingtong/kit';

/** Online seats taken in one slot of one item on one day; the capacity comes from the hall's settings. */
export interface QueueSlotSeatTable {
  hall_code: string;
  item_code: string;
  date: string;
  slot: string;
  taken: Generated<number>;
}
