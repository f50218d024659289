import { enqueueJob, periodKey, sql } from '@jingtong/kit';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { claimsOf } from './citizens.support.js';
import { type PaidOrder, PaidOrders, paymentDb } from './reconciliation/paid-orders.js';

const RUN = `mutation($d: String!) { runReconciliation(date: $d) { queued date error { code message field } } }`;
const RUNS = `query($from: String!, $to: String!, $c: PaymentChannel) { reconciliationRuns(from: $from, to: $to, channel: $c) {
  id date channel billPayments billPaymentFen billRefunds billRefundFen ledgerPayments ledgerPaymentFen ledgerRefunds ledgerRefundFen matched differences unresolved runCount requestedBy } }`;
const DIFFERENCES = `query($f: ReconciliationDifferenceFilter) { reconciliationDifferences(filter: $f) {
  id date channel kind entryKind outTradeNo channelRef orderId ledgerFen channelFen ledgerEntries channelEntries resolution note resolvedBy resolvedAt } }`;
const RESOLVE = `mutation($i: ResolveReconciliationDifferenceInput!) { resolveReconciliationDifference(input: $i) { difference { id resolution note resolvedBy resolvedAt } error { code message field } } }`;
const STATISTICS = `query($from: String!, $to: String!, $g: PaymentStatisticsGroupBy!) { paymentStatistics(from: $from, to: $to, groupBy: $g) { key label orders paidFen refundedFen netFen } }`;

type Difference = { id: string; kind: string; entryKind: string; channel: string; outTradeNo: string; channelRef: string; orderId: string | null; ledgerFen: number | null; channelFen: number | null; ledgerEntries: number; channelEntries: number; resolution: string | null };

/** The stand-ins serve a day's bill at once: today's (Beijing) is reconciled as soon as its trades are paid. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Reconciliation (对账) of the channels' bills with the ledger, and the payment statistics, through the gateway. */
export function describeReconciliation(mode: StorageMode) {
  describe(`reconciliation and payment statistics (${mode})`, () => {
    let stack: Stack;
    let orders: PaidOrders;
    let leader: string;
    let reviewer: string;
    let window: string;
    const paid: Record<'a1' | 'a2' | 'w1' | 'w2', PaidOrder> = {} as never;
    let unnotified: PaidOrder;
    const db = () => paymentDb(stack);
    const auditCount = async (action: string, targetId?: string) =>
      Number((await sql<{ n: string }>`select count(*)::text as n from audit_log where action = ${action} and (${targetId ?? null}::text is null or target_id = ${targetId ?? null})`.execute(db())).rows[0].n);

    const reconcile = async (date = today(), as = leader) => {
      const body = (await stack.graphql(RUN, { d: date }, as)).body;
      await stack.drainJobs();
      return body;
    };
    const runs = async () => (await stack.graphql(RUNS, { from: today(), to: today() }, window)).body.data.reconciliationRuns as Array<Record<string, unknown>>;
    const differences = async (filter: Record<string, unknown> = { date: today() }) => (await stack.graphql(DIFFERENCES, { f: filter }, window)).body.data.reconciliationDifferences as Difference[];
    const shape = (d: Difference) => [d.channel, d.kind, d.entryKind, d.outTradeNo, d.ledgerFen, d.channelFen, d.ledgerEntries, d.channelEntries, d.orderId];

    beforeAll(async () => {
      // No settle job asks the channels within the test: a trade whose notification never came stays missing from the ledger.
      stack = await startStack({ mode, env: { PAYMENT_SETTLE_AFTER_MS: '3600000' } });
      orders = new PaidOrders(stack, mode);
      const kit = new OfficerKit(stack);
      [leader, reviewer, window] = [await kit.demo('leader01'), await kit.demo('reviewer01'), await kit.demo('window01')];
    }, 120_000);

    afterAll(async () => {
      stack?.legacy.payments.setNotifyMode('alipay', 'normal');
      await stack?.close();
    });

    it('finds nothing to report when the channels’ bills and the ledger agree, payments and refunds', async () => {
      paid.a1 = await orders.paid({ channel: 'ALIPAY', amountFen: 20_000 });
      paid.a2 = await orders.paid({ channel: 'ALIPAY', amountFen: 5_000, businessKind: 'POSTAGE', countyCode: '411081', revenueItem: { code: '103049901', name: '证件邮寄费' } });
      paid.w1 = await orders.paid({ channel: 'WECHAT', amountFen: 8_800, countyCode: '411081' });
      paid.w2 = await orders.paid({ channel: 'WECHAT', amountFen: 3_000, businessKind: 'EXIT_ENTRY_FEE' });
      await orders.refunded(paid.a1, 3_000, reviewer);
      await orders.refunded(paid.w1, 8_800, reviewer);
      // Opened, never paid: not on any bill, not in the ledger.
      await orders.started({ channel: 'ALIPAY', amountFen: 1_000 });

      expect((await reconcile()).data.runReconciliation).toEqual({ queued: true, date: today(), error: null });
      const leaderId = claimsOf(leader).sub;
      expect(await runs()).toEqual([
        { id: expect.any(String), date: today(), channel: 'ALIPAY', billPayments: 2, billPaymentFen: 25_000, billRefunds: 1, billRefundFen: 3_000, ledgerPayments: 2, ledgerPaymentFen: 25_000, ledgerRefunds: 1, ledgerRefundFen: 3_000, matched: 3, differences: 0, unresolved: 0, runCount: 1, requestedBy: leaderId },
        { id: expect.any(String), date: today(), channel: 'WECHAT', billPayments: 2, billPaymentFen: 11_800, billRefunds: 1, billRefundFen: 8_800, ledgerPayments: 2, ledgerPaymentFen: 11_800, ledgerRefunds: 1, ledgerRefundFen: 8_800, matched: 3, differences: 0, unresolved: 0, runCount: 1, requestedBy: leaderId },
      ]);
      // A console sends `channel: null` for "every channel": the same runs, not none.
      expect((await stack.graphql(RUNS, { from: today(), to: today(), c: null }, window)).body.data.reconciliationRuns).toEqual(await runs());
      expect((await stack.graphql(RUNS, { from: today(), to: today(), c: 'WECHAT' }, window)).body.data.reconciliationRuns.map((r: { channel: string }) => r.channel)).toEqual(['WECHAT']);
      expect(await differences()).toEqual([]);
      expect(await auditCount('RECONCILIATION_REQUESTED', today())).toBe(1);
      expect(await auditCount('RECONCILIATION_COMPLETED')).toBe(2);
    });

    it('finds exactly the differences planted in the ledger and at the channel, with their amounts', async () => {
      // Money the channel has that never reached us: the notification is never sent.
      stack.legacy.payments.setNotifyMode('alipay', 'never');
      try {
        unnotified = await orders.paid({ channel: 'ALIPAY', amountFen: 7_700 });
      } finally {
        stack.legacy.payments.setNotifyMode('alipay', 'normal');
      }
      expect(await orders.status(unnotified)).toBe('UNPAID');
      // A payment recorded one fen short; a refund the ledger lost; a trade recorded twice; money the channel never had.
      await db().updateTable('payment_ledger').set({ amount_fen: 4_999 }).where('order_id', '=', paid.a2.orderId).where('kind', '=', 'PAYMENT').execute();
      await db().deleteFrom('payment_ledger').where('order_id', '=', paid.a1.orderId).where('kind', '=', 'REFUND').execute();
      const w2 = await db().selectFrom('payment_ledger').selectAll().where('order_id', '=', paid.w2.orderId).executeTakeFirstOrThrow();
      await db().insertInto('payment_ledger').values({ order_id: w2.order_id, channel: 'WECHAT', kind: 'PAYMENT', channel_ref: `${w2.channel_ref}X`, out_trade_no: w2.out_trade_no, amount_fen: 3_000, occurred_at: new Date() }).execute();
      await db().insertInto('payment_ledger').values({ order_id: paid.w1.orderId, channel: 'WECHAT', kind: 'PAYMENT', channel_ref: '4200000000000000000000000000', out_trade_no: 'JTNOSUCHTRADEW01', amount_fen: 1_234, occurred_at: new Date() }).execute();

      await reconcile();
      const found = await differences();
      expect(found.map(shape)).toEqual([
        ['ALIPAY', 'AMOUNT_MISMATCH', 'PAYMENT', paid.a2.outTradeNo, 4_999, 5_000, 1, 1, paid.a2.orderId],
        ['ALIPAY', 'MISSING_IN_LEDGER', 'PAYMENT', unnotified.outTradeNo, null, 7_700, 0, 1, unnotified.orderId],
        ['ALIPAY', 'MISSING_IN_LEDGER', 'REFUND', paid.a1.outTradeNo, null, 3_000, 0, 1, paid.a1.orderId],
        ['WECHAT', 'DUPLICATE', 'PAYMENT', paid.w2.outTradeNo, 6_000, 3_000, 2, 1, paid.w2.orderId],
        ['WECHAT', 'MISSING_AT_CHANNEL', 'PAYMENT', 'JTNOSUCHTRADEW01', 1_234, null, 1, 0, paid.w1.orderId],
      ]);
      expect(found.every((d) => d.resolution === null)).toBe(true);
      expect((await runs()).map((r) => [r.channel, r.runCount, r.matched, r.differences, r.unresolved])).toEqual([
        ['ALIPAY', 2, 1, 3, 3],
        ['WECHAT', 2, 2, 2, 2],
      ]);
    });

    it('keeps a resolved difference resolved (audited, once) when the day is reconciled again, and replaces the rest', async () => {
      const missing = (await differences()).find((d) => d.kind === 'MISSING_IN_LEDGER' && d.entryKind === 'PAYMENT')!;
      const resolve = (input: Record<string, unknown>, as = reviewer) => stack.graphql(RESOLVE, { i: { id: missing.id, resolution: 'RECORDED_MANUALLY', note: '已与支付宝核实，人工补录', ...input } }, as).then((r) => r.body);
      expect((await resolve({}, window)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await resolve({ id: 'not-a-uuid' })).data.resolveReconciliationDifference.error).toMatchObject({ code: 'UUID_INVALID', field: 'id' });
      expect((await resolve({ id: '00000000-0000-4000-8000-000000000000' })).data.resolveReconciliationDifference.error).toMatchObject({ code: 'DIFFERENCE_NOT_FOUND', message: '未找到该对账差异' });
      expect((await resolve({ note: '   ' })).data.resolveReconciliationDifference.error).toMatchObject({ code: 'TEXT_INVALID', field: 'note' });

      const resolved = (await resolve({})).data.resolveReconciliationDifference;
      expect(resolved).toEqual({ difference: { id: missing.id, resolution: 'RECORDED_MANUALLY', note: '已与支付宝核实，人工补录', resolvedBy: claimsOf(reviewer).sub, resolvedAt: expect.any(String) }, error: null });
      expect((await resolve({ resolution: 'IGNORED' })).data.resolveReconciliationDifference.error.code).toBe('DIFFERENCE_ALREADY_RESOLVED');
      expect(await auditCount('RECONCILIATION_DIFFERENCE_RESOLVED', missing.id)).toBe(1);

      // The amount is put right: its difference goes; the resolved one stays as the reviewer left it.
      await db().updateTable('payment_ledger').set({ amount_fen: 5_000 }).where('order_id', '=', paid.a2.orderId).where('kind', '=', 'PAYMENT').execute();
      const before = (await differences()).filter((d) => d.id !== missing.id).map((d) => d.id);
      await reconcile();
      expect((await differences({ date: today(), resolved: true })).map((d) => [d.id, d.kind, d.resolution])).toEqual([[missing.id, 'MISSING_IN_LEDGER', 'RECORDED_MANUALLY']]);
      const open = await differences({ date: today(), resolved: false });
      expect(open.map((d) => [d.channel, d.kind, d.entryKind])).toEqual([
        ['ALIPAY', 'MISSING_IN_LEDGER', 'REFUND'],
        ['WECHAT', 'DUPLICATE', 'PAYMENT'],
        ['WECHAT', 'MISSING_AT_CHANNEL', 'PAYMENT'],
      ]);
      expect(open.some((d) => before.includes(d.id))).toBe(false);
      expect((await differences({ channel: 'WECHAT' })).length).toBe(2);
      expect((await runs()).map((r) => [r.channel, r.runCount, r.differences, r.unresolved])).toEqual([
        ['ALIPAY', 3, 2, 1],
        ['WECHAT', 3, 2, 2],
      ]);
    });

    it('lets only a leader run it, for a real day that has begun, and only officers read it', async () => {
      expect((await stack.graphql(RUN, { d: today() }, reviewer)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await stack.graphql(RUN, { d: '2099-01-01' }, leader)).body.data.runReconciliation).toMatchObject({ queued: false, error: { code: 'RECONCILIATION_DATE_INVALID', field: 'date' } });
      expect((await stack.graphql(RUN, { d: '2026-02-30' }, leader)).body.data.runReconciliation).toMatchObject({ queued: false, error: { code: 'FORMAT_INVALID', field: 'date' } });
      expect((await stack.graphql(RUNS, { from: today(), to: '2000-01-01' }, window)).body.errors?.[0]?.extensions?.code).toBe('DATE_RANGE_INVALID');
      expect((await stack.graphql(DIFFERENCES, {}, paid.a1.token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('adds up, by channel and by business kind, to what the ledger holds for the day', async () => {
      const ledger = await db().selectFrom('payment_ledger as l').innerJoin('payment_orders as o', 'o.id', 'l.order_id').select(['l.kind', 'l.channel', 'l.amount_fen', 'l.order_id', 'o.business_kind']).execute();
      const expected = (keyOf: (row: (typeof ledger)[number]) => string) => {
        const groups = new Map<string, { paidFen: number; refundedFen: number; orders: Set<string> }>();
        for (const row of ledger) {
          const group = groups.get(keyOf(row)) ?? { paidFen: 0, refundedFen: 0, orders: new Set<string>() };
          if (row.kind === 'PAYMENT') [group.paidFen, group.orders] = [group.paidFen + row.amount_fen, group.orders.add(row.order_id)];
          else group.refundedFen += row.amount_fen;
          groups.set(keyOf(row), group);
        }
        return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => ({ key, orders: g.orders.size, paidFen: g.paidFen, refundedFen: g.refundedFen, netFen: g.paidFen - g.refundedFen }));
      };
      const statistics = async (groupBy: string) => (await stack.graphql(STATISTICS, { from: today(), to: today(), g: groupBy }, window)).body.data.paymentStatistics as Array<Record<string, unknown>>;

      const byChannel = await statistics('CHANNEL');
      expect(byChannel.map(({ label, ...row }) => row)).toEqual(expected((r) => r.channel));
      expect(byChannel.map((r) => r.label)).toEqual(['支付宝', '微信支付']);
      // The planted rows count: the statistics read the ledger as it is (ALIPAY 20000 + 5000, WECHAT 8800 + 3000 × 2 + 1234).
      expect(byChannel.map((r) => [r.paidFen, r.refundedFen])).toEqual([[25_000, 0], [16_034, 8_800]]);
      const byKind = await statistics('BUSINESS_KIND');
      expect(byKind.map(({ label, ...row }) => row)).toEqual(expected((r) => r.business_kind));
      expect(byKind.find((r) => r.key === 'POSTAGE')?.label).toBe('证件邮寄费');
      expect(byKind.reduce((sum, r) => sum + Number(r.netFen), 0)).toBe(byChannel.reduce((sum, r) => sum + Number(r.netFen), 0));
      expect((await statistics('COUNTY')).map((r) => [r.key, r.label])).toEqual([['411002', '魏都区'], ['411081', '禹州市']]);
      expect((await statistics('REVENUE_ITEM')).map((r) => [r.key, r.label])).toEqual([['103040101', '公安行政事业性收费'], ['103049901', '证件邮寄费']]);
      expect((await statistics('DAY')).map((r) => [r.key, r.netFen])).toEqual([[today(), 25_000 + 16_034 - 8_800]]);
      expect((await stack.graphql(STATISTICS, { from: '2026-01-01', to: '2027-06-30', g: 'DAY' }, window)).body.errors?.[0]?.extensions?.code).toBe('DATE_RANGE_INVALID');
    });

    it('runs as the daily schedule does: the Beijing day before its period, by the system', async () => {
      // The period that starts at 08:00 in Beijing tomorrow (00:00 UTC) reconciles today.
      const periodStart = new Date(`${addDays(today(), 1)}T00:00:00.000Z`);
      await enqueueJob(db(), { kind: 'payment.reconciliation.run', key: periodKey(periodStart), payload: { periodStart: periodStart.toISOString() } });
      await stack.drainJobs();
      expect((await runs()).map((r) => [r.channel, r.runCount, r.requestedBy, r.unresolved])).toEqual([
        ['ALIPAY', 4, 'schedule', 1],
        ['WECHAT', 4, 'schedule', 2],
      ]);
      const { rows } = await sql<{ actor_kind: string; details: { date: string } }>`select actor_kind, details from audit_log where action = 'RECONCILIATION_COMPLETED' order by id desc limit 2`.execute(db());
      expect(rows.map((r) => [r.actor_kind, typeof r.details === 'string' ? JSON.parse(r.details).date : r.details.date])).toEqual([['system', today()], ['system', today()]]);
    });
  });
}
