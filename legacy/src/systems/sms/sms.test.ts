import type { Client } from 'soap';
import { startLegacy, type LegacyServer } from '../../index.js';
import { call, envelope, failure, head, postRaw, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let sms: Client;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
  sms = await soapClient(legacy, 'sms');
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const send = (body: object) => call(sms, 'sendSms', { head: head(), body });
const getOutbox = async (query = '') => {
  const response = await fetch(`${legacy.url}/__legacy/sms${query}`);
  return { status: response.status, body: (await response.json()) as any[] };
};

describe('sendSms', () => {
  it('accepts a message, answers its id and records it in the outbox', async () => {
    const result = await send({ phone: '13800138000', content: '您的验证码为 123456，5 分钟内有效。', signName: '许昌公安' });
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body.messageId).toMatch(/^[0-9A-F]{32}$/);
    const [sent] = legacy.sms.sent('13800138000');
    expect(sent).toEqual({ messageId: result.body.messageId, phone: '13800138000', content: '您的验证码为 123456，5 分钟内有效。', signName: '许昌公安', sentAt: expect.any(String) });
    expect(Date.parse(sent.sentAt)).not.toBeNaN();
    expect(legacy.stats().sms).toEqual({ sendSms: 1 });
  });

  it('lists messages newest first, per phone, in process and at GET /__legacy/sms', async () => {
    await send({ phone: '13900000001', content: '第一条', signName: '许昌公安' });
    await send({ phone: '13900000002', content: '别人的', signName: '许昌公安' });
    await send({ phone: '13900000001', content: '第二条', signName: '许昌公安' });
    expect(legacy.sms.sent('13900000001').map((m) => m.content)).toEqual(['第二条', '第一条']);
    expect(legacy.sms.sent().map((m) => m.content)).toEqual(['第二条', '别人的', '第一条']);
    const { status, body } = await getOutbox('?phone=13900000001');
    expect(status).toBe(200);
    expect(body).toEqual(legacy.sms.sent('13900000001'));
    expect((await getOutbox()).body).toHaveLength(3);
    expect((await getOutbox('?phone=13700000000')).body).toEqual([]);
  });

  it('answers RESULT=1 for numbers that are not 11-digit mainland mobiles, and sends nothing', async () => {
    for (const phone of ['1380013800', '+8613800138000', '23800138000', '138-0013-8000', '12800138000']) {
      const result = await send({ phone, content: '验证码 1', signName: '许昌公安' });
      expect(result.head).toEqual({ RESULT: '1', ERROR: `手机号码格式不正确：${phone}` });
      expect(result.body?.messageId).toBeUndefined();
    }
    expect(legacy.sms.sent()).toEqual([]);
  });

  it('answers RESULT=1 for empty or overlong content and a bad signature name', async () => {
    expect((await send({ phone: '13800138000', content: '', signName: '许昌公安' })).head.ERROR).toBe('短信内容不能为空');
    expect((await send({ phone: '13800138000', content: '码'.repeat(501), signName: '许昌公安' })).head.ERROR).toBe('短信内容不能超过500个字符');
    expect((await send({ phone: '13800138000', content: '验证码', signName: '许' })).head.ERROR).toBe('短信签名须为2至12个字符');
    expect(legacy.sms.sent()).toEqual([]);
    expect(legacy.stats().sms.sendSms).toBe(3);
  });

  it('rejects a body without the required elements as a soap:Client INVALID_REQUEST fault', async () => {
    const raw = await postRaw(
      `${legacy.url}/sms`,
      envelope('<sendSms xmlns="http://jingtong.gov.cn/legacy/sms"><head><sysCode>T</sysCode><requestId>1</requestId></head><body><phone>13800138000</phone></body></sendSms>'),
    );
    expect(raw.status).toBe(500);
    expect(raw.text).toContain('<faultcode>soap:Client</faultcode><faultstring>INVALID_REQUEST</faultstring>');
    expect(raw.text).toMatch(/body\.content/);
  });

  it('honours errorRate and down like every system', async () => {
    legacy.setFaults({ system: 'sms', errorRate: 1 });
    expect(await failure(send({ phone: '13800138000', content: 'x', signName: '许昌公安' }))).toMatchObject({ faultcode: 'soap:Server', faultstring: 'INTERNAL_ERROR' });
    legacy.setFaults({ system: 'sms', errorRate: 0, mode: 'down' });
    expect((await failure(send({ phone: '13800138000', content: 'x', signName: '许昌公安' }))).status).toBe(503);
    expect(legacy.stats().sms.sendSms).toBe(1);
    expect(legacy.sms.sent()).toEqual([]);
  });

  it('reset() empties the outbox', async () => {
    await send({ phone: '13800138000', content: '验证码', signName: '许昌公安' });
    expect(legacy.sms.sent()).toHaveLength(1);
    await fetch(`${legacy.url}/__legacy/reset`, { method: 'POST' });
    expect(legacy.sms.sent()).toEqual([]);
  });
});
