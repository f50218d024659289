import { defineAuditActions } from '@jingtong/kit';

/** What identity writes to its audit trail (the console labels each one). */
export const IDENTITY_AUDIT_ACTIONS = defineAuditActions([
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'ACCOUNT_LOCKED',
  'CONFIG_CHANGED',
  'ALERT_RAISED',
  'BINDING_CHANGED',
  'REAL_NAME_VERIFIED',
  'API_KEY_ISSUED',
  'API_KEY_REVOKED',
  'PASSWORD_CHANGED',
  'CITIZEN_LOOKUP',
]);

export type IdentityAuditAction = (typeof IDENTITY_AUDIT_ACTIONS)[number];
