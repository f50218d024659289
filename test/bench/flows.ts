// The citizen's two write flows in the cold open-loop run, after the cold queries (tender 2.6.4 and 2.8.3.4):
//   payment — StartPayment (Alipay) of an order the payment centre holds for the citizen: what they wait for
//             between choosing 支付宝 and seeing its cashier (the trade opened at the channel);
//   booking — TakeQueueNumber of a free seat: the seat taken in the database, the number from the hall's queue
//             machine.
// Each citizen does each once, at a fixed arrival rate; legacy calls are counted per answered request and by
// system. The orders are made beforehand through the payment centre's internal route, signed as traffic's
// outbox signs it (the bench holds the shared caller secret, as it does for the direct targets).
import { paymentOrderId, signCaller } from '@jingtong/kit';
import { cpus } from 'node:os';
import type { ColdCitizen, Persisted } from './cold.js';
import { config, withinBudget } from './config.js';
import { cpuPerRequest, ForeignLoad, snapshotCpu, waitForQuiet } from './cpu.js';
import { openLoop, type OpenLoopRequest, type OpenLoopResult } from './open-loop.js';
import type { Service } from './services.js';
import { GATEWAY, SECRET, subgraphUrl } from './stack.js';
import { legacyCallsBySystem } from './warm.js';

export type FlowName = 'payment' | 'booking';

export interface FlowRow extends OpenLoopResult {
  flow: FlowName;
  /** Every legacy call per answered request, and the same by system (only systems that were called). */
  legacyCallsPerRequest: number;
  bySystem: Record<string, number>;
  cpuMsPerRequest: Record<string, number>;
  foreignLoad: number;
}

const persistedBody = (p: Persisted, variables?: Record<string, unknown>) => JSON.stringify({ ...(variables ? { variables } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: p.hash } } });
const subOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sub: string }).sub;

async function gql<T>(p: Persisted, variables: Record<string, unknown> | undefined, token: string): Promise<T> {
  const res = await fetch(GATEWAY, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: persistedBody(p, variables) });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (res.status !== 200 || json.errors || !json.data) throw new Error(`${p.query.slice(0, 60)}…: ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

/** One order per citizen, as an owner's outbox asks for it (idempotent per id: a re-run of the bench reuses them). */
export async function preparePaymentOrders(citizens: readonly ColdCitizen[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, c] of citizens.entries()) {
    const payableId = `BENCH-FEE-${c.idNumber.slice(-8)}-${i}`;
    const orderId = paymentOrderId('traffic', 'Violation', payableId);
    const order = {
      orderId,
      payable: { subgraph: 'traffic', type: 'Violation', id: payableId },
      citizenId: subOf(c.token),
      businessKind: 'TRAFFIC_FEE',
      subject: '机动车检验合格标志工本费',
      lines: [{ label: '工本费', amountFen: 1_000 }],
      amountFen: 1_000,
      countyCode: '411002',
      revenueItem: { code: '103040101', name: '公安行政事业性收费' },
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const body = JSON.stringify(order);
    const res = await fetch(`${subgraphUrl('payment')}/internal/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'service', sub: 'traffic', requestId: `bench-order-${i}` }, SECRET, body) },
      body,
    });
    if (res.status !== 201 && res.status !== 200) throw new Error(`payment refused the bench's order: ${res.status} ${await res.text()}`);
    ids.push(orderId);
  }
  return ids;
}

interface Seat {
  hallId: string;
  itemId: string;
  date: string;
  slot: string;
}

/** Free online seats of every hall, item and bookable day, one per citizen (each books one hall-day only once). */
export async function prepareSeats(count: number, token: string, halls: Persisted, slots: Persisted): Promise<Seat[]> {
  type Hall = { id: string; items: Array<{ id: string }>; bookableDates: string[] };
  const { queueHalls } = await gql<{ queueHalls: Hall[] }>(halls, undefined, token);
  const seats: Seat[] = [];
  for (const hall of queueHalls) {
    for (const item of hall.items) {
      for (const date of hall.bookableDates) {
        const { queueSlots } = await gql<{ queueSlots: Array<{ slot: string; left: number }> }>(slots, { hallId: hall.id, itemId: item.id, date }, token);
        for (const s of queueSlots) for (let k = 0; k < s.left; k++) seats.push({ hallId: hall.id, itemId: item.id, date, slot: s.slot });
      }
    }
  }
  if (seats.length < count) throw new Error(`only ${seats.length} free seats for ${count} bookings`);
  // Spread over halls and days rather than filling one slot first, as many citizens would.
  return Array.from({ length: count }, (_, i) => seats[Math.floor((i * seats.length) / count)]!);
}

const variableOf = (p: Persisted, type: string) => {
  const name = new RegExp(`\\$(\\w+): ${type}!`).exec(p.query)?.[1];
  if (!name) throw new Error(`the persisted operation takes no ${type}`);
  return name;
};

export function paymentRequests(citizens: readonly ColdCitizen[], orderIds: readonly string[], start: Persisted): OpenLoopRequest[] {
  const input = variableOf(start, 'StartPaymentInput');
  return citizens.map((c, i) => ({
    headers: { authorization: `Bearer ${c.token}`, 'x-request-id': `bench-pay-${i}` },
    body: persistedBody(start, { [input]: { orderId: orderIds[i], channel: 'ALIPAY' } }),
    check: (status, json) => {
      const r = json as { data?: { startPayment?: { pay?: { url?: string }; error?: { code?: string } } }; errors?: Array<{ extensions?: { code?: string } }> };
      if (status !== 200) return `status ${status}`;
      if (r.errors?.length) return `error ${r.errors[0]?.extensions?.code ?? '?'}`;
      if (r.data?.startPayment?.error) return `payload ${r.data.startPayment.error.code}`;
      return r.data?.startPayment?.pay?.url ? null : 'no cashier';
    },
  }));
}

export function bookingRequests(citizens: readonly ColdCitizen[], seats: readonly Seat[], take: Persisted): OpenLoopRequest[] {
  const input = variableOf(take, 'TakeQueueNumberInput');
  return citizens.map((c, i) => ({
    headers: { authorization: `Bearer ${c.token}`, 'x-request-id': `bench-book-${i}` },
    body: persistedBody(take, { [input]: seats[i] }),
    check: (status, json) => {
      const r = json as { data?: { takeQueueNumber?: { ticket?: { number?: string }; error?: { code?: string } } }; errors?: Array<{ extensions?: { code?: string } }> };
      if (status !== 200) return `status ${status}`;
      if (r.errors?.length) return `error ${r.errors[0]?.extensions?.code ?? '?'}`;
      if (r.data?.takeQueueNumber?.error) return `payload ${r.data.takeQueueNumber.error.code}`;
      return r.data?.takeQueueNumber?.ticket?.number ? null : 'no number';
    },
  }));
}

export async function flowRun(flow: FlowName, rate: number, requests: readonly OpenLoopRequest[], processes: readonly Service[], everyone: readonly Service[]): Promise<FlowRow> {
  if (config.quietWaitS > 0 && withinBudget()) await waitForQuiet(everyone, cpus().length, config.quietShare, config.quietWaitS);
  const before = await legacyCallsBySystem();
  const cpuBefore = snapshotCpu(processes);
  const foreign = new ForeignLoad(everyone);
  const result = await openLoop({ url: GATEWAY, rate, requests, timeoutMs: config.coldTimeoutMs });
  const cpuAfter = snapshotCpu(processes);
  const foreignLoad = foreign.share(cpus().length);
  const after = await legacyCallsBySystem();
  const answered = Math.max(1, result.ok);
  const bySystem = Object.fromEntries(
    Object.keys(after)
      .map((system) => [system, ((after[system] ?? 0) - (before[system] ?? 0)) / answered] as const)
      .filter(([, n]) => n > 0),
  );
  return { ...result, flow, legacyCallsPerRequest: Object.values(bySystem).reduce((a, b) => a + b, 0), bySystem, cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuAfter, result.sent), foreignLoad };
}
