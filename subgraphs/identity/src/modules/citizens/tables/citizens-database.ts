import type { ChannelAccountTable } from './channel-account.table.js';
import type { CitizenTable } from './citizen.table.js';
import type { FugitiveAlertTable } from './fugitive-alert.table.js';
import type { LicenceBindingTable } from './licence-binding.table.js';
import type { RealNameVerificationTable } from './real-name-verification.table.js';
import type { VehicleBindingTable } from './vehicle-binding.table.js';

/** The citizens module's tables. */
export interface CitizensDatabase {
  citizens: CitizenTable;
  channel_accounts: ChannelAccountTable;
  real_name_verifications: RealNameVerificationTable;
  licence_bindings: LicenceBindingTable;
  vehicle_bindings: VehicleBindingTable;
  fugitive_alerts: FugitiveAlertTable;
}
