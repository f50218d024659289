import type { BillLine } from '../channels/payment-channel.js';
import { type LedgerEntry, matchBill } from './match-bill.js';

const at = new Date('2026-12-01T02:00:00Z');
const paid = (outTradeNo: string, tradeNo: string, amountFen: number): BillLine => ({ kind: 'PAYMENT', outTradeNo, channelRef: tradeNo, amountFen, at });
const refunded = (outTradeNo: string, requestNo: string, amountFen: number): BillLine => ({ kind: 'REFUND', outTradeNo, channelRef: requestNo, amountFen, at });
const row = (line: BillLine, orderId = `order-${line.outTradeNo}`, amountFen = line.amountFen): LedgerEntry => ({ orderId, kind: line.kind, outTradeNo: line.outTradeNo, channelRef: line.channelRef, amountFen });

const A = paid('JT1A01', '2026120122001', 20_000);
const B = paid('JT2A01', '2026120122002', 5_000);
const R = refunded('JT1A01', 'RF1', 3_000);

describe('matchBill', () => {
  it('finds nothing to report when every line has its ledger row with the same amount, whatever their order', () => {
    const match = matchBill([A, R, B], [row(B), row(R), row(A)]);
    expect(match.differences).toEqual([]);
    expect(match.matched).toBe(3);
    expect(match.bill).toEqual({ payments: { count: 2, fen: 25_000 }, refunds: { count: 1, fen: 3_000 } });
    expect(match.ledger).toEqual(match.bill);
  });

  it('reports money the channel has and we did not record, and money we recorded that the channel does not list', () => {
    const ours = paid('JT3A01', '2026120122003', 700);
    const { differences, matched } = matchBill([A, B], [row(A), row(ours)]);
    expect(matched).toBe(1);
    expect(differences).toEqual([
      { kind: 'MISSING_IN_LEDGER', entryKind: 'PAYMENT', matchKey: 'JT2A01', outTradeNo: 'JT2A01', channelRef: '2026120122002', orderId: null, ledgerFen: null, channelFen: 5_000, ledgerEntries: 0, channelEntries: 1 },
      { kind: 'MISSING_AT_CHANNEL', entryKind: 'PAYMENT', matchKey: 'JT3A01', outTradeNo: 'JT3A01', channelRef: '2026120122003', orderId: 'order-JT3A01', ledgerFen: 700, channelFen: null, ledgerEntries: 1, channelEntries: 0 },
    ]);
  });

  it('reports a different amount with both amounts', () => {
    const { differences } = matchBill([A, R], [row(A, 'o1', 19_999), row(R, 'o1')]);
    expect(differences).toEqual([expect.objectContaining({ kind: 'AMOUNT_MISMATCH', entryKind: 'PAYMENT', matchKey: 'JT1A01', orderId: 'o1', ledgerFen: 19_999, channelFen: 20_000 })]);
  });

  it('matches refunds by our request number, not by the trade they belong to', () => {
    const second = refunded('JT1A01', 'RF2', 1_000);
    const { differences } = matchBill([R, second], [row(R)]);
    expect(differences.map((d) => [d.kind, d.entryKind, d.matchKey, d.channelFen])).toEqual([['MISSING_IN_LEDGER', 'REFUND', 'RF2', 1_000]]);
  });

  it('reports two ledger rows for one trade, or one trade listed twice, once each as a duplicate with the totals', () => {
    const again = { ...row(A), channelRef: '2026120122999' };
    const { differences } = matchBill([A, B, B], [row(A), again, row(B)]);
    expect(differences.map((d) => [d.kind, d.matchKey, d.ledgerEntries, d.channelEntries, d.ledgerFen, d.channelFen])).toEqual([
      ['DUPLICATE', 'JT1A01', 2, 1, 40_000, 20_000],
      ['DUPLICATE', 'JT2A01', 1, 2, 5_000, 10_000],
    ]);
  });

  it('keeps a payment and a refund of the same trade apart', () => {
    const { differences } = matchBill([A], [row(A), row(R)]);
    expect(differences.map((d) => [d.kind, d.entryKind])).toEqual([['MISSING_AT_CHANNEL', 'REFUND']]);
  });
});
