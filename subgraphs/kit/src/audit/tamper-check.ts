import type { Kysely } from 'kysely';
import type { AuditChainConfig } from './audit-chain-key.js';
import { auditChainOf } from './audit-chain-registry.js';
import type { AuditDatabase } from './audit-table.js';
import { appendAuditRow, lockAuditChain } from './sql-audit-log.js';
import { recordAuditCheckpoint, verifyAuditChain, type AuditChainStatus } from './verify-chain.js';

/**
 * Verify the chain and act on the answer: a good chain moves the checkpoints forward (table and file); a
 * broken one writes an `AUDIT_TAMPER_DETECTED` row (once per distinct break, however often the check runs),
 * which the audit administrator's console lists, and the caller logs.
 */
export async function checkAuditChain(
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  db: Kysely<AuditDatabase> | Kysely<any>,
  context: { requestId: string },
  chain: AuditChainConfig = auditChainOf(db),
): Promise<AuditChainStatus & { alerted: boolean }> {
  const typed = db as Kysely<AuditDatabase>;
  const status = await verifyAuditChain(typed, chain);
  if (status.ok) {
    await recordAuditCheckpoint(typed, status, chain);
    return { ...status, alerted: false };
  }
  const details = { firstBrokenId: status.firstBrokenId, reason: status.reason };
  const alerted = await typed.transaction().execute(async (trx) => {
    // Under the chain lock, so two checks at once alert once.
    await lockAuditChain(trx);
    const previous = await trx
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'AUDIT_TAMPER_DETECTED')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (previous?.details === JSON.stringify(details)) return false;
    await appendAuditRow(trx, chain.key, {
      action: 'AUDIT_TAMPER_DETECTED',
      actorKind: 'system',
      targetKind: 'audit_log',
      targetId: status.firstBrokenId ?? undefined,
      requestId: context.requestId,
      details,
    });
    return true;
  });
  return { ...status, alerted };
}
