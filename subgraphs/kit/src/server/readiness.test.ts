import { jest } from '@jest/globals';
import { checkReadiness, PROBE_TIMEOUT_MS } from './readiness.js';

describe('readiness', () => {
  const ok = async () => {};
  const down = async () => {
    throw new Error('ECONNREFUSED');
  };
  const hangs = () => new Promise<void>(() => {});

  it('is ok when every dependency answers, and says which ones are not used', async () => {
    expect(await checkReadiness({ database: ok, redis: ok })).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
    expect(await checkReadiness({ database: ok })).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'off' } });
  });

  it('is degraded without Redis (requests are still answered) and down without the database', async () => {
    expect(await checkReadiness({ database: ok, redis: down })).toEqual({ status: 'degraded', checks: { database: 'ok', redis: 'down' } });
    expect(await checkReadiness({ database: down, redis: ok })).toEqual({ status: 'down', checks: { database: 'down', redis: 'ok' } });
  });

  it('does not wait on a probe that hangs: it counts as down once the probe timeout has passed', async () => {
    jest.useFakeTimers();
    try {
      let settled = false;
      const readiness = checkReadiness({ database: ok, redis: hangs }).finally(() => (settled = true));
      await jest.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      expect(await readiness).toEqual({ status: 'degraded', checks: { database: 'ok', redis: 'down' } });
    } finally {
      jest.useRealTimers();
    }
  });
});
