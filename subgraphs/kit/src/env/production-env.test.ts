import { z } from 'zod';
import { devPiiKey, DEV_CALLER_SIGNING_SECRET, assertProductionSafe, refuseDevelopmentSecrets } from './production-env.js';
import { commonEnv, EnvError, loadEnv } from './load-env.js';
import { keyringFromEnv } from '../pii/keyring.js';

const key = (b: number) => Buffer.alloc(32, b).toString('base64');
const schema = z.object({ ...commonEnv, SOME_PASSWORD: z.string().default('stand-in-password'), SIGNING_KEY: z.string().optional() }).superRefine(
  refuseDevelopmentSecrets({ required: ['SIGNING_KEY'], published: { SOME_PASSWORD: 'stand-in-password' } }),
);
const real = { CALLER_SIGNING_SECRET: 'a-real-caller-secret-0123456789-abcdef', PII_KEYS: `k1:${key(1)}`, PII_INDEX_KEY: key(2), SOME_PASSWORD: 'real', SIGNING_KEY: '{}' };

const problems = (source: NodeJS.ProcessEnv): string => {
  try {
    loadEnv(schema, source);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
};

describe('production defaults', () => {
  it('treats an unset NODE_ENV as production: every development secret is listed at once', () => {
    const message = problems({});
    for (const name of ['CALLER_SIGNING_SECRET', 'PII_KEYS', 'PII_INDEX_KEY', 'SOME_PASSWORD', 'SIGNING_KEY']) expect(message).toContain(name);
    expect(loadEnv(schema, real).NODE_ENV).toBe('production');
  });

  it('refuses the published development values, also when set explicitly', () => {
    const message = problems({
      ...real,
      NODE_ENV: 'production',
      CALLER_SIGNING_SECRET: DEV_CALLER_SIGNING_SECRET,
      PII_KEYS: `dev1:${devPiiKey('enc').toString('base64')}`,
      PII_INDEX_KEY: devPiiKey('index').toString('base64'),
      SOME_PASSWORD: 'stand-in-password',
    });
    for (const name of ['CALLER_SIGNING_SECRET', 'PII_KEYS', 'PII_INDEX_KEY', 'SOME_PASSWORD']) expect(message).toContain(name);
    expect(problems({ ...real, CALLER_SIGNING_SECRET: 'dev-only-but-long-enough-to-pass-length' })).toContain('CALLER_SIGNING_SECRET');
  });

  it('keeps the development defaults for an explicit development or test run', () => {
    expect(loadEnv(schema, { NODE_ENV: 'development' }).CALLER_SIGNING_SECRET).toBe(DEV_CALLER_SIGNING_SECRET);
    expect(loadEnv(schema, { NODE_ENV: 'test' }).NODE_ENV).toBe('test');
  });

  it('derives development PII keys only when development is asked for', () => {
    expect(() => keyringFromEnv({})).toThrow(/required in production/);
    expect(() => keyringFromEnv({ PII_KEYS: `dev1:${devPiiKey('enc').toString('base64')}`, PII_INDEX_KEY: devPiiKey('index').toString('base64') })).toThrow(/development key/);
    expect(keyringFromEnv({ NODE_ENV: 'development' }).currentKeyId).toBe('dev1');
  });

  it('stops a subgraph whose schema forgot the refinement', () => {
    expect(() => assertProductionSafe({ NODE_ENV: 'production', CALLER_SIGNING_SECRET: DEV_CALLER_SIGNING_SECRET })).toThrow(EnvError);
    expect(() => assertProductionSafe({ NODE_ENV: 'development', CALLER_SIGNING_SECRET: DEV_CALLER_SIGNING_SECRET })).not.toThrow();
  });
});
