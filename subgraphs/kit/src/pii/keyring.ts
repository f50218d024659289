import { z } from 'zod';
import { devPiiKey, isDevelopmentMode, piiKeyIssues } from '../env/production-env.js';

export interface PiiKeyring {
  /** Key id used for new values; old ids stay readable (rotation). */
  currentKeyId: string;
  keys: Map<string, Buffer>;
  /** Key of the HMAC blind index; stable across rotations of the encryption key. */
  indexKey: Buffer;
}

const key32 = z
  .string()
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length === 32, 'must be 32 bytes, base64');

/**
 * `PII_KEYS="k2:<base64>,k1:<base64>"` (first is current), `PII_INDEX_KEY=<base64>`.
 * Without them (an explicit NODE_ENV=development or test only) keys are derived from a fixed phrase.
 */
export function keyringFromEnv(env: NodeJS.ProcessEnv = process.env): PiiKeyring {
  // Unset NODE_ENV is production: the derived keys are for an explicit development or test run only.
  const production = !isDevelopmentMode(env.NODE_ENV);
  if (!env.PII_KEYS || !env.PII_INDEX_KEY) {
    if (production) throw new Error('PII_KEYS and PII_INDEX_KEY are required in production');
    return { currentKeyId: 'dev1', keys: new Map([['dev1', devPiiKey('enc')]]), indexKey: devPiiKey('index') };
  }
  const published = production ? piiKeyIssues({ ...env, NODE_ENV: 'production' }) : [];
  if (published.length) throw new Error(published.map((i) => `${i.path}: ${i.message}`).join('; '));
  const entries = env.PII_KEYS.split(',').map((pair) => {
    const [id, value] = pair.split(':');
    if (!id || !value) throw new Error('PII_KEYS must be "id:base64,id:base64"');
    return [id.trim(), key32.parse(value.trim())] as const;
  });
  return { currentKeyId: entries[0][0], keys: new Map(entries), indexKey: key32.parse(env.PII_INDEX_KEY) };
}
