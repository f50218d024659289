import { sql, type ColumnType, type Generated, type Kysely, type Transaction } from 'kysely';

export type JobState = 'pending' | 'running' | 'done' | 'dead';

export const JOB_STATES: readonly JobState[] = ['pending', 'running', 'done', 'dead'];

/** Enough for an outbox call to ride out an hour-long outage of its target with the default backoff. */
export const DEFAULT_MAX_ATTEMPTS = 12;

/** A coded, masked one-liner fits; a stack trace or a SOAP body does not. */
export const LAST_ERROR_MAX_LENGTH = 200;

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface JobTable {
  // bigserial: PostgreSQL returns int8 as a string, PGlite as a number; the kit's queries cast to text.
  id: Generated<string>;
  kind: string;
  /** Unique per kind: enqueue is de-duplicated by it and handlers are idempotent by it. A reference, never personal data. */
  key: string;
  payload: ColumnType<unknown, string, string>;
  state: Generated<JobState>;
  /** Claims so far; also the fencing token that makes a late worker's write a no-op. */
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  /** Due time (pending). */
  run_at: DefaultedTimestamp;
  locked_by: string | null;
  /** Lease end (running): past it, the row is the job of whichever worker rescues it. */
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  finished_at: Timestamp | null;
}

export interface JobDatabase {
  jobs: JobTable;
}

/** A subgraph's database or a transaction on it (TypeScript infers a transaction's tables only through the union). */
export type JobExecutor<DB extends JobDatabase> = Kysely<DB> | Transaction<DB>;

/**
 * The migration every subgraph that runs jobs includes in its own migrations. Migrations are never
 * edited once shipped, so neither is this: a later change to the table comes as a new helper.
 */
export async function createJobTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(DEFAULT_MAX_ATTEMPTS))
    .addColumn('run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('jobs_kind_key', ['kind', 'key'])
    .addCheckConstraint('jobs_state_known', sql`state in ('pending', 'running', 'done', 'dead')`)
    .addCheckConstraint('jobs_attempts_sane', sql`attempts >= 0 and max_attempts >= 1`)
    .addCheckConstraint('jobs_last_error_short', sql`length(last_error) <= ${sql.lit(LAST_ERROR_MAX_LENGTH)}`)
    .execute();
  // Partial indexes stay as small as the backlog, however many finished rows the table keeps.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['run_at', 'id']).where(sql.ref('state'), '=', 'pending').execute();
  await db.schema.createIndex('jobs_leases').on('jobs').column('locked_until').where(sql.ref('state'), '=', 'running').execute();
  // Dead-letter listing, counts per state and the purge of old finished rows.
  await db.schema.createIndex('jobs_state_updated').on('jobs').columns(['state', 'updated_at']).execute();
}
