import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log/logger.js';
import { loadSoapSamples, startReplayServer } from '../soap/replay-server.js';
import { createSoapClient } from '../soap/soap-client.js';
import { createMetrics } from './create-metrics.js';
import { sampleValue } from './read-samples.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = `${FIXTURES}/probe.wsdl`;
const samples = Object.fromEntries(loadSoapSamples(FIXTURES).map((s) => [s.case, s]));
const CALLS = 'jingtong_legacy_calls_total';
const ctx = { requestId: 'req-legacy-metrics' };

/** A port nothing listens on: the connection is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('legacy call metrics (kit SOAP client)', () => {
  const logger = createLogger('t', 'silent');

  it('counts an answered call as ok and a SOAP fault as fault, per system and operation', async () => {
    const metrics = createMetrics('probe', { processMetrics: false });
    const ok = await startReplayServer(samples.ok);
    const faulty = await startReplayServer(samples['server-fault']);
    const good = await createSoapClient({ system: 'probe', wsdlPath: WSDL, endpoint: ok.url, deadlineMs: 2000, logger, metrics });
    const bad = await createSoapClient({ system: 'probe-b', wsdlPath: WSDL, endpoint: faulty.url, deadlineMs: 2000, logger, metrics });
    try {
      await good.call('ping', { text: 'hello' }, ctx);
      await good.call('ping', { text: 'hello' }, ctx);
      await expect(bad.call('ping', { text: 'hello' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_FAULT' });
      const text = await metrics.render();
      expect(sampleValue(text, CALLS, { system: 'probe', operation: 'ping', outcome: 'ok', service: 'probe' })).toBe(2);
      expect(sampleValue(text, CALLS, { system: 'probe', outcome: 'fault' })).toBe(0);
      expect(sampleValue(text, CALLS, { system: 'probe-b', operation: 'ping', outcome: 'fault' })).toBe(1);
      expect(sampleValue(text, 'jingtong_legacy_call_duration_seconds_count', { system: 'probe', operation: 'ping', outcome: 'ok' })).toBe(2);
      expect(sampleValue(text, 'jingtong_legacy_breaker_state', { system: 'probe' })).toBe(0);
    } finally {
      good.close();
      bad.close();
      await ok.close();
      await faulty.close();
    }
  });

  it('tells a refused connection (unavailable) from a refusal by the open breaker, and shows the breaker open', async () => {
    const metrics = createMetrics('probe', { processMetrics: false });
    const endpoint = `http://127.0.0.1:${await closedPort()}/`;
    const client = await createSoapClient({
      system: 'down',
      wsdlPath: WSDL,
      endpoint,
      deadlineMs: 2000,
      breaker: { volumeThreshold: 2, resetTimeoutMs: 60_000 },
      logger,
      metrics,
    });
    try {
      for (let i = 0; i < 2; i++) await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_UNAVAILABLE' });
      expect(client.breakerState()).toBe('open');
      await expect(client.call('ping', { text: 'x' }, ctx)).rejects.toMatchObject({ code: 'LEGACY_UNAVAILABLE' });
      const text = await metrics.render();
      expect(sampleValue(text, CALLS, { system: 'down', outcome: 'unavailable' })).toBe(2);
      expect(sampleValue(text, CALLS, { system: 'down', outcome: 'breaker-open' })).toBe(1);
      expect(sampleValue(text, 'jingtong_legacy_breaker_state', { system: 'down' })).toBe(2);
    } finally {
      client.close();
    }
    // A closed client no longer reports a breaker.
    expect(await metrics.render()).not.toMatch(/jingtong_legacy_breaker_state\{[^}]*system="down"/);
  });
});
