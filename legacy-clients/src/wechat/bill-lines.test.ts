import { readFileSync } from 'node:fs';
import { wechatBillLines } from './bill-lines.js';

/** The file the stand-in served when the samples were recorded (one paid H5 trade of 206.00). */
const RECORDED = readFileSync(new URL('./samples/wechat.v3.billdownload.file__ok/response.json', import.meta.url), 'utf8').replace(/\n$/, '');
const [HEADER, PAYMENT, TOTALS_HEADER] = RECORDED.replace(/^\uFEFF/, '').split('\r\n');

/** The recorded payment line turned into a refund line of the same trade. */
const refund = (outRefundNo: string, amount: string, status = 'SUCCESS') => {
  const fields = PAYMENT.slice(1).split(',`');
  const set = (name: string, value: string) => {
    fields[HEADER.split(',').indexOf(name)] = value;
  };
  set('交易时间', '2026-11-01 10:15:00');
  set('交易状态', 'REFUND');
  set('应结订单金额', '0.00');
  set('微信退款单号', '50300000000000000000000000000001');
  set('商户退款单号', outRefundNo);
  set('退款金额', amount);
  set('退款状态', status);
  set('订单金额', '0.00');
  set('申请退款金额', amount);
  return `\`${fields.join(',`')}`;
};
const file = (lines: string[], count = lines.length) => `\uFEFF${[HEADER, ...lines, TOTALS_HEADER, `\`${count},\`206.00,\`0.00,\`0.00,\`1.24000,\`206.00,\`0.00`].join('\r\n')}\r\n`;

describe('wechatBillLines', () => {
  it('reads the recorded bill file: one payment, at its order amount in fen and its Beijing time', () => {
    expect(wechatBillLines(RECORDED)).toEqual([
      { kind: 'PAYMENT', outTradeNo: 'JT_SAMPLE_W0001', channelRef: '4200023250202611010940928988', amountFen: 20_600, at: new Date('2026-11-01T01:30:00Z') },
    ]);
  });

  it('reads a settled refund by our refund number and its asked amount; one still processing moved nothing', () => {
    expect(wechatBillLines(file([PAYMENT, refund('RF0001', '6.05'), refund('RF0002', '1.00', 'PROCESSING')]))).toEqual([
      expect.objectContaining({ kind: 'PAYMENT', amountFen: 20_600 }),
      { kind: 'REFUND', outTradeNo: 'JT_SAMPLE_W0001', channelRef: 'RF0001', amountFen: 605, at: new Date('2026-11-01T02:15:00Z') },
    ]);
  });

  it('has no lines for no bill (NO_STATEMENT_EXIST), and reads a file without its BOM or last line break', () => {
    expect(wechatBillLines('')).toEqual([]);
    expect(wechatBillLines(RECORDED.replace(/^\uFEFF/, '').replace(/\r\n$/, ''))).toHaveLength(1);
  });

  it('refuses a file whose 总交易单数 is not its number of lines', () => {
    expect(() => wechatBillLines(file([PAYMENT], 2))).toThrow(/总交易单数 2, its lines are 1/);
    expect(() => wechatBillLines(file([PAYMENT, PAYMENT], 1))).toThrow(RangeError);
  });

  it.each([
    ['an unknown 交易状态', PAYMENT.replace(',`SUCCESS,', ',`PENDING,')],
    ['an amount that is not yuan', PAYMENT.replace('`0.60%,`206.00', '`0.60%,`206,00')],
    ['no 微信订单号', PAYMENT.replace(',`4200023250202611010940928988,', ',`,')],
    ['a time that is not Beijing time', PAYMENT.replace('`2026-11-01 09:30:00', '`2026-11-01T09:30:00+08:00')],
  ])('refuses %s', (_case, broken) => {
    expect(() => wechatBillLines(file([broken]))).toThrow(RangeError);
  });
});
