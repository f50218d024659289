import { sql, type Generated, type Kysely } from 'kysely';
import { AUDIT_OWNER_ROLE, installAuditSealing } from '../db/roles.js';

/**
 * The transaction-local switch the first version of the triggers honoured (any session could set it).
 * `sealAuditTrail` replaced it: rows now leave `audit_log` only through `jt_audit_archive`, owned by
 * `jingtong_audit`. Kept because the first migration still installs that version before the seal replaces it.
 */
export const AUDIT_ARCHIVING_SETTING = 'jingtong.audit_archiving';

export interface AuditCheckpointTable {
  id: Generated<string>;
  at: Generated<Date>;
  /** The newest row a successful verification saw, and its hash. */
  last_id: string;
  last_hash: string;
  rows: string;
  /** HMAC of (last_id, last_hash) with the chain key; rows from before sealing have none and prove nothing. */
  mac: string | null;
}

export interface AuditIntegrityDatabase {
  audit_checkpoints: AuditCheckpointTable;
}

/**
 * Append-only in the database itself, for a subgraph whose migrations already ran `createAuditTables`:
 * - `audit_log`: UPDATE, DELETE and TRUNCATE raise, unless the archiving setting is on;
 * - `audit_archive`: written, like the deletions above, only while archiving; anyone else who wants to change
 *   a row (a test showing that tampering is caught) must say so explicitly, inside one transaction;
 * - `audit_checkpoints`: the heads earlier verifications saw (they catch a cut-off tail, which a hash
 *   chain alone cannot), append-only too.
 * A superuser can still disable triggers: that is what the hash chain and the checkpoints are for.
 */
export async function installAuditIntegrity(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_id', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('rows', 'bigint', (c) => c.notNull())
    .execute();

  await sql`
    create or replace function jt_audit_append_only() returns trigger language plpgsql as $fn$
    begin
      if coalesce(current_setting(${sql.lit(AUDIT_ARCHIVING_SETTING)}, true), '') = 'on' then
        if tg_level = 'STATEMENT' then return null; end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
      raise exception 'audit rows are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $fn$`.execute(db);

  const guard = async (table: string, rowEvents: string) => {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before ${sql.raw(rowEvents)} on ${sql.table(table)}
      for each row execute function jt_audit_append_only()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function jt_audit_append_only()`.execute(db);
  };
  await guard('audit_log', 'update or delete');
  await guard('audit_archive', 'insert or update or delete');
  await guard('audit_checkpoints', 'update or delete');
}

/**
 * The second step, for a trail whose migrations ran `createAuditTables` and `installAuditIntegrity`:
 * - checkpoints get a seal (`mac`), so one inserted by someone without the chain key is caught;
 * - the archive move becomes `jt_audit_archive(cutoff)`, a SECURITY DEFINER function, and the triggers let
 *   rows leave `audit_log` (and enter `audit_archive`) only when that function runs as `jingtong_audit` on
 *   behalf of another login role: the session switch no longer opens anything;
 * - `jingtong_admin.seal_audit_trail` hands the tables, the functions and the schema to `jingtong_audit`
 *   and leaves the subgraph's role SELECT + INSERT (no UPDATE, DELETE or TRUNCATE) and EXECUTE on the move.
 * On PostgreSQL the services' role cannot seal by itself: the role setup (`npm run db:roles`) installs the
 * sealing function first. A superuser session (PGlite, whose only user is one; a development database
 * without the setup) installs it here. A superuser can still undo all of it: the keyed chain and the
 * checkpoint file outside the database are what catch that.
 */
export async function sealAuditTrail(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_checkpoints add column if not exists mac text`.execute(db);

  await sql`
    create or replace function jt_audit_append_only() returns trigger language plpgsql as $fn$
    begin
      if tg_level = 'ROW' and current_user = ${sql.lit(AUDIT_OWNER_ROLE)} and session_user <> current_user
        and ((tg_table_name = 'audit_log' and tg_op = 'DELETE') or (tg_table_name = 'audit_archive' and tg_op = 'INSERT')) then
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
      raise exception 'audit rows are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $fn$`.execute(db);

  const { rows } = await sql<{ schema: string; superuser: boolean; sealing: boolean }>`
    select current_schema() as schema, current_setting('is_superuser') = 'on' as superuser,
      to_regprocedure('jingtong_admin.seal_audit_trail(text)') is not null as sealing`.execute(db);
  const { schema, superuser, sealing } = rows[0];
  const columns = sql.raw('id, at, action, actor_kind, actor_id, target_kind, target_id, field, purpose, request_id, details, prev_hash, hash');
  // The search path is pinned: a definer function must not resolve names through its caller's path.
  await sql`
    create or replace function jt_audit_archive(cutoff timestamptz) returns bigint
    language plpgsql security definer set search_path = ${sql.id(schema)}, pg_temp as $fn$
    declare
      up_to bigint;
      moved bigint;
    begin
      perform pg_advisory_xact_lock(hashtext('jingtong.audit_log.' || current_schema()));
      select max(id) into up_to from audit_log where at < cutoff;
      if up_to is null then return 0; end if;
      insert into audit_archive (${columns}) select ${columns} from audit_log where id <= up_to order by id;
      delete from audit_log where id <= up_to;
      get diagnostics moved = row_count;
      return moved;
    end
    $fn$`.execute(db);

  if (superuser) await installAuditSealing(db);
  else if (!sealing) throw new Error('The audit trail cannot be sealed: run the PostgreSQL role setup (npm run db:roles) as a superuser first');
  await sql`select jingtong_admin.seal_audit_trail(current_schema())`.execute(db);
}

/** What the running service may do to its own trail (a production start refuses too much). */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function auditTrailPrivileges(db: Kysely<any>): Promise<{ superuser: boolean; canRewrite: boolean }> {
  const { rows } = await sql<{ superuser: boolean; rewrite: boolean }>`
    select current_setting('is_superuser') = 'on' as superuser,
      has_table_privilege('audit_log', 'UPDATE') or has_table_privilege('audit_log', 'DELETE') or has_table_privilege('audit_log', 'TRUNCATE')
      or has_table_privilege('audit_archive', 'UPDATE') or has_table_privilege('audit_archive', 'DELETE') or has_table_privilege('audit_archive', 'INSERT') as rewrite`.execute(db);
  return { superuser: rows[0].superuser, canRewrite: rows[0].rewrite };
}
