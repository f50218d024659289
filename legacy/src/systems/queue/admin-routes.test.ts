/** POST /__legacy/queue/walk-in on a Fastify app of its own, over an instance of the queue system. */
import Fastify, { type FastifyInstance } from 'fastify';
import { buildSeed } from '../../seed/index.js';
import { queueAdminRoutes } from './admin-routes.js';
import { queue, type QueueInstance } from './index.js';

let app: FastifyInstance;
let instance: QueueInstance;
let url: string;

beforeAll(async () => {
  instance = queue.create({ seed: buildSeed({ persons: 100, vehicles: 100 }), env: { LEGACY_QUEUE_CLOCK: '2026-11-02T10:10:00+08:00' }, overrides: {} });
  app = Fastify();
  queueAdminRoutes(app, instance);
  // A real port: light-my-request (inject) does not load under Jest's ESM mode here.
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(() => app.close());

async function walkIn(payload: object) {
  const response = await fetch(`${url}/__legacy/queue/walk-in`, { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
  const body: any = await response.json();
  return { statusCode: response.status, json: () => body };
}

describe('POST /__legacy/queue/walk-in', () => {
  it('takes the next number of the shared sequence for the slot in progress', async () => {
    const first = await walkIn({ hallCode: 'XC-CGS-01', itemCode: 'JDC' });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toEqual({
      hallCode: 'XC-CGS-01',
      itemCode: 'JDC',
      date: '2026-11-02',
      slot: '10:00-10:30',
      number: expect.stringMatching(/^C\d{3}$/),
      issuedAt: expect.stringMatching(/^2026-11-02T10:1\d:\d{2}\+08:00$/),
      ahead: expect.any(Number),
    });
    // The machine's own walk-ins of the morning came first.
    expect(Number(body.number.slice(1))).toBeGreaterThan(4);
    const second = instance.walkIn('xc-cgs-01', 'JDC');
    expect(Number(second.number.slice(1))).toBe(Number(body.number.slice(1)) + 1);
    expect(second.ahead).toBe(body.ahead + 1);
  });

  it("takes a number on another date: that day's first slot", async () => {
    const response = await walkIn({ hallCode: 'XC-WD-01', itemCode: 'CRJ', date: '2026-11-05' });
    expect(response.json()).toMatchObject({ date: '2026-11-05', slot: '09:00-09:30', number: 'B001', ahead: 0 });
  });

  it('refuses with the machine fault code, or INVALID_REQUEST for a malformed body', async () => {
    expect((await walkIn({ hallCode: 'XC-WD-01', itemCode: 'JDC' })).json()).toEqual({ error: 'ITEM_UNKNOWN', message: expect.stringContaining('XC-WD-01') });
    const closed = await walkIn({ hallCode: 'XC-WD-01', itemCode: 'HJ', date: '2026-11-08' });
    expect([closed.statusCode, closed.json().error]).toEqual([400, 'DATE_CLOSED']);
    expect((await walkIn({ hallCode: 'XC-WD-01', itemCode: 'HJ', date: '2026-10-30' })).json().error).toBe('SLOT_ENDED');
    const malformed = await walkIn({ hallCode: 'XC-WD-01' });
    expect([malformed.statusCode, malformed.json().error]).toEqual([400, 'INVALID_REQUEST']);
  });
});
