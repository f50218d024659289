import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createDatabase, dropSchema } from './create-database.js';

const migrations = {
  '2026-01-01T0000-notes': {
    up: async (db: Kysely<unknown>) => {
      await db.schema.createTable('notes').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('body', 'text').execute();
    },
  },
};

interface Db {
  notes: { id: number; body: string };
}

describe('createDatabase', () => {
  it('runs migrations on PGlite in <dataDir>/<name> and keeps data across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-db-'));
    try {
      const first = await createDatabase<Db>({ name: 'probe', dataDir: dir, migrations });
      expect(first.kind).toBe('pglite');
      await first.db.insertInto('notes').values({ body: 'hello' } as never).execute();
      await first.close();
      const second = await createDatabase<Db>({ name: 'probe', dataDir: dir, migrations });
      expect(await second.db.selectFrom('notes').select('body').execute()).toEqual([{ body: 'hello' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('uses its own schema on PostgreSQL', async () => {
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const schema = `kit_${randomBytes(4).toString('hex')}`;
    const database = await createDatabase<Db>({ name: 'probe', databaseUrl: url, dataDir: '', schema, migrations });
    try {
      expect(database.kind).toBe('postgres');
      await database.db.insertInto('notes').values({ body: 'x' } as never).execute();
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(`${schema}.notes`)}`.execute(database.db);
      expect(rows[0].n).toBe(1);
    } finally {
      await database.close();
      await dropSchema(url, schema);
    }
  });

  it('refuses an unsafe schema name', async () => {
    await expect(createDatabase({ name: 'x', databaseUrl: 'postgres://127.0.0.1/none', dataDir: '', schema: 'a"; drop', migrations })).rejects.toThrow(/Unsafe/);
  });
});
