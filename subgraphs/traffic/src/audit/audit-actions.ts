import { defineAuditActions } from '@jingtong/kit';

/** What traffic writes to its audit trail. */
export const TRAFFIC_AUDIT_ACTIONS = defineAuditActions(['VEHICLE_LOOKUP', 'CONFIG_CHANGED', 'FINE_PAYMENT_ORDERED', 'FINE_PAYMENT_RECORDED', 'FINE_PAYMENT_REFUSED']);

export type TrafficAuditAction = (typeof TRAFFIC_AUDIT_ACTIONS)[number];
