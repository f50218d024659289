import type { CitizensDeps } from '../citizens-deps.js';
import type { SignInChannel } from '../tables/channel-account.table.js';
import { findChannelAccount, linkChannelAccount, touchChannelAccount } from '../store/channel-accounts.repository.js';
import { insertUnverifiedCitizen } from '../store/citizen-writes.js';

class AccountRace extends Error {}

/**
 * The citizen behind a channel account; a first sign-in creates a level 0 citizen for it. Two first
 * sign-ins of the same account at once: the unique (channel, account) constraint lets one win, the
 * other's new record is rolled back and it signs in as the winner's citizen. A new record's id was
 * never handed out before, so no projection of it can exist yet: nothing to invalidate.
 */
export async function citizenForChannel(
  deps: Pick<CitizensDeps, 'db' | 'cipher'>,
  channel: SignInChannel,
  externalId: string,
  phone?: string,
): Promise<{ citizenId: string; created: boolean }> {
  const { db, cipher } = deps;
  const account = await findChannelAccount(db, cipher, channel, externalId);
  if (account) {
    await touchChannelAccount(db, account.id);
    return { citizenId: account.citizen_id, created: false };
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const citizenId = await insertUnverifiedCitizen(trx, cipher, phone);
      if (!(await linkChannelAccount(trx, cipher, channel, externalId, citizenId))) throw new AccountRace();
      return { citizenId, created: true };
    });
  } catch (error) {
    if (!(error instanceof AccountRace)) throw error;
  }
  const raced = await findChannelAccount(db, cipher, channel, externalId);
  if (!raced) throw new Error('channel account vanished');
  return { citizenId: raced.citizen_id, created: false };
}
