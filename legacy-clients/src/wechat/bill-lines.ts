/**
 * The trade bill (交易账单, bill_type ALL) as lines, read by the SDK's own `Formatter.castCsvBill` (UTF-8 BOM,
 * header of Chinese column names, every value prefixed by a backtick, a totals header and line). A payment
 * is a 交易状态 SUCCESS line, a refund a REFUND line whose 退款状态 is SUCCESS (a refund still processing or
 * closed moved no money). Amounts are the ordered ones (订单金额, 申请退款金额): what the ledger records. A
 * line that cannot be read, or a 总交易单数 that is not the number of lines, throws a RangeError.
 */
import { Formatter } from 'wechatpay-axios-plugin';
import { fromBeijingTime } from '../alipay/beijing-time.js';
import { toFen } from '../alipay/fen.js';
import type { ChannelBillLine } from '../channel-bill-line.js';

type Row = Record<string, string | undefined>;

const BOM = '\uFEFF';

function field(row: Row, name: string, line: number): string {
  const value = row[name]?.trim();
  if (!value) throw new RangeError(`bill line ${line} has no ${name}`);
  return value;
}

/** Every payment and refund of the bill; [] for '' (no bill for the day). */
export function wechatBillLines(csv: string): ChannelBillLine[] {
  if (csv === '') return [];
  // castCsvBill drops the first three bytes (the BOM) and takes the last two lines before the final line break as the totals.
  const file = `${csv.startsWith(BOM) ? '' : BOM}${csv.replace(/[\r\n]+$/, '')}\r\n`;
  const { rows, summary } = Formatter.castCsvBill(Buffer.from(file, 'utf8')) as { rows: Row[]; summary: Row };
  const stated = Number(summary.总交易单数);
  if (!Number.isSafeInteger(stated) || stated !== rows.length) throw new RangeError(`the bill says 总交易单数 ${summary.总交易单数}, its lines are ${rows.length}`);

  return rows.flatMap((row, i): ChannelBillLine[] => {
    const n = i + 1;
    const common = { outTradeNo: field(row, '商户订单号', n), at: fromBeijingTime(field(row, '交易时间', n)) };
    const state = field(row, '交易状态', n);
    if (state === 'SUCCESS') return [{ kind: 'PAYMENT', ...common, channelRef: field(row, '微信订单号', n), amountFen: toFen(field(row, '订单金额', n)) }];
    if (state === 'REFUND') {
      if (field(row, '退款状态', n) !== 'SUCCESS') return [];
      return [{ kind: 'REFUND', ...common, channelRef: field(row, '商户退款单号', n), amountFen: toFen(field(row, '申请退款金额', n)) }];
    }
    // REVOKED: a micropay trade cancelled, no money kept.
    if (state === 'REVOKED') return [];
    throw new RangeError(`bill line ${n} has an unknown 交易状态 ${JSON.stringify(state)}`);
  });
}
