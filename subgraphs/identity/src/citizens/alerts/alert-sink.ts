import type { FugitiveHit } from '@jingtong/legacy-clients';

export interface ScreenedPerson {
  citizenId: string;
  idNumber: string;
}

/**
 * Where a fugitive hit goes: stored for the duty officers, audited, and texted to the unit's duty phone.
 * Implementations never throw: nothing about an alert may change what the citizen sees.
 */
export interface FugitiveAlertSink {
  raise(hit: FugitiveHit, person: ScreenedPerson, requestId: string): Promise<void>;
}
