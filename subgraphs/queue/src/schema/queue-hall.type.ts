import { Field, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { HallRow } from '../db/repositories/halls.repository.js';
import type { QueueEnv } from '../env.js';
import { bookableDates } from '../halls/hall-calendar.js';
import { onlineCapacity } from '../halls/hall-schedule.js';
import { bookingWindow } from '../tickets/booking-rules.js';
import { beijingDate } from '../time/beijing-time.js';

@ObjectType('QueueItem', { description: 'A business a hall serves (户籍业务, 机动车登记…), with the letter of its numbers' })
export class QueueItem {
  @Field(() => ID, { description: 'The machine’s item code, e.g. HJ' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Its numbers read A001, A002…' })
  prefix!: string;

  static from(item: HallRow['items'][number]): QueueItem {
    return Object.assign(new QueueItem(), { id: item.itemCode, name: item.name, prefix: item.prefix });
  }
}

@ObjectType('QueueSession', { description: 'Opening hours, Beijing time' })
export class QueueSession {
  @Field(() => String, { description: 'HH:MM' })
  start!: string;

  @Field(() => String, { description: 'HH:MM' })
  end!: string;
}

@ObjectType('QueueHall', { description: 'An administrative service or vehicle administration hall whose numbers can be booked online' })
export class QueueHall {
  @Field(() => ID, { description: 'The hall’s code at its queue machine, e.g. XC-WD-01' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '6-digit county code' })
  countyCode!: string;

  @Field(() => String)
  county!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { description: 'Opens the address on a map (Amap)' })
  mapUrl!: string;

  @Field(() => Int)
  windows!: number;

  @Field(() => [QueueItem])
  items!: QueueItem[];

  @Field(() => [QueueSession])
  openingHours!: QueueSession[];

  @Field(() => Int, { description: 'Minutes per time slot' })
  slotMinutes!: number;

  @Field(() => [Int], { description: 'ISO weekdays the hall opens (1 Monday … 7 Sunday), holidays aside' })
  openWeekdays!: number[];

  @Field(() => [String], { description: 'Statutory holidays the machine is closed (YYYY-MM-DD)' })
  holidays!: string[];

  @Field(() => [String], { description: 'Weekend days worked in exchange (YYYY-MM-DD)' })
  workdays!: string[];

  @Field(() => [String], { description: 'Further days without online booking, set by the hall’s officers' })
  closedDates!: string[];

  @Field(() => [String], { description: 'The dates a number can be booked for now (the hall’s next working days)' })
  bookableDates!: string[];

  @Field(() => Int, { description: 'Numbers per item and slot the hall serves' })
  slotCapacity!: number;

  @Field(() => Int, { description: 'Share of them bookable online, in percent' })
  onlineSharePercent!: number;

  @Field(() => Int, { description: 'Numbers per item and slot bookable online' })
  onlineCapacity!: number;

  @Field(() => String, { description: 'The police unit that runs the hall (12 digits)' })
  unitCode!: string;

  static from(row: HallRow, env: QueueEnv, now: number): QueueHall {
    return Object.assign(new QueueHall(), {
      id: row.code,
      name: row.name,
      countyCode: row.county_code,
      county: row.county,
      address: row.address,
      mapUrl: env.QUEUE_MAP_URL.replace('{keyword}', encodeURIComponent(`${row.name} ${row.address}`)),
      windows: row.windows,
      items: row.items.map(QueueItem.from),
      openingHours: row.sessions.map((s) => Object.assign(new QueueSession(), s)),
      slotMinutes: row.slot_minutes,
      openWeekdays: row.open_weekdays,
      holidays: row.holidays,
      workdays: row.workdays,
      closedDates: row.closed_dates,
      bookableDates: bookableDates(row, beijingDate(now), bookingWindow(env)),
      slotCapacity: row.slot_capacity,
      onlineSharePercent: row.online_share_percent,
      onlineCapacity: onlineCapacity(row),
      unitCode: row.unit_code,
    });
  }
}
