import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { SignInChannel } from '../tables/channel-account.table.js';

type Db = Kysely<IdentityDatabase>;

const indexOf = (cipher: FieldCipher, channel: SignInChannel, externalId: string) => cipher.blindIndex(externalId, `channel:${channel}`);

export async function findChannelAccount(db: Db, cipher: FieldCipher, channel: SignInChannel, externalId: string) {
  return db
    .selectFrom('channel_accounts')
    .select(['id', 'citizen_id'])
    .where('channel', '=', channel)
    .where('external_idx', '=', indexOf(cipher, channel, externalId))
    .executeTakeFirst();
}

/** Links the account to the citizen unless it is linked already (to anyone): true when this call linked it. */
export async function linkChannelAccount(db: Db, cipher: FieldCipher, channel: SignInChannel, externalId: string, citizenId: string): Promise<boolean> {
  const row = await db
    .insertInto('channel_accounts')
    .values({ channel, external_idx: indexOf(cipher, channel, externalId), external_enc: cipher.encrypt(externalId), citizen_id: citizenId, last_sign_in_at: new Date() })
    .onConflict((oc) => oc.columns(['channel', 'external_idx']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export const touchChannelAccount = (db: Db, id: string) =>
  db.updateTable('channel_accounts').set({ last_sign_in_at: new Date() }).where('id', '=', id).execute();

export const listChannelAccounts = (db: Db, citizenIds: readonly string[]) =>
  citizenIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('channel_accounts').select(['citizen_id', 'channel', 'created_at', 'last_sign_in_at']).where('citizen_id', 'in', [...citizenIds]).orderBy('created_at').execute();
