import Papa from 'papaparse';
import type { PaymentStatisticsGroupBy } from '@/gql/graphql';
import { fenToYuanText } from '../yuan-amount';
import { GROUPS, totalsOf, type StatisticsRow } from './statistics-groups';

/** A cell Excel would run as a formula. A leading minus before a digit is a negative amount, not a formula. */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;

/**
 * The table as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads GBK and the Chinese is
 * garbled), CRLF lines, Chinese headers, amounts as yuan text with two decimals, and a 合计 row.
 */
export function statisticsCsv(groupBy: PaymentStatisticsGroupBy, rows: readonly StatisticsRow[]): string {
  const spec = GROUPS[groupBy];
  const withCode = spec.codeHeader !== null;
  const line = (label: string, code: string, row: { orders: number; paidFen: number; refundedFen: number; netFen: number }) => [
    label,
    ...(withCode ? [code] : []),
    String(row.orders),
    fenToYuanText(row.paidFen),
    fenToYuanText(row.refundedFen),
    fenToYuanText(row.netFen),
  ];
  const fields = [spec.header, ...(spec.codeHeader ? [spec.codeHeader] : []), '缴费笔数', '缴费金额（元）', '退款金额（元）', '净收入（元）'];
  const data = [...rows.map((row) => line(row.label, row.key, row)), line('合计', '', totalsOf(rows))];
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START })}`;
}

/** Hands the text to the browser as a file download (nothing leaves the desk). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
