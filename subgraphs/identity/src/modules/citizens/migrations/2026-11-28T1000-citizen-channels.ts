import { sql, type Kysely } from '@jingtong/kit';

/**
 * One citizen across Alipay, WeChat and phone sign-in (一点登录全网漫游). A citizen may exist before
 * we know their ID number (WeChat or phone first, level 0), so the citizens' personal columns become
 * nullable; a record merged into another (the same person, found out at real-name time) is retired.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table citizens alter column id_number_enc drop not null`.execute(db);
  await sql`alter table citizens alter column id_number_idx drop not null`.execute(db);
  await sql`alter table citizens alter column name_enc drop not null`.execute(db);
  await db.schema
    .alterTable('citizens')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_idx', 'text')
    .addColumn('merged_into', 'uuid', (c) => c.references('citizens.id'))
    .addColumn('retired_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('citizens_phone_idx').on('citizens').column('phone_idx').execute();

  await db.schema
    .createTable('channel_accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('alipay', 'wechat', 'phone')`))
    .addColumn('external_idx', 'text', (c) => c.notNull())
    .addColumn('external_enc', 'text', (c) => c.notNull())
    .addColumn('citizen_id', 'uuid', (c) => c.notNull().references('citizens.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_sign_in_at', 'timestamptz')
    .addUniqueConstraint('channel_accounts_channel_external', ['channel', 'external_idx'])
    .execute();
  await db.schema.createIndex('channel_accounts_citizen').on('channel_accounts').column('citizen_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_accounts').execute();
  await db.schema.alterTable('citizens').dropColumn('phone_enc').dropColumn('phone_idx').dropColumn('merged_into').dropColumn('retired_at').execute();
}
