import { enqueuePaymentOrder, paymentOrderId, requirePlate } from '@jingtong/kit';
import { lateFeeFen } from '@jingtong/legacy-clients/traffic';
import type { TrafficDeps } from '../deps.js';
import type { TrafficErrorCode } from '../errors.js';
import { beijingDay, endOfBeijingDay } from './beijing-day.js';

export interface FineOrder {
  orderId: string;
  fineFen: number;
  lateFeeFen: number;
  amountFen: number;
  expiresAt: Date;
}

export type FineOrderResult = { ok: true; order: FineOrder } | { ok: false; code: TrafficErrorCode; field?: string };

/** 公安罚没收入 — the non-tax revenue item traffic fines settle into. */
const FINE_REVENUE_ITEM = { code: '103050101', name: '公安罚没收入' };

/**
 * A citizen asks to pay the fine of a processed violation of one of their bound vehicles. The amount is the
 * platform's fine plus the late fee as of today (Beijing), and holds until the day ends, when the order
 * expires: the platform checks the amount against the day it is paid. The order is asked for through the
 * outbox in the same transaction as traffic's own record, under an id known now (one per violation and day),
 * so asking twice in a day is the same order.
 */
export async function requestFinePayment(deps: TrafficDeps, citizenId: string, rawPlate: string, violationId: string, requestId: string): Promise<FineOrderResult> {
  const plate = requirePlate(rawPlate);
  if (!(await deps.bindings.isBound(citizenId, plate, requestId))) return { ok: false, code: 'VEHICLE_NOT_BOUND', field: 'plate' };
  // Asked of the platform itself, not the cache: a fine paid a minute ago must not be ordered again.
  const violation = (await deps.platform.violationsByPlates([plate], { requestId })).get(plate)?.find((v) => v.id === violationId);
  if (!violation) return { ok: false, code: 'VIOLATION_NOT_FOUND', field: 'violationId' };
  if (violation.status === 'PAID') return { ok: false, code: 'VIOLATION_ALREADY_PAID' };
  if (violation.status !== 'PROCESSED' || !violation.decidedAt) return { ok: false, code: 'VIOLATION_UNPROCESSED' };

  const now = new Date(Date.now());
  const day = beijingDay(now);
  const fineFen = violation.fineYuan * 100;
  const lateFen = lateFeeFen(fineFen, violation.decidedAt, day);
  const order: FineOrder = { orderId: paymentOrderId('traffic', 'Violation', violation.id, Number(day.replaceAll('-', ''))), fineFen, lateFeeFen: lateFen, amountFen: fineFen + lateFen, expiresAt: endOfBeijingDay(day) };

  await deps.database.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('fine_payments')
      .values({ order_id: order.orderId, violation_id: violation.id, citizen_id: citizenId, fine_fen: fineFen, late_fee_fen: lateFen, amount_fen: order.amountFen, day, receipt_number: null, refusal: null })
      .onConflict((c) => c.column('order_id').doNothing())
      .returning('order_id')
      .executeTakeFirst();
    if (!inserted) return;
    await enqueuePaymentOrder(trx, {
      orderId: order.orderId,
      payable: { subgraph: 'traffic', type: 'Violation', id: violation.id },
      citizenId,
      businessKind: 'TRAFFIC_FINE',
      subject: `交通违法罚款（${violation.decisionNumber ?? violation.id}）`,
      lines: lateFen > 0 ? [{ label: '罚款', amountFen: fineFen }, { label: '加处罚款', amountFen: lateFen }] : [{ label: '罚款', amountFen: fineFen }],
      amountFen: order.amountFen,
      // The county of the deciding agency's region (the violation id starts with it).
      countyCode: violation.id.slice(0, 6),
      revenueItem: FINE_REVENUE_ITEM,
      expiresAt: order.expiresAt.toISOString(),
    });
    await deps.audit.record(
      { action: 'FINE_PAYMENT_ORDERED', actorKind: 'citizen', actorId: citizenId, targetKind: 'violation', targetId: violation.id, requestId, details: { orderId: order.orderId, amountFen: order.amountFen, lateFeeFen: lateFen } },
      { trx },
    );
  });
  return { ok: true, order };
}
