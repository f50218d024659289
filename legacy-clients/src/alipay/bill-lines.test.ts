import { alipayBillLines } from './bill-lines.js';

const HEADER =
  '支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注';
const zeros = (n: number) => Array(n).fill('0.00').join(',');
/** A line as the bill writes it: 25 cells, amounts in yuan, refunds with negative received money. */
const line = (tradeNo: string, outTradeNo: string, type: string, subject: string, completed: string, total: string, received: string, requestNo = '', remark = '') =>
  [tradeNo, outTradeNo, type, subject, '2026-11-01 09:00:00', completed, '', '', '', '', 'buyer@example.com', total, received, zeros(5), '', zeros(2), requestNo, zeros(2), remark].join(',');

function bill(lines: string[], footer = { payments: 2, refunds: 1 }) {
  return [
    '#支付宝业务明细查询',
    '#账号：[20880000000000010156]',
    '#起始日期：[2026年11月01日 00:00:00]   终止日期：[2026年11月02日 00:00:00]',
    '#-----------------------------------------业务明细列表----------------------------------------',
    HEADER,
    ...lines,
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${footer.payments}笔，商家实收共：216.00元，商家优惠共：0.00元`,
    `#退款合计：${footer.refunds}笔，商家实收退款共：-6.00元，商家优惠退款共：0.00元`,
    '#导出时间：[2026年11月02日 09:30:00]',
    '',
  ].join('\r\n');
}

const LINES = [
  line('2026110122001400000000000001', 'JT261101A01', '交易', '交通违法罚款', '2026-11-01 09:30:00', '206.00', '206.00'),
  line('2026110122001400000000000002', 'JT261101A02', '交易', '"罚款, 滞纳金 ""加处"""', '2026-11-01 23:59:59', '10.05', '10.05'),
  line('2026110122001400000000000001', 'JT261101A01', '退款', '交通违法罚款', '2026-11-01 10:00:00', '206.00', '-6.00', 'RF0001', '多缴'),
];

describe('alipayBillLines', () => {
  it('reads payments at the order total and refunds at the refunded part, in fen, with their Beijing times', () => {
    expect(alipayBillLines(bill(LINES))).toEqual([
      { kind: 'PAYMENT', outTradeNo: 'JT261101A01', channelRef: '2026110122001400000000000001', amountFen: 20_600, at: new Date('2026-11-01T01:30:00Z') },
      { kind: 'PAYMENT', outTradeNo: 'JT261101A02', channelRef: '2026110122001400000000000002', amountFen: 1_005, at: new Date('2026-11-01T15:59:59Z') },
      { kind: 'REFUND', outTradeNo: 'JT261101A01', channelRef: 'RF0001', amountFen: 600, at: new Date('2026-11-01T02:00:00Z') },
    ]);
  });

  it('reads the real platform’s values with their trailing tabs', () => {
    const tabbed = bill(LINES).split('\r\n').map((l) => (l.startsWith('#') ? l : l.split(',').map((v) => `${v}\t`).join(','))).join('\r\n');
    expect(alipayBillLines(tabbed).map((l) => [l.kind, l.amountFen, l.channelRef])).toEqual([
      ['PAYMENT', 20_600, '2026110122001400000000000001'],
      ['PAYMENT', 1_005, '2026110122001400000000000002'],
      ['REFUND', 600, 'RF0001'],
    ]);
  });

  it('has no lines for no bill, or for a bill of a quiet day', () => {
    expect(alipayBillLines('')).toEqual([]);
    expect(alipayBillLines(bill([], { payments: 0, refunds: 0 }))).toEqual([]);
  });

  it('refuses a bill whose totals disagree with its lines (a line lost on the way)', () => {
    expect(() => alipayBillLines(bill(LINES.slice(1)))).toThrow(/交易合计 2, its lines are 1/);
  });

  it.each([
    ['an unknown 业务类型', LINES[0].replace(',交易,', ',其他,')],
    ['an amount that is not yuan', LINES[0].replace(',206.00,206.00,', ',206.001,206.00,')],
    ['a time that is not Beijing time', LINES[0].replace('2026-11-01 09:30:00', '2026/11/01 09:30')],
    ['no trade number', LINES[0].replace('2026110122001400000000000001,', ',')],
  ])('refuses %s', (_case, broken) => {
    expect(() => alipayBillLines(bill([broken, LINES[1], LINES[2]]))).toThrow(RangeError);
  });

  it('refuses a refund without its request number, and a bill without the columns it needs', () => {
    expect(() => alipayBillLines(bill([LINES[0], LINES[1], LINES[2].replace(',RF0001,', ',,')]))).toThrow(/退款批次号/);
    expect(() => alipayBillLines(bill(LINES).replace('商家实收（元）', '实收'))).toThrow(/no column 商家实收/);
    expect(() => alipayBillLines(bill([LINES[0], LINES[1], `${LINES[2]},extra`]))).toThrow(/26 values, the header 25/);
  });
});
