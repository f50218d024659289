/**
 * Opaque codes, tokens and message ids. Random by default; with a seed they are an HMAC of the
 * seed and a counter, so a recording of the same calls gives the same files (the counter is
 * not reset by reset(), so a code is never issued twice by one server).
 */
import { createHmac, randomBytes } from 'node:crypto';

export class TokenSource {
  private counter = 0;

  constructor(private readonly seed?: string) {}

  /** `bytes` bytes as lower-case hex. */
  hex(bytes: number): string {
    return this.bytes(bytes).toString('hex');
  }

  /** Letters and digits only, as WeChat codes are. */
  alphanumeric(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    return [...this.bytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
  }

  private bytes(count: number): Buffer {
    if (this.seed === undefined) return randomBytes(count);
    const out: Buffer[] = [];
    let length = 0;
    const n = ++this.counter;
    for (let block = 0; length < count; block++) {
      const chunk = createHmac('sha256', this.seed).update(`${n}:${block}`).digest();
      out.push(chunk);
      length += chunk.length;
    }
    return Buffer.concat(out).subarray(0, count);
  }
}

/** A deterministic digest of a stand-in value (user ids, network identities): same input, same output. */
export function standInDigest(purpose: string, value: string): Buffer {
  return createHmac('sha256', `jingtong-legacy-stand-in:${purpose}`).update(value).digest();
}

/** Expiring one-use or reusable grants keyed by an opaque string. */
export class ExpiringStore<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  put(key: string, value: T, ttlSeconds: number): void {
    this.prune();
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
  }

  /** The live value, or undefined if unknown or expired. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Single use: the value once, then gone. */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.entries.delete(key);
    return value;
  }

  /** Whether the key was issued and is now expired (a distinction some platforms report). */
  isExpired(key: string): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.expiresAt <= this.now();
  }

  clear(): void {
    this.entries.clear();
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
