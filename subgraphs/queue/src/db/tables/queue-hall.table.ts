import type { Generated } from '@jingtong/kit';

export interface HallItem {
  itemCode: string;
  name: string;
  prefix: string;
}

export interface HallSession {
  /** 'HH:MM', Beijing. */
  start: string;
  end: string;
}

/** A hall: what its queue machine says (synced), and the officers' settings. */
export interface QueueHallTable {
  code: string;
  name: string;
  county_code: string;
  county: string;
  address: string;
  /** The police unit that runs the hall: its officers work its desk. */
  unit_code: string;
  windows: number;
  slot_minutes: number;
  open_weekdays: number[];
  sessions: HallSession[];
  items: HallItem[];
  holidays: string[];
  workdays: string[];
  /** False once the machines no longer list it. */
  active: Generated<boolean>;
  /** Numbers per item and slot the hall can serve… */
  slot_capacity: number;
  /** …and the share of them bookable online (the rest is for walk-ins). */
  online_share_percent: number;
  /** Days the hall takes no online bookings besides the machine's holidays (YYYY-MM-DD). */
  closed_dates: Generated<string[]>;
  synced_at: Date;
  updated_at: Generated<Date>;
}
