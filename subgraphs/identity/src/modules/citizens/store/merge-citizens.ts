import { sql, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';

/**
 * The same person had two records (e.g. WeChat first, then real-name with an ID number that already
 * signed in by Alipay). Inside the caller's transaction, with both rows locked: move everything of
 * `from` to `into` and retire `from`. `from` never holds an ID number (the ID number's owner survives).
 * Bindings both records hold are kept once (unique per citizen + item).
 */
export async function mergeCitizens(trx: Kysely<IdentityDatabase>, fromId: string, intoId: string): Promise<void> {
  await trx.updateTable('channel_accounts').set({ citizen_id: intoId }).where('citizen_id', '=', fromId).execute();
  await sql`insert into vehicle_bindings (citizen_id, plate_enc, plate_idx, bound_at)
            select ${intoId}, plate_enc, plate_idx, bound_at from vehicle_bindings where citizen_id = ${fromId}
            on conflict (citizen_id, plate_idx) do nothing`.execute(trx);
  await trx.deleteFrom('vehicle_bindings').where('citizen_id', '=', fromId).execute();
  await sql`insert into licence_bindings (citizen_id, licence_number_enc, licence_number_idx, file_number_enc, bound_at)
            select ${intoId}, licence_number_enc, licence_number_idx, file_number_enc, bound_at from licence_bindings where citizen_id = ${fromId}
            on conflict (citizen_id, licence_number_idx) do nothing`.execute(trx);
  await trx.deleteFrom('licence_bindings').where('citizen_id', '=', fromId).execute();
  await trx.updateTable('real_name_verifications').set({ citizen_id: intoId }).where('citizen_id', '=', fromId).execute();
  await trx.updateTable('fugitive_alerts').set({ citizen_id: intoId }).where('citizen_id', '=', fromId).execute();
  await sql`update citizens as c set
              assurance_level = greatest(c.assurance_level, f.assurance_level),
              phone_enc = coalesce(c.phone_enc, f.phone_enc),
              phone_idx = coalesce(c.phone_idx, f.phone_idx)
            from citizens as f where c.id = ${intoId} and f.id = ${fromId}`.execute(trx);
  await trx
    .updateTable('citizens')
    .set({ merged_into: intoId, retired_at: new Date(), phone_enc: null, phone_idx: null })
    .where('id', '=', fromId)
    .execute();
}
