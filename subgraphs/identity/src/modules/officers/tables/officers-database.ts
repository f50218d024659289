import type { OfficerKnownSourceTable, OfficerResetRequestTable, OfficerSignInThrottleTable } from './officer-safeguards.table.js';
import type { OfficerSessionTable } from './officer-session.table.js';
import type { OfficerTable } from './officer.table.js';
import type { UnitTable } from './unit.table.js';

/** The officers module's tables. */
export interface OfficersDatabase {
  units: UnitTable;
  officers: OfficerTable;
  officer_sessions: OfficerSessionTable;
  officer_sign_in_throttles: OfficerSignInThrottleTable;
  officer_known_sources: OfficerKnownSourceTable;
  officer_reset_requests: OfficerResetRequestTable;
}
