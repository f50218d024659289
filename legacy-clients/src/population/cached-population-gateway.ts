import { CachedBatch, type CacheStore, type FieldCipher } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import type { Person, PopulationGateway } from './population-gateway.js';

export interface PopulationCacheTtls {
  personsMs: number;
  staleMs: number;
}

/** Persons change rarely: ten minutes fresh, a day as a stale fallback. */
const DEFAULT_TTLS: PopulationCacheTtls = { personsMs: 10 * 60_000, staleMs: 24 * 60 * 60_000 };

/** Cache (sealed values, digested keys) in front of the population system. */
export class CachedPopulationGateway implements PopulationGateway {
  private readonly persons: CachedBatch<string, Person | null, CallContext>;

  constructor(inner: PopulationGateway, store: CacheStore, cipher: FieldCipher, ttl: PopulationCacheTtls = DEFAULT_TTLS) {
    this.persons = new CachedBatch(
      store,
      {
        name: 'population.person',
        version: 1,
        ttlMs: ttl.personsMs,
        staleMs: ttl.staleMs,
        protect: { digestKey: (k) => cipher.blindIndex(k, 'cache'), seal: (t) => cipher.encrypt(t), open: (t) => cipher.decrypt(t) },
      },
      async (keys, ctx) => {
        const found = await inner.findPersons(keys, ctx);
        return new Map(keys.map((k) => [k, found.get(k) ?? null]));
      },
    );
  }

  async findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>> {
    const { values, stale } = await this.persons.load(idNumbers, ctx);
    if (stale) ctx.markStale?.('population.person');
    const out = new Map<string, Person>();
    for (const [k, v] of values) if (v) out.set(k, v);
    return out;
  }
}
