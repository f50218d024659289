import DataLoader from 'dataloader';
import { licenceBindingsOf, type LicenceBinding } from './bindings/bindings.repository.js';
import type { CitizensDeps } from './citizens-deps.js';
import type { CitizenProjection } from './projection/citizen-projection.js';
import { currentVerifications, type Verification } from './real-name/verifications.repository.js';
import { listChannelAccounts } from './store/channel-accounts.repository.js';
import type { Citizen } from './store/citizens.repository.js';

export interface ChannelLink {
  channel: 'alipay' | 'wechat' | 'phone';
  linkedAt: Date;
  lastSignInAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per request: one look-up per kind of citizen data, whatever the number of citizens in the answer. */
export function citizenLoaders({ db, cipher, projections }: Pick<CitizensDeps, 'db' | 'cipher' | 'projections'>) {
  /** Citizen + bound plates from the projection cache (database on a miss); a retired id answers as its survivor. */
  const projection = new DataLoader<string, CitizenProjection | null>(async (ids) => {
    const found = await projections.load(ids.filter((id) => UUID.test(id)));
    return ids.map((id) => found.get(id) ?? null);
  });
  return {
    projection,
    citizenById: { load: async (id: string): Promise<Citizen | null> => (await projection.load(id))?.citizen ?? null },
    licenceBinding: new DataLoader<string, LicenceBinding | null>(async (ids) => {
      const found = await licenceBindingsOf(db, cipher, ids);
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

export type CitizenLoaders = ReturnType<typeof citizenLoaders>;
