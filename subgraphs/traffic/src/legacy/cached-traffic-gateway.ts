import { CachedBatch, type CacheStore, type FieldCipher } from '@jingtong/kit';
import type { CallContext, TrafficGateway, Vehicle, Violation } from './traffic-gateway.js';

export interface TrafficCacheTtls {
  vehiclesMs: number;
  violationsMs: number;
  staleMs: number;
}

/** Cache in front of the platform: per owner, per plate; personal keys digested and values sealed. */
export class CachedTrafficGateway implements TrafficGateway {
  private readonly byOwner: CachedBatch<string, Vehicle[], CallContext>;
  private readonly byPlate: CachedBatch<string, Vehicle | null, CallContext>;
  private readonly violations: CachedBatch<string, Violation[], CallContext>;

  constructor(inner: TrafficGateway, store: CacheStore, cipher: FieldCipher, ttl: TrafficCacheTtls) {
    const protect = { digestKey: (k: string) => cipher.blindIndex(k, 'cache'), seal: (t: string) => cipher.encrypt(t), open: (t: string) => cipher.decrypt(t) };
    this.byOwner = new CachedBatch(
      store,
      { name: 'traffic.vehiclesByOwner', version: 1, ttlMs: ttl.vehiclesMs, staleMs: ttl.staleMs, protect },
      (keys, ctx) => inner.vehiclesByOwners(keys, ctx),
    );
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
      { name: 'traffic.violationsByPlate', version: 1, ttlMs: ttl.violationsMs, staleMs: ttl.staleMs, protect },
      (keys, ctx) => inner.violationsByPlates(keys, ctx),
    );
  }

  async vehiclesByOwners(idNumbers: readonly string[], ctx: CallContext) {
    const { values, stale } = await this.byOwner.load(idNumbers, ctx);
    if (stale) ctx.markStale?.('traffic.vehiclesByOwner');
    return values;
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
}
