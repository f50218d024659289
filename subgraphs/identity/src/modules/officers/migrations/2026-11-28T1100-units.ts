import { sql, type Kysely } from '@jingtong/kit';

/** The bureau and its district branches: every deployment starts with these (organisation sync adds more). */
const SEED_UNITS = [
  { code: '411000000000', name: '许昌市公安局', region_code: '411000', parent_code: null },
  { code: '411002000000', name: '许昌市公安局魏都分局', region_code: '411002', parent_code: '411000000000' },
  { code: '411003000000', name: '许昌市公安局建安分局', region_code: '411003', parent_code: '411000000000' },
  { code: '411000010000', name: '许昌市公安局出入境管理支队', region_code: '411000', parent_code: '411000000000' },
  { code: '411000020000', name: '许昌市公安局交通警察支队', region_code: '411000', parent_code: '411000000000' },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[0-9]{12}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('duty_phone_enc', 'text')
    .addColumn('parent_code', 'text', (c) => c.references('units.code'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db
    .insertInto('units' as never)
    .values(SEED_UNITS as never)
    .onConflict((oc) => oc.column('code' as never).doNothing())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('units').execute();
}
