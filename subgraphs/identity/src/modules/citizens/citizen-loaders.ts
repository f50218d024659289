import DataLoader from 'dataloader';
import type { IdentityDeps } from '../../deps.js';
import { licenceBindingsOf, vehicleBindingsOf, type LicenceBinding, type VehicleBinding } from './bindings/bindings.repository.js';
import { currentVerifications, type Verification } from './real-name/verifications.repository.js';
import { listChannelAccounts } from './store/channel-accounts.repository.js';

export interface ChannelLink {
  channel: 'alipay' | 'wechat' | 'phone';
  linkedAt: Date;
  lastSignInAt: Date | null;
}

/** Per request: one query per kind of citizen data, whatever the number of citizens in the answer. */
export function citizenLoaders(deps: IdentityDeps) {
  const { db } = deps.database;
  return {
    vehicleBindings: new DataLoader<string, VehicleBinding[]>(async (ids) => {
      const found = await vehicleBindingsOf(db, deps.cipher, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    licenceBinding: new DataLoader<string, LicenceBinding | null>(async (ids) => {
      const found = await licenceBindingsOf(db, deps.cipher, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    verification: new DataLoader<string, Verification | null>(async (ids) => {
      const found = await currentVerifications(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    channels: new DataLoader<string, ChannelLink[]>(async (ids) => {
      const rows = await listChannelAccounts(db, ids);
      return ids.map((id) =>
        rows.filter((r) => r.citizen_id === id).map((r) => ({ channel: r.channel, linkedAt: r.created_at, lastSignInAt: r.last_sign_in_at })),
      );
    }),
  };
}
