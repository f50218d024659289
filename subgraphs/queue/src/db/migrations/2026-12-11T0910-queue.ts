import { type Kysely, sql } from '@jingtong/kit';

/**
 * Halls (as their machines describe them, plus what officers set), the seats of each slot bookable online,
 * and the tickets. A seat is taken by one conditional update of the slot's row, so two replicas can never
 * hand out more seats than the hall's setting allows; a ticket holds at most one machine number, and no
 * machine number belongs to two tickets.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('queue_halls')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('county', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull().check(sql`unit_code ~ '^[0-9]{12}$'`))
    .addColumn('windows', 'integer', (c) => c.notNull())
    .addColumn('slot_minutes', 'integer', (c) => c.notNull().check(sql`slot_minutes > 0`))
    .addColumn('open_weekdays', 'jsonb', (c) => c.notNull())
    .addColumn('sessions', 'jsonb', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('holidays', 'jsonb', (c) => c.notNull())
    .addColumn('workdays', 'jsonb', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    // Officers' settings: the sync never touches them.
    .addColumn('slot_capacity', 'integer', (c) => c.notNull().check(sql`slot_capacity > 0`))
    .addColumn('online_share_percent', 'integer', (c) => c.notNull().check(sql`online_share_percent between 0 and 100`))
    .addColumn('closed_dates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('synced_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('queue_slot_seats')
    .addColumn('hall_code', 'text', (c) => c.notNull().references('queue_halls.code'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0).check(sql`taken >= 0`))
    .addPrimaryKeyConstraint('queue_slot_seats_pk', ['hall_code', 'item_code', 'date', 'slot'])
    .execute();

  await db.schema
    .createTable('queue_tickets')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('hall_code', 'text', (c) => c.notNull().references('queue_halls.code'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull().check(sql`date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('slot_start', 'timestamptz', (c) => c.notNull())
    .addColumn('slot_end', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('release_reason', 'text')
    .addColumn('issued_at', 'timestamptz')
    .addColumn('checked_in_at', 'timestamptz')
    .addColumn('called_at', 'timestamptz')
    .addColumn('window_no', 'integer')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('queue_tickets_status', sql`status in ('PENDING', 'BOOKED', 'CHECKED_IN', 'CALLED', 'SERVED', 'NO_SHOW', 'CANCELLED', 'RELEASED')`)
    .addCheckConstraint('queue_tickets_release_reason', sql`release_reason is null or release_reason in ('REFUSED', 'MACHINE_FAILED', 'VOIDED')`)
    .addCheckConstraint('queue_tickets_numbered', sql`status in ('PENDING', 'RELEASED') or number is not null`)
    .execute();
  // One active booking per person, hall and day, whatever races.
  await sql`create unique index queue_tickets_one_active on queue_tickets (citizen_id, hall_code, date) where status in ('PENDING', 'BOOKED', 'CHECKED_IN', 'CALLED')`.execute(db);
  // A machine number belongs to one ticket at most.
  await sql`create unique index queue_tickets_number on queue_tickets (hall_code, date, number) where number is not null`.execute(db);
  await sql`create index queue_tickets_no_shows on queue_tickets (citizen_id, finished_at) where status = 'NO_SHOW'`.execute(db);
  await db.schema.createIndex('queue_tickets_citizen').on('queue_tickets').columns(['citizen_id', 'created_at']).execute();
  await db.schema.createIndex('queue_tickets_hall_day').on('queue_tickets').columns(['hall_code', 'date']).execute();
}
