import { randomUUID } from 'node:crypto';
import type { Kysely } from '@jingtong/kit';
import type { PaymentDatabase } from '../db/tables/payment-database.js';
import type { ChannelName } from '../db/tables/payment-order.table.js';
import type { PaymentDeps } from '../deps.js';
import { beijingDayRange } from '../time/beijing-day.js';
import { type Difference, type Match, matchBill } from './match-bill.js';

export interface ReconcileRequest {
  date: string;
  channel: ChannelName;
  /** `schedule`, or the officer who asked. */
  requestedBy: string;
  requestId: string;
}

export interface ReconcileResult {
  runId: string;
  matched: number;
  differences: number;
}

/** Ours, for a line the ledger does not have: the order behind our trade number or refund request number. */
async function orderOf(trx: Kysely<PaymentDatabase>, difference: Difference): Promise<string | null> {
  if (difference.orderId) return difference.orderId;
  const found =
    difference.entryKind === 'PAYMENT'
      ? await trx.selectFrom('payment_attempts').select('order_id').where('out_trade_no', '=', difference.outTradeNo).executeTakeFirst()
      : await trx.selectFrom('payment_refunds').select('order_id').where('out_request_no', '=', difference.channelRef).executeTakeFirst();
  return found?.order_id ?? null;
}

const totals = (match: Match) => ({
  bill_payments: match.bill.payments.count,
  bill_payment_fen: match.bill.payments.fen,
  bill_refunds: match.bill.refunds.count,
  bill_refund_fen: match.bill.refunds.fen,
  ledger_payments: match.ledger.payments.count,
  ledger_payment_fen: match.ledger.payments.fen,
  ledger_refunds: match.ledger.refunds.count,
  ledger_refund_fen: match.ledger.refunds.fen,
  matched: match.matched,
});

/**
 * One channel's bill of one Beijing day against the ledger's rows of that day. The bill is fetched first
 * (a channel that does not answer throws: the job tries again), then in one transaction on the run's row
 * (a scheduled run and an officer's racing for the same day take turns): the day's unresolved differences
 * are replaced by what this run finds, resolved ones stay as the officer left them (and are not reported
 * again), and the run is audited with its counts.
 */
export async function reconcileDay(deps: Pick<PaymentDeps, 'database' | 'audit' | 'channels'>, request: ReconcileRequest): Promise<ReconcileResult> {
  const lines = await deps.channels[request.channel].bill(request.date);
  const { start, end } = beijingDayRange(request.date);
  return deps.database.db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('payment_reconciliation_runs')
      .values({ id: randomUUID(), bill_date: request.date, channel: request.channel, requested_by: request.requestedBy })
      .onConflict((c) => c.columns(['bill_date', 'channel']).doUpdateSet((eb) => ({ run_count: eb('payment_reconciliation_runs.run_count', '+', 1), requested_by: request.requestedBy, last_run_at: new Date() })))
      .returning('id')
      .executeTakeFirstOrThrow();

    const ledger = await trx
      .selectFrom('payment_ledger')
      .select(['order_id', 'kind', 'out_trade_no', 'channel_ref', 'amount_fen'])
      .where('channel', '=', request.channel)
      .where('occurred_at', '>=', start)
      .where('occurred_at', '<', end)
      .execute();
    const match = matchBill(
      lines,
      ledger.map((row) => ({ orderId: row.order_id, kind: row.kind, outTradeNo: row.out_trade_no, channelRef: row.channel_ref, amountFen: row.amount_fen })),
    );

    await trx.deleteFrom('payment_reconciliation_differences').where('run_id', '=', run.id).where('resolved_at', 'is', null).execute();
    let reported = 0;
    for (const difference of match.differences) {
      const inserted = await trx
        .insertInto('payment_reconciliation_differences')
        .values({
          id: randomUUID(),
          run_id: run.id,
          bill_date: request.date,
          channel: request.channel,
          kind: difference.kind,
          entry_kind: difference.entryKind,
          match_key: difference.matchKey,
          out_trade_no: difference.outTradeNo,
          channel_ref: difference.channelRef,
          order_id: await orderOf(trx, difference),
          ledger_fen: difference.ledgerFen,
          channel_fen: difference.channelFen,
          ledger_entries: difference.ledgerEntries,
          channel_entries: difference.channelEntries,
          resolution: null,
          note: null,
          resolved_by: null,
          resolved_at: null,
        })
        .onConflict((c) => c.columns(['run_id', 'kind', 'entry_kind', 'match_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) reported++;
    }
    await trx.updateTable('payment_reconciliation_runs').set(totals(match)).where('id', '=', run.id).execute();

    const byKind = Object.fromEntries(['MISSING_IN_LEDGER', 'MISSING_AT_CHANNEL', 'AMOUNT_MISMATCH', 'DUPLICATE'].map((k) => [k, match.differences.filter((d) => d.kind === k).length]));
    const scheduled = request.requestedBy === 'schedule';
    await deps.audit.record(
      {
        action: 'RECONCILIATION_COMPLETED',
        actorKind: scheduled ? 'system' : 'officer',
        actorId: scheduled ? 'payment' : request.requestedBy,
        targetKind: 'reconciliation_run',
        targetId: run.id,
        requestId: request.requestId,
        details: { date: request.date, channel: request.channel, billLines: lines.length, ledgerRows: ledger.length, matched: match.matched, differences: byKind, unresolvedReported: reported },
      },
      { trx },
    );
    return { runId: run.id, matched: match.matched, differences: match.differences.length };
  });
}
