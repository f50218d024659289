/**
 * The trade bill (交易账单) of a Beijing day as the platform's file has it: a UTF-8 BOM, a header
 * line of Chinese column names, one line per payment (交易状态 SUCCESS) and per settled refund
 * (REFUND) with every field prefixed by a backtick (so spreadsheets keep long numbers as text), a
 * totals header and the totals line; \r\n line ends. Money is yuan with two decimals, the fee with
 * five, at the standard 0.60 % rate.
 */
import { billTime } from './beijing-time.js';
import type { DayEntries, Refund, Trade } from './trades.js';
import { yuanOf } from './yuan.js';

export type BillType = 'ALL' | 'SUCCESS' | 'REFUND';

export const BILL_COLUMNS = [
  '交易时间', '公众账号ID', '商户号', '特约商户号', '设备号', '微信订单号', '商户订单号', '用户标识', '交易类型', '交易状态', '付款银行', '货币种类',
  '应结订单金额', '代金券金额', '微信退款单号', '商户退款单号', '退款金额', '充值券退款金额', '退款类型', '退款状态', '商品名称', '商户数据包',
  '手续费', '费率', '订单金额', '申请退款金额', '费率备注',
] as const;

export const BILL_TOTAL_COLUMNS = ['总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额'] as const;

const RATE = 0.006;
const feeOf = (fen: number) => Math.round(fen * RATE);
const fee5 = (fen: number) => `${fen < 0 ? '-' : ''}${yuanOf(Math.abs(fen))}000`;
/** The separator is ",`": a backtick or a line break inside a merchant's text would cut its line. */
const plain = (text: string | undefined) => (text ?? '').replace(/[`\r\n]/g, ' ');
const line = (fields: readonly string[]) => fields.map((field) => `\`${field}`).join(',');

interface Row {
  fields: string[];
  settledFen: number;
  refundFen: number;
  feeFen: number;
}

const tradeFields = (trade: Trade) => [trade.appid, trade.mchid, '0', '', trade.transactionId ?? '', trade.outTradeNo, trade.payerOpenid ?? '', trade.tradeType];

function paymentRow(trade: Trade, at: number): Row {
  const fee = feeOf(trade.totalFen);
  const total = yuanOf(trade.totalFen);
  const fields = [billTime(at), ...tradeFields(trade), 'SUCCESS', 'OTHERS', 'CNY', total, '0.00', '0', '0', '0.00', '0.00', '', '', plain(trade.description), plain(trade.attach), fee5(fee), '0.60%', total, '0.00', ''];
  return { fields, settledFen: trade.totalFen, refundFen: 0, feeFen: fee };
}

function refundRow(trade: Trade, refund: Refund, at: number): Row {
  // The fee of the refunded part comes back: a negative fee on the refund's line.
  const fee = -feeOf(refund.refundFen);
  const amount = yuanOf(refund.refundFen);
  const fields = [billTime(at), ...tradeFields(trade), 'REFUND', 'OTHERS', 'CNY', '0.00', '0.00', refund.refundId, refund.outRefundNo, amount, '0.00', 'ORIGINAL', 'SUCCESS', plain(trade.description), plain(trade.attach), fee5(fee), '0.60%', '0.00', amount, ''];
  return { fields, settledFen: 0, refundFen: refund.refundFen, feeFen: fee };
}

/** The file, or undefined when the day has no line of this type (the platform then has no bill: NO_STATEMENT_EXIST). */
export function tradeBill(entries: DayEntries, type: BillType): string | undefined {
  const rows = [
    ...(type === 'REFUND' ? [] : entries.payments.map(({ trade, at }) => paymentRow(trade, at))),
    ...(type === 'SUCCESS' ? [] : entries.refunds.map(({ trade, refund, at }) => refundRow(trade, refund, at))),
  ].sort((a, b) => a.fields[0].localeCompare(b.fields[0]));
  if (rows.length === 0) return undefined;
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const settled = yuanOf(sum((r) => r.settledFen));
  const refunded = yuanOf(sum((r) => r.refundFen));
  const totals = [String(rows.length), settled, refunded, '0.00', fee5(sum((r) => r.feeFen)), settled, refunded];
  return `\uFEFF${[BILL_COLUMNS.join(','), ...rows.map((row) => line(row.fields)), BILL_TOTAL_COLUMNS.join(','), line(totals)].join('\r\n')}\r\n`;
}
