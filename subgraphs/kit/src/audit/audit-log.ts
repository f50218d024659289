/**
 * The audit trail every subgraph writes to (MLPS level 3): sign-ins and their failures,
 * configuration changes, disclosures of unmasked personal data, alerts.
 * Rows are append-only and hash-chained; see the implementation for how tampering is detected.
 */
export type AuditAction =
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'ACCOUNT_LOCKED'
  | 'CONFIG_CHANGED'
  | 'DISCLOSURE'
  | 'ALERT_RAISED'
  | 'BINDING_CHANGED'
  | 'REAL_NAME_VERIFIED'
  | 'API_KEY_ISSUED'
  | 'API_KEY_REVOKED'
  | 'PASSWORD_CHANGED'
  | 'AUDIT_ARCHIVED'
  | 'AUDIT_TAMPER_DETECTED';

export interface AuditEntry {
  action: AuditAction;
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

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
}
