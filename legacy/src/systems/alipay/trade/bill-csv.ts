/**
 * The trade bill (业务明细) of a Beijing day or month: every payment and refund completed in it,
 * with the real bill's columns and its `#` header and footer lines. The real download is a zip
 * holding this detail file and a summary (业务明细(汇总)), both GBK-encoded CSV whose values carry a
 * trailing tab; the stand-in serves the detail file alone, UTF-8, unzipped and without the tabs, so a
 * client of the real platform must unzip and decode (GBK) before the same parsing.
 */
import { beijingTimeOf } from './beijing-time.js';
import type { Trade, TradeRefund } from './trades.js';
import { yuanOf } from './yuan.js';

export const BILL_COLUMNS = [
  '支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '门店编号', '门店名称', '操作员', '终端号', '对方账户',
  '订单金额（元）', '商家实收（元）', '支付宝红包（元）', '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）', '券核销金额（元）', '券名称',
  '商家红包消费金额（元）', '卡消费金额（元）', '退款批次号/请求号', '服务费（元）', '分润（元）', '备注',
] as const;

export interface BillEntries {
  payments: Trade[];
  refunds: Array<{ trade: Trade; refund: TradeRefund }>;
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function row(trade: Trade, kind: '交易' | '退款', completedAt: number, receivedFen: number, requestNo: string, remark: string): string {
  const zero = '0.00';
  return [
    trade.tradeNo, trade.outTradeNo, kind, trade.subject, beijingTimeOf(trade.createdAt), beijingTimeOf(completedAt), '', '', '', '', trade.buyer?.logonId ?? '',
    yuanOf(trade.amountFen), yuanOf(receivedFen), zero, zero, zero, zero, zero, '', zero, zero, requestNo, zero, zero, remark,
  ].map(cell).join(',');
}

/** 2026年11月01日 00:00:00 */
const chineseTime = (ms: number) => beijingTimeOf(ms).replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1年$2月$3日');

/** `period` is yyyy-MM-dd or yyyy-MM; `account` the merchant's 2088… id. */
export function billCsv(period: string, entries: BillEntries, account: string, exportedAt: number): string {
  const [year, month, day] = period.split('-').map(Number);
  const start = Date.UTC(year, month - 1, day ?? 1) - 8 * 3_600_000;
  const end = day === undefined ? Date.UTC(year, month, 1) - 8 * 3_600_000 : start + 86_400_000;
  const paidFen = entries.payments.reduce((sum, t) => sum + t.amountFen, 0);
  const refundedFen = entries.refunds.reduce((sum, r) => sum + r.refund.amountFen, 0);
  return [
    '#支付宝业务明细查询',
    `#账号：[${account}0156]`,
    `#起始日期：[${chineseTime(start)}]   终止日期：[${chineseTime(end)}]`,
    '#-----------------------------------------业务明细列表----------------------------------------',
    BILL_COLUMNS.join(','),
    ...entries.payments.map((trade) => row(trade, '交易', trade.paidAt ?? trade.createdAt, trade.amountFen, '', '')),
    ...entries.refunds.map(({ trade, refund }) => row(trade, '退款', refund.at, -refund.amountFen, refund.outRequestNo, refund.reason ?? '')),
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${entries.payments.length}笔，商家实收共：${yuanOf(paidFen)}元，商家优惠共：0.00元`,
    `#退款合计：${entries.refunds.length}笔，商家实收退款共：${yuanOf(-refundedFen)}元，商家优惠退款共：0.00元`,
    `#导出时间：[${chineseTime(exportedAt)}]`,
    '',
  ].join('\r\n');
}
