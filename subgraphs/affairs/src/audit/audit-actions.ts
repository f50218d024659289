import { defineAuditActions } from '@jingtong/kit';

/** What the affairs configuration writes to its audit trail, each in the transaction of its change. */
export const AFFAIRS_AUDIT_ACTIONS = defineAuditActions([
  'BUSINESS_CLASS_REGISTERED',
  'BUSINESS_CLASS_UPDATED',
  'BUSINESS_CLASS_CANCELLED',
  'BUSINESS_CREATED',
  'BUSINESS_UPDATED',
  'BUSINESS_OPENED',
  'BUSINESS_CLOSED',
  'BUSINESS_CANCELLED',
  'BUSINESS_DRAFT_SAVED',
  'BUSINESS_PUBLISHED',
]);

export type AffairsAuditAction = (typeof AFFAIRS_AUDIT_ACTIONS)[number];
