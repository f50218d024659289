import { type Kysely, sql } from 'kysely';
import pg from 'pg';

/** Owns every subgraph's audit tables and the archive function; nobody logs in as it. */
export const AUDIT_OWNER_ROLE = 'jingtong_audit';
/** The role the services connect as (override per deployment; one per subgraph works too). */
export const DEFAULT_APP_ROLE = 'jingtong_app';

const SAFE_ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Run as a superuser: `jingtong_audit` and `jingtong_admin.seal_audit_trail(schema)`, which a subgraph's
 * audit migration calls to hand its audit tables (and its schema, whose owner could drop them) to
 * `jingtong_audit`, keeping SELECT and INSERT for itself and EXECUTE on the archive function. It acts only
 * on a trail the calling login role owns, so it can only ever take rights away from its caller.
 */
const SEALING_SQL = [
  `select pg_advisory_xact_lock(hashtext('jingtong.roles'))`,
  `do $$ begin
     if not exists (select from pg_roles where rolname = '${AUDIT_OWNER_ROLE}') then create role ${AUDIT_OWNER_ROLE} nologin; end if;
   end $$`,
  `create schema if not exists jingtong_admin`,
  `create or replace function jingtong_admin.seal_audit_trail(target text) returns void
   language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
   declare
     app name := session_user;
     owner name;
     t text;
   begin
     select pg_get_userbyid(c.relowner) into owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = target and c.relname = 'audit_log' and c.relkind = 'r';
     if owner is null then raise exception 'no audit trail in schema %', target; end if;
     if owner = '${AUDIT_OWNER_ROLE}' then return; end if;
     if owner <> app then
       raise exception 'only the owner of %.audit_log may seal it', target using errcode = 'insufficient_privilege';
     end if;
     execute format('alter schema %I owner to ${AUDIT_OWNER_ROLE}', target);
     execute format('grant usage, create on schema %I to %I', target, app);
     foreach t in array array['audit_log', 'audit_archive', 'audit_checkpoints'] loop
       execute format('alter table %I.%I owner to ${AUDIT_OWNER_ROLE}', target, t);
       execute format('revoke all on table %I.%I from %I', target, t, app);
       execute format('grant select on table %I.%I to %I', target, t, app);
     end loop;
     execute format('grant insert on table %I.audit_log, %I.audit_checkpoints to %I', target, target, app);
     execute format('grant usage on sequence %I.audit_log_id_seq, %I.audit_checkpoints_id_seq to %I', target, target, app);
     execute format('alter function %I.jt_audit_append_only() owner to ${AUDIT_OWNER_ROLE}', target);
     execute format('alter function %I.jt_audit_archive(timestamptz) owner to ${AUDIT_OWNER_ROLE}', target);
     execute format('revoke all on function %I.jt_audit_archive(timestamptz) from public', target);
     execute format('grant execute on function %I.jt_audit_archive(timestamptz) to %I', target, app);
   end
   $fn$`,
  `revoke all on function jingtong_admin.seal_audit_trail(text) from public`,
];

/** Install the audit owner role and the sealing function (superuser; idempotent, safe to run concurrently). */
// biome-ignore lint/suspicious/noExplicitAny: any database; this touches only catalog objects
export async function installAuditSealing(trx: Kysely<any>): Promise<void> {
  for (const statement of SEALING_SQL) await sql.raw(statement).execute(trx);
}

export interface DatabaseRolesOptions {
  /** Login roles the services use; each gets no superuser, CREATEDB, CREATEROLE or BYPASSRLS. */
  appRoles?: string[];
  /** Set (or change) their password; local trust auth (tests, CI) needs none. */
  password?: string;
}

/**
 * The PostgreSQL setup of the servers path, run once as a superuser (`npm run db:roles`, the test kit):
 * the audit owner and sealing function above, and the services' login role with CONNECT and CREATE on
 * this database (each subgraph creates its own schema and tables) and EXECUTE on the sealing function.
 */
export async function setupDatabaseRoles(adminUrl: string, options: DatabaseRolesOptions = {}): Promise<void> {
  const appRoles = options.appRoles ?? [DEFAULT_APP_ROLE];
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const statement of SEALING_SQL) await client.query(statement);
    for (const role of appRoles) {
      if (!SAFE_ROLE.test(role) || role === AUDIT_OWNER_ROLE) throw new Error(`Unusable role name: ${role}`);
      const { rows } = await client.query<{ self: boolean }>('select current_user = $1 as self', [role]);
      if (rows[0]?.self) throw new Error(`${role} is the administrator running this setup: give the services a role of their own`);
      const id = client.escapeIdentifier(role);
      await client.query(`do $$ begin if not exists (select from pg_roles where rolname = ${client.escapeLiteral(role)}) then create role ${id} login; end if; end $$`);
      await client.query(`alter role ${id} login nosuperuser nocreatedb nocreaterole nobypassrls noreplication`);
      if (options.password) await client.query(`alter role ${id} password ${client.escapeLiteral(options.password)}`);
      const { rows: db } = await client.query<{ name: string }>('select current_database() as name');
      await client.query(`grant connect, create on database ${client.escapeIdentifier(db[0].name)} to ${id}`);
      await client.query(`grant usage on schema jingtong_admin to ${id}`);
      await client.query(`grant execute on function jingtong_admin.seal_audit_trail(text) to ${id}`);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The same connection string as another role (tests: the superuser URL turned into the services' one). */
export function databaseUrlAs(url: string, role: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password ?? '';
  return parsed.toString();
}
