import { createHash } from 'node:crypto';
import { z } from 'zod';

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
 * Without them (development and tests only) keys are derived from a fixed phrase.
 */
export function keyringFromEnv(env: NodeJS.ProcessEnv = process.env): PiiKeyring {
  if (!env.PII_KEYS || !env.PII_INDEX_KEY) {
    if (env.NODE_ENV === 'production') throw new Error('PII_KEYS and PII_INDEX_KEY are required in production');
    const dev = (label: string) => createHash('sha256').update(`jingtong-dev-only:${label}`).digest();
    return { currentKeyId: 'dev1', keys: new Map([['dev1', dev('enc')]]), indexKey: dev('index') };
  }
  const entries = env.PII_KEYS.split(',').map((pair) => {
    const [id, value] = pair.split(':');
    if (!id || !value) throw new Error('PII_KEYS must be "id:base64,id:base64"');
    return [id.trim(), key32.parse(value.trim())] as const;
  });
  return { currentKeyId: entries[0][0], keys: new Map(entries), indexKey: key32.parse(env.PII_INDEX_KEY) };
}
