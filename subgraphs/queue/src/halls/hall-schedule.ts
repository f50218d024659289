/** What a hall's officers' settings mean for online booking. */
export interface HallSettings {
  slot_capacity: number;
  online_share_percent: number;
}

/** Seats bookable online per item and slot: the hall's share of what a slot serves, rounded down (as the seat update computes it). */
export const onlineCapacity = (hall: HallSettings): number => Math.floor((hall.slot_capacity * hall.online_share_percent) / 100);

/** Minutes one number takes at the windows of an item, by the hall's capacity (for the wait estimate). */
export const minutesPerNumber = (hall: HallSettings & { slot_minutes: number }): number => hall.slot_minutes / hall.slot_capacity;
