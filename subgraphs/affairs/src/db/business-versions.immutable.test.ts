import { randomBytes, randomUUID } from 'node:crypto';
import { createDatabase, type Database, databaseUrlAs, DEFAULT_APP_ROLE, dropSchema, setupDatabaseRoles, sql } from '@jingtong/kit';
import { migrations } from './migrations/index.js';
import type { AffairsDatabase } from './tables/affairs-database.js';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The servers path: the affairs migrations run as the services' role, as production runs them. That role keeps
 * INSERT and SELECT on published versions and has neither UPDATE, DELETE nor TRUNCATE; the trigger refuses them
 * besides (the embedded path, where the only user is a superuser, is covered by affairs.inject.test.ts).
 */
describe('business versions on PostgreSQL, as the services’ role', () => {
  const schema = `affairs_versions_${randomBytes(4).toString('hex')}`;
  let database: Database<AffairsDatabase>;

  beforeAll(async () => {
    await setupDatabaseRoles(ADMIN_URL);
    database = await createDatabase<AffairsDatabase>({ name: 'affairs', databaseUrl: databaseUrlAs(ADMIN_URL, DEFAULT_APP_ROLE), dataDir: '', schema, migrations });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await dropSchema(ADMIN_URL, schema);
  });

  it('grants the role no UPDATE, DELETE or TRUNCATE on versions, and refuses them', async () => {
    const { db } = database;
    const { rows } = await sql<Record<string, boolean>>`
      select current_setting('is_superuser') = 'on' as superuser,
        ${sql.join(['INSERT', 'SELECT', 'UPDATE', 'DELETE', 'TRUNCATE'].map((p) => sql`has_table_privilege('business_versions', ${p}) as ${sql.ref(p.toLowerCase())}`))}`.execute(db);
    expect(rows[0]).toEqual({ superuser: false, insert: true, select: true, update: false, delete: false, truncate: false });

    const classId = randomUUID();
    const businessId = randomUUID();
    await db.insertInto('business_classes').values({ id: classId, code: '01', name: '治安业务', description: null, cancelled_at: null }).execute();
    await db
      .insertInto('businesses')
      .values({ id: businessId, number: '0101', name: '测试业务', class_id: classId, fee_fen: 0, supervision_days: 0, type: 'ONLINE', needs_materials: false, returns_materials: false, needs_approval: false, channels: '[]' as never, pinyin: 'CSYW', apply_url: null, handle_url: null, intro: null, cancelled_at: null })
      .execute();
    await sql`insert into business_versions (id, business_id, version, flow, flow_digest, fields, materials, digest, published_by)
      values (${randomUUID()}, ${businessId}, 1, '{}'::jsonb, 'x', '[]'::jsonb, '[]'::jsonb, ${'0'.repeat(64)}, 'officer')`.execute(db);
    await expect(sql`update business_versions set version = 2`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`delete from business_versions`.execute(db)).rejects.toThrow(/permission denied/);
    await expect(sql`truncate business_versions`.execute(db)).rejects.toThrow(/permission denied/);
    const kept = await sql<{ version: number }>`select version from business_versions`.execute(db);
    expect(kept.rows).toEqual([{ version: 1 }]);
  });
});
