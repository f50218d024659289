import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';

/** Traffic keeps no business rows (the platform owns vehicles and violations): its audit trail and its jobs. */
export interface TrafficDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase {}
