/**
 * The trade bill (业务明细) as lines: `#` lines aside, the header names the columns, one line per payment
 * (交易) and refund (退款). The real platform's values carry a trailing tab and the file is GBK inside a zip;
 * `billCsv` hands over the decoded CSV, so only the tabs are this file's concern. A line that cannot be read,
 * or totals (`#交易合计：N笔`) that disagree with the lines, throw a RangeError: a bill read wrong would
 * report money as missing.
 */
import type { ChannelBillLine } from '../channel-bill-line.js';
import { fromBeijingTime } from './beijing-time.js';
import { toFen } from './fen.js';

const COLUMNS = { tradeNo: '支付宝交易号', outTradeNo: '商户订单号', type: '业务类型', completedAt: '完成时间', total: '订单金额（元）', received: '商家实收（元）', requestNo: '退款批次号/请求号' } as const;

/** RFC 4180 records: quoted cells may hold commas, doubled quotes and line breaks. */
function records(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new RangeError('the bill ends inside a quoted value');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

/** `#交易合计：2笔，…` → 2; undefined when the bill has no such line. */
function totalCount(comments: string[], label: string): number | undefined {
  const match = comments.map((line) => new RegExp(`^#${label}：(\\d+)笔`).exec(line)).find(Boolean);
  return match ? Number(match[1]) : undefined;
}

/** Every payment and refund of the bill; [] for '' (no bill for the day). */
export function alipayBillLines(csv: string): ChannelBillLine[] {
  const all = records(csv.replace(/^\uFEFF/, '')).map((r) => r.map((cell) => cell.trim()));
  const comments = all.filter((r) => r[0].startsWith('#')).map((r) => r.join(','));
  const [header, ...rows] = all.filter((r) => !r[0].startsWith('#'));
  if (!header) return [];
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => {
      const at = header.indexOf(name);
      if (at < 0) throw new RangeError(`the bill has no column ${name}`);
      return [key, at];
    }),
  ) as Record<keyof typeof COLUMNS, number>;

  const lines = rows.map((row, n): ChannelBillLine => {
    // A value shifted into its neighbour's column would be read as another amount.
    if (row.length !== header.length) throw new RangeError(`bill line ${n + 1} has ${row.length} values, the header ${header.length}`);
    const value = (key: keyof typeof COLUMNS) => row[index[key]] ?? '';
    const required = (key: keyof typeof COLUMNS) => {
      const v = value(key);
      if (!v) throw new RangeError(`bill line ${n + 1} has no ${COLUMNS[key]}`);
      return v;
    };
    const type = value('type');
    const common = { outTradeNo: required('outTradeNo'), at: fromBeijingTime(required('completedAt')) };
    if (type === '交易') return { kind: 'PAYMENT', ...common, channelRef: required('tradeNo'), amountFen: toFen(required('total')) };
    // A refund's line carries the trade's total and the refunded part as negative received money.
    if (type === '退款') return { kind: 'REFUND', ...common, channelRef: required('requestNo'), amountFen: toFen(required('received').replace(/^-/, '')) };
    throw new RangeError(`bill line ${n + 1} has an unknown 业务类型 ${JSON.stringify(type)}`);
  });

  const counted = { 交易合计: lines.filter((l) => l.kind === 'PAYMENT').length, 退款合计: lines.filter((l) => l.kind === 'REFUND').length };
  for (const [label, count] of Object.entries(counted)) {
    const stated = totalCount(comments, label);
    if (stated !== undefined && stated !== count) throw new RangeError(`the bill says ${label} ${stated}, its lines are ${count}`);
  }
  return lines;
}
