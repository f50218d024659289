import type { Kysely } from 'kysely';

// The audit trail every subgraph writes to (MLPS level 3): sign-ins and their failures, configuration
// changes, disclosures of unmasked personal data, alerts. Rows are append-only and hash-chained; see
// sql-audit-log.ts for how tampering is detected.

/** Actions the kit itself writes, in every subgraph's trail. */
export const KIT_AUDIT_ACTIONS = ['DISCLOSURE', 'AUDIT_ARCHIVED', 'AUDIT_TAMPER_DETECTED'] as const;

/**
 * A subgraph declares the actions it audits (`defineAuditActions(['SIGN_IN', …])`); its `SqlAuditLog`
 * is typed by them, so a misspelt action does not compile and the console can label every one.
 */
export const defineAuditActions = <const A extends readonly string[]>(actions: A) => [...KIT_AUDIT_ACTIONS, ...actions] as const;

export type AuditAction = string;

export interface AuditEntry<Action extends string = AuditAction> {
  action: Action;
  actorKind: 'citizen' | 'officer' | 'partner' | 'anonymous' | 'system';
  /** Citizen / officer / partner id; never a name or an ID number. */
  actorId?: string;
  /** What the action was about, e.g. `citizen` + its id. */
  targetKind?: string;
  targetId?: string;
  /** For disclosures: which field was shown unmasked. */
  field?: string;
  /** For disclosures: the stated purpose (e.g. an application number). */
  purpose?: string;
  requestId: string;
  /** Non-personal details (codes, counts, channel). */
  details?: Record<string, unknown>;
}

export interface AuditRecordOptions {
  /**
   * The transaction of the change the row records: the row commits with the change or not at all.
   * Without it the row is written in a transaction of its own (reads, refusals, sign-in failures).
   */
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  trx?: Kysely<any>;
}

export interface AuditLog<Action extends string = AuditAction> {
  record(entry: AuditEntry<Action>, options?: AuditRecordOptions): Promise<void>;
}
