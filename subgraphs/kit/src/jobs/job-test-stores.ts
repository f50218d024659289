import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { createDatabase, dropSchema, type Database } from '../db/create-database.js';
import { createJobTables, type JobDatabase } from './jobs.table.js';

/** What the scenarios' handlers write: one row per job key, `runs` counting the committed effects. */
export interface EffectTable {
  key: string;
  runs: number;
}

export type TestDb = JobDatabase & { effects: EffectTable };

/** One storage path as the scenarios see it; each test starts on an empty schema. */
export interface JobStore {
  readonly label: string;
  /** The handle the subgraph would have. */
  db(): Kysely<TestDb>;
  /** Another replica's handle on the same data (PostgreSQL: its own pool; PGlite has a single process, so the same one). */
  replica(): Promise<Kysely<TestDb>>;
  /** Drop the handle without stopping anything, then open the data again: a crash and a restart. */
  reopen(): Promise<void>;
  fresh(): Promise<void>;
  cleanup(): Promise<void>;
  closeAll(): Promise<void>;
}

async function createTestTables(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
  await db.schema.createTable('effects').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('runs', 'integer', (c) => c.notNull()).execute();
}

/**
 * One file-backed PGlite for the whole file (a start costs seconds; a restart is needed to show a
 * crash), a schema per test. PGlite has one connection, so `set search_path` holds for what follows.
 */
export function pgliteStore(): JobStore {
  const dir = mkdtempSync(join(tmpdir(), 'kit-jobs-'));
  let db: Kysely<TestDb> | undefined;
  let schema = '';
  let n = 0;
  const open = async () => {
    db = new Kysely<TestDb>({ dialect: new PGliteDialect({ pglite: new PGlite(dir) }) });
    if (schema) await sql`set search_path to ${sql.id(schema)}`.execute(db);
  };
  return {
    label: 'PGlite',
    db: () => db!,
    replica: async () => db!,
    async reopen() {
      await db!.destroy();
      await open();
    },
    async fresh() {
      if (!db) await open();
      schema = `t${++n}`;
      await sql`create schema ${sql.id(schema)}`.execute(db!);
      await sql`set search_path to ${sql.id(schema)}`.execute(db!);
      await createTestTables(db as Kysely<unknown>);
    },
    async cleanup() {},
    async closeAll() {
      await db?.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throw-away schema per test, created through the kit's own createDatabase and migrations; every pool is closed and the schema dropped after. */
export function postgresStore(): JobStore {
  const migrations = { '2026-01-01T0000-jobs': { up: createTestTables } };
  let schema = '';
  let main: Database<TestDb> | undefined;
  let handles: Database<TestDb>[] = [];
  const connect = async () => {
    const database = await createDatabase<TestDb>({ name: 'jobs', databaseUrl: TEST_DATABASE_URL, dataDir: '', schema, migrations, poolSize: 5 });
    handles.push(database);
    return database;
  };
  return {
    label: 'PostgreSQL',
    db: () => main!.db,
    replica: async () => (await connect()).db,
    async reopen() {
      await main!.close();
      handles = handles.filter((h) => h !== main);
      main = await connect();
    },
    async fresh() {
      schema = `kit_jobs_${randomBytes(4).toString('hex')}`;
      main = await connect();
    },
    async cleanup() {
      await Promise.all(handles.map((h) => h.close()));
      handles = [];
      if (schema) await dropSchema(TEST_DATABASE_URL, schema);
    },
    async closeAll() {},
  };
}
