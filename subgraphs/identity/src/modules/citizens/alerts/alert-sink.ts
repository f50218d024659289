import type { FugitiveHit } from '@jingtong/legacy-clients';

export interface ScreenedPerson {
  citizenId: string;
  idNumber: string;
}

/**
 * Where a fugitive hit goes: stored for the duty officers and audited in one transaction, which also
 * enqueues the SMS to the unit's duty phone. Runs inside the screening job: a failure is retried, and
 * raising the same hit twice (a retried job) stores one alert.
 */
export interface FugitiveAlertSink {
  raise(hit: FugitiveHit, person: ScreenedPerson, requestId: string): Promise<void>;
}
