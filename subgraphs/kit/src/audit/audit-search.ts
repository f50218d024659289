import { sql, type Kysely } from 'kysely';
import { refuseInput } from '../validation/refuse-input.js';
import type { AuditDatabase } from './audit-table.js';

// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
type Db = Kysely<AuditDatabase> | Kysely<any>;

export interface AuditSearchFilter {
  action?: string | null;
  actorId?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditSearchRow {
  id: string;
  at: Date;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  field: string | null;
  purpose: string | null;
  request_id: string;
  details: string | null;
  hash: string;
  archived: boolean;
}

export const MAX_PAGE = 200;

export const encodeCursor = (id: string) => Buffer.from(`audit:${id}`).toString('base64url');

export function decodeCursor(cursor: string): string {
  const match = /^audit:([0-9]{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw refuseInput('CURSOR_INVALID', 'after');
  return match[1];
}

/** Live and archived rows together, newest first, `first` at a time after the cursor's row. */
export async function searchAudit(db: Db, filter: AuditSearchFilter, first: number, afterId: string | null): Promise<{ rows: AuditSearchRow[]; hasNextPage: boolean }> {
  const part = (table: 'audit_log' | 'audit_archive') => {
    let query = (db as Kysely<AuditDatabase>)
      .selectFrom(table)
      .select(['id', 'at', 'action', 'actor_kind', 'actor_id', 'target_kind', 'target_id', 'field', 'purpose', 'request_id', 'details', 'hash'])
      .select(sql<boolean>`${sql.lit(table === 'audit_archive')}`.as('archived'));
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
    if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
    if (filter.from) query = query.where('at', '>=', filter.from);
    if (filter.to) query = query.where('at', '<', filter.to);
    if (afterId) query = query.where('id', '<', afterId);
    return query;
  };
  const rows = (await (db as Kysely<AuditDatabase>)
    .selectFrom(part('audit_log').unionAll(part('audit_archive')).as('entries'))
    .selectAll()
    .orderBy('id', 'desc')
    .limit(first + 1)
    .execute()) as unknown as AuditSearchRow[];
  return { rows: rows.slice(0, first).map((r) => ({ ...r, id: String(r.id) })), hasNextPage: rows.length > first };
}
