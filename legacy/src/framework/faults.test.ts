import type { Client } from 'soap';
import { startLegacy, type LegacyServer } from '../index.js';
import { call, failure, head, soapClient } from '../testing/soap-clients.js';
import { FaultBoard, NO_FAULTS } from './faults.js';

let legacy: LegacyServer;
let population: Client;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const someone = () => legacy.seed.persons[0].idNumber;
const queryPersons = (options?: object) => call(population, 'queryPersons', { head: head(), body: { idNumber: [someone()] } }, options);

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
  population = await soapClient(legacy, 'population');
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

describe('latency', () => {
  it('delays answers by latencyMs', async () => {
    legacy.setFaults({ system: 'population', latencyMs: 400 });
    const started = performance.now();
    await queryPersons();
    expect(performance.now() - started).toBeGreaterThanOrEqual(380);
    expect(legacy.stats().population.queryPersons).toBe(1);
  });

  it('adds uniform jitter on top of the base latency', () => {
    const values = [0, 0.5, 0.999];
    const board = new FaultBoard(new Map([['x', { ...NO_FAULTS, latencyMs: 100, jitterMs: 50 }]]), () => values.shift()!);
    expect([board.delayFor('x'), board.delayFor('x'), board.delayFor('x')]).toEqual([100, 125, 150]);
  });
});

describe('errorRate', () => {
  it('answers a soap:Server INTERNAL_ERROR fault for that share of calls, and counts them', async () => {
    legacy.setFaults({ system: 'population', errorRate: 1 });
    const fault = await failure(queryPersons());
    expect(fault).toMatchObject({ status: 500, faultcode: 'soap:Server', faultstring: 'INTERNAL_ERROR' });
    expect(legacy.stats().population.queryPersons).toBe(1);
    legacy.setFaults({ system: 'population', errorRate: 0 });
    expect((await queryPersons()).head.RESULT).toBe('0');
  });

  it('only affects the system it was set for', async () => {
    legacy.setFaults({ system: 'traffic', errorRate: 1 });
    expect((await queryPersons()).head.RESULT).toBe('0');
  });
});

describe('down', () => {
  it('answers 503 from the reverse proxy, without reaching the operation', async () => {
    legacy.setFaults({ system: 'population', mode: 'down' });
    const fault = await failure(queryPersons());
    expect(fault.status).toBe(503);
    const raw = await fetch(`${legacy.url}/population`, { method: 'POST', body: 'x' });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(soapClient(legacy, 'population')).rejects.toThrow();
    expect(legacy.stats().population.queryPersons).toBe(0);
    expect((await fetch(legacy.wsdlUrl('traffic'))).status).toBe(200);
  });
});

describe('timeout', () => {
  it('never answers; a client deadline fires, and normal mode serves again', async () => {
    legacy.setFaults({ system: 'population', mode: 'timeout' });
    // The stand-in never answers: only the client's deadline ends the call (without one, the test's own timeout would).
    const fault = await failure(queryPersons({ timeout: 300 }));
    expect(fault.message).toMatch(/timeout/i);
    legacy.setFaults({ system: 'population', mode: 'normal' });
    expect((await queryPersons()).head.RESULT).toBe('0');
  });

  it('drops held requests on reset() and close(), so nothing leaks', async () => {
    const other = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
    other.setFaults({ system: 'population', mode: 'timeout' });
    const post = () => fetch(`${other.url}/population`, { method: 'POST', body: 'x' }).then(() => 'answered', () => 'dropped');
    const first = post();
    await pause(100);
    other.setFaults({ system: 'traffic', mode: 'normal' });
    expect(await Promise.race([first, pause(200).then(() => 'still held')])).toBe('still held');
    other.reset();
    expect(await first).toBe('dropped');
    other.setFaults({ system: 'population', mode: 'timeout' });
    const second = post();
    await pause(100);
    // A held request that close() waited for would never end: the test's own timeout is the bound.
    await other.close();
    expect(await second).toBe('dropped');
  });
});

describe('env defaults', () => {
  it('start from LEGACY_<SYSTEM>_* and come back on reset()', async () => {
    const env = { LEGACY_POPULATION_MODE: 'down', LEGACY_TRAFFIC_LATENCY_MS: '25', LEGACY_TRAFFIC_ERROR_RATE: '0.5' };
    const other = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env });
    try {
      const none = { latencyMs: 0, jitterMs: 0, errorRate: 0, mode: 'normal' };
      expect(other.faults()).toEqual({
        traffic: { latencyMs: 25, jitterMs: 0, errorRate: 0.5, mode: 'normal' },
        population: { latencyMs: 0, jitterMs: 0, errorRate: 0, mode: 'down' },
        sms: none,
        fugitive: none,
        face: none,
        queue: none,
        alipay: none,
        wechat: none,
      });
      other.setFaults({ system: 'population', mode: 'normal' });
      other.reset();
      expect(other.faults().population.mode).toBe('down');
    } finally {
      await other.close();
    }
  });

  it('setFaults() validates its input', () => {
    expect(() => legacy.setFaults({ system: 'population', errorRate: 2 })).toThrow();
    expect(() => legacy.setFaults({ system: 'nope' as 'traffic' })).toThrow();
  });
});
