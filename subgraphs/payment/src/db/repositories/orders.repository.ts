import type { Kysely, Selectable } from '@jingtong/kit';
import type { PaymentDatabase } from '../tables/payment-database.js';
import type { PaymentOrderTable } from '../tables/payment-order.table.js';

export type OrderRow = Selectable<PaymentOrderTable>;

export const findOrder = (db: Kysely<PaymentDatabase>, id: string) => db.selectFrom('payment_orders').selectAll().where('id', '=', id).executeTakeFirst();

/** The order, locked for the rest of the transaction: every state change of one order is serialised here. */
export const lockOrder = (trx: Kysely<PaymentDatabase>, id: string) => trx.selectFrom('payment_orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const ordersOfCitizen = (db: Kysely<PaymentDatabase>, citizenId: string, limit = 50) =>
  db.selectFrom('payment_orders').selectAll().where('citizen_id', '=', citizenId).orderBy('created_at', 'desc').limit(limit).execute();

export const findAttempt = (db: Kysely<PaymentDatabase>, outTradeNo: string) => db.selectFrom('payment_attempts').selectAll().where('out_trade_no', '=', outTradeNo).executeTakeFirst();

export const attemptsOf = (db: Kysely<PaymentDatabase>, orderId: string) => db.selectFrom('payment_attempts').selectAll().where('order_id', '=', orderId).execute();

export const ledgerOf = (db: Kysely<PaymentDatabase>, orderId: string) => db.selectFrom('payment_ledger').selectAll().where('order_id', '=', orderId).orderBy('id').execute();
