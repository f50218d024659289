import { sql, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';

/**
 * One more verifyPerson check for this partner today (Asia/Shanghai), counted in one statement so
 * parallel requests and replicas cannot overrun it. Returns whether it is within `limit`: a check over
 * the budget is refused before the population system is asked (and still counted, so hammering shows).
 */
export async function takeVerifyBudget(db: Kysely<IdentityDatabase>, partnerId: string, limit: number): Promise<{ allowed: boolean; used: number }> {
  const { rows } = await sql<{ count: number }>`
    insert into partner_verify_counts (partner_id, day, count)
    values (${partnerId}, (now() at time zone 'Asia/Shanghai')::date, 1)
    on conflict (partner_id, day) do update set count = partner_verify_counts.count + 1, updated_at = now()
    returning count`.execute(db);
  const used = rows[0]?.count ?? 0;
  return { allowed: used <= limit, used };
}
