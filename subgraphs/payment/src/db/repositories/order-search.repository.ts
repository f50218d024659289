import type { Kysely } from '@jingtong/kit';
import type { PaymentDatabase } from '../tables/payment-database.js';

export interface OrderSearch {
  status?: string;
  channel?: string;
  businessKind?: string;
  countyCode?: string;
  from?: Date;
  to?: Date;
  /** Keyset: orders created before this (created_at, id). */
  before?: { createdAt: Date; id: string };
  limit: number;
}

/** Officers' list of orders, newest first, one page (`limit + 1` rows tell whether there is another). */
export function searchOrders(db: Kysely<PaymentDatabase>, search: OrderSearch) {
  let query = db.selectFrom('payment_orders').selectAll();
  if (search.status) query = query.where('status', '=', search.status as never);
  if (search.channel) query = query.where('channel', '=', search.channel as never);
  if (search.businessKind) query = query.where('business_kind', '=', search.businessKind);
  if (search.countyCode) query = query.where('county_code', '=', search.countyCode);
  if (search.from) query = query.where('created_at', '>=', search.from);
  if (search.to) query = query.where('created_at', '<', search.to);
  const before = search.before;
  if (before) query = query.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(search.limit + 1).execute();
}
