import type { BillLine } from '../channels/payment-channel.js';
import type { DifferenceKind } from '../db/tables/reconciliation-difference.table.js';

export type EntryKind = 'PAYMENT' | 'REFUND';

/** A ledger row of the day, as the matcher needs it. */
export interface LedgerEntry {
  orderId: string;
  kind: EntryKind;
  outTradeNo: string;
  channelRef: string;
  amountFen: number;
}

export interface Difference {
  kind: DifferenceKind;
  entryKind: EntryKind;
  matchKey: string;
  outTradeNo: string;
  channelRef: string;
  orderId: string | null;
  ledgerFen: number | null;
  channelFen: number | null;
  ledgerEntries: number;
  channelEntries: number;
}

interface Side {
  count: number;
  fen: number;
}

export interface Match {
  differences: Difference[];
  /** Trades and refunds found once on each side with the same amount. */
  matched: number;
  bill: { payments: Side; refunds: Side };
  ledger: { payments: Side; refunds: Side };
}

/**
 * A payment is known by our trade number (the channel has one trade per number, so two lines or two ledger
 * rows for one number are a duplicate even when their channel references differ), a refund by our request
 * number. Both sides are read whole: nothing is matched twice, and the order of lines does not matter.
 */
const matchKeyOf = (entry: { kind: EntryKind; outTradeNo: string; channelRef: string }) => (entry.kind === 'PAYMENT' ? entry.outTradeNo : entry.channelRef);

function group<T extends { kind: EntryKind; outTradeNo: string; channelRef: string }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = `${entry.kind}:${matchKeyOf(entry)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}

const total = (entries: readonly { amountFen: number }[]) => entries.reduce((sum, e) => sum + e.amountFen, 0);
const side = (entries: readonly { kind: EntryKind; amountFen: number }[], kind: EntryKind): Side => {
  const mine = entries.filter((e) => e.kind === kind);
  return { count: mine.length, fen: total(mine) };
};

/** The channel's bill of a day against the ledger's rows of the same Beijing day and channel. */
export function matchBill(bill: readonly BillLine[], ledger: readonly LedgerEntry[]): Match {
  const lines = group(bill);
  const rows = group(ledger);
  const differences: Difference[] = [];
  let matched = 0;
  for (const key of [...new Set([...lines.keys(), ...rows.keys()])].sort()) {
    const channel = lines.get(key) ?? [];
    const ours = rows.get(key) ?? [];
    const first = channel[0] ?? ours[0];
    const kind: DifferenceKind | undefined =
      channel.length > 1 || ours.length > 1
        ? 'DUPLICATE'
        : ours.length === 0
          ? 'MISSING_IN_LEDGER'
          : channel.length === 0
            ? 'MISSING_AT_CHANNEL'
            : channel[0].amountFen !== ours[0].amountFen
              ? 'AMOUNT_MISMATCH'
              : undefined;
    if (!kind) {
      matched++;
      continue;
    }
    differences.push({
      kind,
      entryKind: first.kind,
      matchKey: matchKeyOf(first),
      outTradeNo: first.outTradeNo,
      channelRef: first.channelRef,
      orderId: ours[0]?.orderId ?? null,
      ledgerFen: ours.length ? total(ours) : null,
      channelFen: channel.length ? total(channel) : null,
      ledgerEntries: ours.length,
      channelEntries: channel.length,
    });
  }
  return {
    differences,
    matched,
    bill: { payments: side(bill, 'PAYMENT'), refunds: side(bill, 'REFUND') },
    ledger: { payments: side(ledger, 'PAYMENT'), refunds: side(ledger, 'REFUND') },
  };
}
