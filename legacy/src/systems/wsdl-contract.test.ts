/**
 * The zod request schemas and the WSDLs must describe the same elements: a request filled
 * from the WSDL (as a generated client sees it) must never be rejected as INVALID_REQUEST.
 */
import { startLegacy, SYSTEMS, type LegacyServer } from '../index.js';
import { failure, login, soapClient } from '../testing/soap-clients.js';

let legacy: LegacyServer;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
}, 30_000);

afterAll(() => legacy?.close());

/** Every element described, filled: strings "1", repeated elements one item. */
function fill(description: Record<string, unknown>, values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(description)) {
    if (key === 'targetNSAlias' || key === 'targetNamespace') continue;
    const name = key.replace(/\[\]$/, '');
    const value = typeof type === 'object' ? fill(type as Record<string, unknown>, values) : (values[name] ?? '1');
    out[name] = key.endsWith('[]') ? [value] : value;
  }
  return out;
}

/**
 * The queue machine faults for a hall, item, date or slot it does not have (codes, not RESULT=1): name real
 * ones. A Monday far ahead, so the slot never ends; '1' stays the number, which no day holds (RESULT=1).
 */
const QUEUE_VALUES = { hallCode: 'XC-WD-01', itemCode: 'HJ', date: '2099-06-01', slot: '09:00-09:30', channel: 'ONLINE', status: 'SERVED' };

describe.each(SYSTEMS.map((s) => s.id))('%s WSDL vs request schemas', (system) => {
  it('accepts a request with every element the WSDL declares', async () => {
    const client = await soapClient(legacy, system);
    const values: Record<string, string> = system === 'traffic' ? { sessionKey: await login(client) } : system === 'queue' ? QUEUE_VALUES : {};
    const description = Object.values(Object.values(client.describe())[0] as object)[0] as Record<string, { input: Record<string, unknown> }>;
    expect(Object.keys(description).length).toBeGreaterThan(0);
    for (const [operation, { input }] of Object.entries(description)) {
      const args = fill(input, values);
      const outcome = await client[`${operation}Async`](args).then(
        ([result]: [{ head: { RESULT: string } }]) => result.head.RESULT,
        (error: unknown) => failure(Promise.reject(error)).then((f) => f.faultstring),
      );
      expect([operation, outcome]).toEqual([operation, expect.stringMatching(/^(0|1)$/)]);
    }
  });
});
