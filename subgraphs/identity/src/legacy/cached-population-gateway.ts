import { CachedBatch, type CacheStore, type FieldCipher } from '@jingtong/kit';
import type { CallContext, Person, PopulationGateway } from './population-gateway.js';

const TEN_MINUTES = 10 * 60_000;

/** Persons change rarely: cache them (sealed, with digested keys) in front of the SOAP gateway. */
export class CachedPopulationGateway implements PopulationGateway {
  private readonly persons: CachedBatch<string, Person | null, CallContext>;

  constructor(private readonly inner: PopulationGateway, store: CacheStore, cipher: FieldCipher) {
    this.persons = new CachedBatch(
      store,
      {
        name: 'population.person',
        version: 1,
        ttlMs: TEN_MINUTES,
        staleMs: 24 * 60 * 60_000,
        protect: { digestKey: (k) => cipher.blindIndex(k, 'cache'), seal: (t) => cipher.encrypt(t), open: (t) => cipher.decrypt(t) },
      },
      async (keys, ctx) => {
        const found = await this.inner.findPersons(keys, ctx);
        return new Map(keys.map((k) => [k, found.get(k) ?? null]));
      },
    );
  }

  async findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>> {
    const { values } = await this.persons.load(idNumbers, ctx);
    const out = new Map<string, Person>();
    for (const [k, v] of values) if (v) out.set(k, v);
    return out;
  }

  countSameName(name: string, ctx: CallContext): Promise<number> {
    return this.inner.countSameName(name, ctx);
  }
}
