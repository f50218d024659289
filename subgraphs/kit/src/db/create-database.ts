import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import pg from 'pg';

export interface DatabaseOptions {
  /** Subgraph name: the PGlite folder and the PostgreSQL schema. */
  name: string;
  /** PostgreSQL when set; otherwise PGlite in `<dataDir>/<name>/`. */
  databaseUrl?: string;
  dataDir: string;
  /** Override the PostgreSQL schema (tests use a throw-away one). */
  schema?: string;
  migrations: Record<string, Migration>;
  poolSize?: number;
}

export interface Database<DB> {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  schema: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Kysely over PGlite (embedded default) or PostgreSQL with a schema per subgraph; migrations run here. */
export async function createDatabase<DB>(options: DatabaseOptions): Promise<Database<DB>> {
  const schema = options.schema ?? options.name.replace(/-/g, '_');
  if (!SAFE_IDENTIFIER.test(schema)) throw new Error(`Unsafe schema name: ${schema}`);

  let db: Kysely<DB>;
  let kind: Database<DB>['kind'];
  if (options.databaseUrl) {
    const bootstrap = new pg.Client({ connectionString: options.databaseUrl });
    await bootstrap.connect();
    try {
      await bootstrap.query(`create schema if not exists "${schema}"`);
    } finally {
      await bootstrap.end();
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      options: `-c search_path="${schema}"`,
    });
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
  } else {
    const dir = join(options.dataDir, options.name);
    mkdirSync(dir, { recursive: true });
    db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: new PGlite(dir) }) });
    kind = 'pglite';
  }

  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => options.migrations },
    migrationTableSchema: kind === 'postgres' ? schema : undefined,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r: { status: string; migrationName: string }) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '?'} failed for ${options.name}: ${(error as Error).message}`);
  }

  return {
    db,
    kind,
    schema,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** Drop a throw-away PostgreSQL schema (tests). */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!SAFE_IDENTIFIER.test(schema)) throw new Error(`Unsafe schema name: ${schema}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
