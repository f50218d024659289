import { CachedBatch, type CacheStore, type FieldCipher } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import type { FinePayment, TrafficGateway, Vehicle, Violation } from './traffic-gateway.js';

export interface TrafficCacheTtls {
  vehiclesMs: number;
  violationsMs: number;
  staleMs: number;
}

const VIOLATIONS_CACHE = { name: 'traffic.violationsByPlate', version: 1 } as const;

/**
 * Cache in front of the platform for the per-request look-ups (by plate); personal keys digested and values
 * sealed. Owner and licence look-ups pass through: they back rare, deliberate checks that must see the platform.
 * A fine payment is a write: it goes straight through, then drops the plate's cached violations.
 */
export class CachedTrafficGateway implements TrafficGateway {
  private readonly byPlate: CachedBatch<string, Vehicle | null, CallContext>;
  private readonly violations: CachedBatch<string, Violation[], CallContext>;
  private readonly digestKey: (key: string) => string;

  constructor(
    private readonly inner: TrafficGateway,
    private readonly store: CacheStore,
    cipher: FieldCipher,
    ttl: TrafficCacheTtls,
  ) {
    const protect = { digestKey: (k: string) => cipher.blindIndex(k, 'cache'), seal: (t: string) => cipher.encrypt(t), open: (t: string) => cipher.decrypt(t) };
    this.digestKey = protect.digestKey;
    this.byPlate = new CachedBatch(
      store,
      { name: 'traffic.vehicleByPlate', version: 1, ttlMs: ttl.vehiclesMs, staleMs: ttl.staleMs, protect },
      async (keys, ctx) => {
        const found = await inner.vehiclesByPlates(keys, ctx);
        return new Map(keys.map((k) => [k, found.get(k) ?? null]));
      },
    );
    this.violations = new CachedBatch(
      store,
      { ...VIOLATIONS_CACHE, ttlMs: ttl.violationsMs, staleMs: ttl.staleMs, protect },
      (keys, ctx) => inner.violationsByPlates(keys, ctx),
    );
  }

  vehiclesByOwner(idNumber: string, ctx: CallContext) {
    return this.inner.vehiclesByOwner(idNumber, ctx);
  }

  async vehiclesByPlates(plates: readonly string[], ctx: CallContext) {
    const { values, stale } = await this.byPlate.load(plates, ctx);
    if (stale) ctx.markStale?.('traffic.vehicleByPlate');
    const out = new Map<string, Vehicle>();
    for (const [k, v] of values) if (v) out.set(k, v);
    return out;
  }

  async violationsByPlates(plates: readonly string[], ctx: CallContext) {
    const { values, stale } = await this.violations.load(plates, ctx);
    if (stale) ctx.markStale?.('traffic.violationsByPlate');
    return values;
  }

  drivingLicence(idNumber: string, ctx: CallContext) {
    return this.inner.drivingLicence(idNumber, ctx);
  }

  async payViolationFine(payment: FinePayment, ctx: CallContext) {
    const receipt = await this.inner.payViolationFine(payment, ctx);
    // The cached list still says PROCESSED. A failed delete must not undo a recorded payment: the copy then
    // lives out its (short) TTL, and the tiered store already tolerates Redis missing it.
    await this.store.del([this.violationsKey(receipt.plate)]).catch(() => undefined);
    return receipt;
  }

  /** CachedBatch's key for a plate (`<name>:v<version>:<digest>`); the cached gateway's test keeps the two in step. */
  private violationsKey(plate: string): string {
    return `${VIOLATIONS_CACHE.name}:v${VIOLATIONS_CACHE.version}:${this.digestKey(plate)}`;
  }
}
