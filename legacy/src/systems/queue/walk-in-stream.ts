/**
 * The numbers citizens take at the machine on their own: for every open day, slot and item of a hall,
 * 2-5 walk-ins at seeded moments inside the slot. Derived from the seed alone (no faker stream, no
 * timers): the day's queue takes each one in when the machine's clock passes its moment, so a fresh
 * stand-in already shows the morning's on-site numbers, and the same seed gives the same stream.
 */
import { standInDigest } from '../shared/tokens.js';
import type { Hall } from './halls.js';
import { instantOf } from './local-time.js';
import { isOpen, slotsOf, type Slot } from './slots.js';

export interface SeededWalkIn {
  itemCode: string;
  slot: Slot;
  /** When the citizen pressed the button. */
  at: number;
  /** The machine's own reference for the ticket (idempotency keys are per hall). */
  reference: string;
}

const MIN_PER_SLOT = 2;
const MAX_PER_SLOT = 5;

export function seededWalkIns(seed: number, hall: Hall, date: string): SeededWalkIn[] {
  if (!isOpen(hall, date)) return [];
  const walkIns: SeededWalkIn[] = [];
  for (const slot of slotsOf(hall)) {
    const slotStart = instantOf(date, slot.start);
    const slotSeconds = (slot.end - slot.start) * 60;
    for (const item of hall.items) {
      const digest = standInDigest('queue-walk-in', `${seed}:${hall.hallCode}:${date}:${slot.label}:${item.itemCode}`);
      const count = MIN_PER_SLOT + (digest[0] % (MAX_PER_SLOT - MIN_PER_SLOT + 1));
      for (let i = 0; i < count; i++) {
        const second = digest.readUInt16BE(1 + 2 * i) % slotSeconds;
        walkIns.push({ itemCode: item.itemCode, slot, at: slotStart + second * 1000, reference: `WALKIN-${date}-${slot.label}-${item.itemCode}-${i + 1}` });
      }
    }
  }
  // Ties (same second) keep a fixed order, so numbering never depends on the sort's stability.
  return walkIns.sort((a, b) => a.at - b.at || a.reference.localeCompare(b.reference));
}
