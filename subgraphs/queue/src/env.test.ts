import { randomBytes } from 'node:crypto';
import { AUDIT_CHAIN_DEV_KEY } from '@jingtong/kit';
import { loadQueueEnv, QUEUE_TICKET_QR_DEV_KEY } from './env.js';

const secret = () => randomBytes(32).toString('base64');
const production = {
  NODE_ENV: 'production',
  CALLER_SIGNING_SECRET: secret(),
  PII_KEYS: `k1:${secret()}`,
  PII_INDEX_KEY: secret(),
  AUDIT_CHAIN_KEY: secret(),
  QUEUE_TICKET_QR_KEY: secret(),
};

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadQueueEnv(env);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('queue environment', () => {
  it('starts in production with its own QR key', () => {
    expect(problems(production)).toBe('');
  });

  it('refuses the published QR key in production, unset or set explicitly, and lists it with the others', () => {
    const { QUEUE_TICKET_QR_KEY: _unset, ...withoutQrKey } = production;
    expect(problems(withoutQrKey)).toMatch(/QUEUE_TICKET_QR_KEY/);
    expect(problems({ ...production, QUEUE_TICKET_QR_KEY: QUEUE_TICKET_QR_DEV_KEY })).toMatch(/QUEUE_TICKET_QR_KEY/);
    expect(problems({ ...production, QUEUE_TICKET_QR_KEY: 'dev-only-some-other-key-0123456789abcdef' })).toMatch(/QUEUE_TICKET_QR_KEY/);
    const listed = problems({ NODE_ENV: 'production', AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY });
    for (const name of ['CALLER_SIGNING_SECRET', 'PII_KEYS', 'AUDIT_CHAIN_KEY', 'QUEUE_TICKET_QR_KEY']) expect({ name, listed: listed.includes(name) }).toEqual({ name, listed: true });
  });

  it('keeps the development key outside production, and reads the rules’ numbers', () => {
    const env = loadQueueEnv({ NODE_ENV: 'test', QUEUE_NO_SHOW_LIMIT: '4', QUEUE_CANCEL_BEFORE_MINUTES: '60' });
    expect(env.QUEUE_TICKET_QR_KEY).toBe(QUEUE_TICKET_QR_DEV_KEY);
    expect([env.QUEUE_NO_SHOW_LIMIT, env.QUEUE_NO_SHOW_WINDOW_DAYS, env.QUEUE_BAR_DAYS, env.QUEUE_CANCEL_BEFORE_MINUTES, env.QUEUE_BOOKING_MAX_DAYS]).toEqual([4, 90, 30, 60, 5]);
    expect(problems({ NODE_ENV: 'test', QUEUE_ONLINE_SHARE_PERCENT: '101' })).toMatch(/QUEUE_ONLINE_SHARE_PERCENT/);
  });
});
