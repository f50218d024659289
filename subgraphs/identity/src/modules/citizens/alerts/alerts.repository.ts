import type { Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { AlertStatus, FugitiveAlertRow } from '../tables/fugitive-alert.table.js';

type Db = Kysely<IdentityDatabase>;

/** Alerts of every unit whose code starts with `unitPrefix` ("" = all), newest first. */
export const listAlerts = (db: Db, unitPrefix: string, status: AlertStatus | undefined, limit: number): Promise<FugitiveAlertRow[]> => {
  let q = db.selectFrom('fugitive_alerts').selectAll().where('unit_code', 'like', `${unitPrefix}%`);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('created_at', 'desc').limit(limit).execute();
};

export const findAlert = (db: Db, id: string) => db.selectFrom('fugitive_alerts').selectAll().where('id', '=', id).executeTakeFirst();

export const acknowledgeAlert = (db: Db, id: string, officerId: string) =>
  db
    .updateTable('fugitive_alerts')
    .set({ status: 'ACKNOWLEDGED', acknowledged_at: new Date(), acknowledged_by: officerId })
    .where('id', '=', id)
    .where('status', '=', 'OPEN')
    .returningAll()
    .executeTakeFirst();
