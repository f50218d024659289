import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseUrlAs, DEFAULT_APP_ROLE, dropSchema, setupDatabaseRoles } from '@jingtong/kit';

export type StorageMode = 'embedded' | 'servers';

/** The servers the CI machine runs (see .ci/run); override with TEST_DATABASE_URL / TEST_REDIS_URL. */
export const SERVER_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const SERVER_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** What the subgraphs connect as on the servers path: the services' role, never the superuser above (README, security). */
export const SERVER_APP_DATABASE_URL = databaseUrlAs(SERVER_DATABASE_URL, DEFAULT_APP_ROLE);

export interface Storage {
  mode: StorageMode;
  /** Env for one subgraph: its own PGlite folder, or its own throw-away PostgreSQL schema + Redis prefix. */
  envFor(subgraph: string): Record<string, string>;
  /** Before the first subgraph starts: the PostgreSQL roles (servers path). */
  prepare(): Promise<void>;
  cleanup(): Promise<void>;
}

export function createStorage(mode: StorageMode): Storage {
  const run = `t${randomBytes(4).toString('hex')}`;
  if (mode === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'jingtong-'));
    return {
      mode,
      envFor: () => ({ DATA_DIR: dataDir }),
      prepare: async () => {},
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schemas: string[] = [];
  // The audit checkpoint files (outside the database) live here.
  const dataDir = mkdtempSync(join(tmpdir(), 'jingtong-servers-'));
  return {
    mode,
    envFor: (subgraph) => {
      const schema = `${run}_${subgraph.replace(/-/g, '_')}`;
      schemas.push(schema);
      return { DATABASE_URL: SERVER_APP_DATABASE_URL, REDIS_URL: SERVER_REDIS_URL, DATABASE_SCHEMA: schema, DATA_DIR: dataDir };
    },
    prepare: () => setupDatabaseRoles(SERVER_DATABASE_URL),
    cleanup: async () => {
      for (const schema of schemas) await dropSchema(SERVER_DATABASE_URL, schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
