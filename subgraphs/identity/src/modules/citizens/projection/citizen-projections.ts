import type { CacheCounts, CacheStore, FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import { vehicleBindingsOf } from '../bindings/bindings.repository.js';
import { findCitizensByIds } from '../store/citizens.repository.js';
import { type CitizenProjection, openProjection, sealProjection } from './citizen-projection.js';
import type { ProjectionVersions } from './projection-versions.js';

/** A projection is never stale while invalidations succeed; the lifetime bounds the harm of one that failed. */
export const PROJECTION_TTL_MS = 10 * 60_000;
const CACHE_NAME = 'identity.citizenProjection';
/** Bump when the sealed shape changes: entries of the old shape are simply never read again. */
const SHAPE_VERSION = 1;

/**
 * Citizens' projections (row + bound plates), read through the subgraph's cache store so that a warm
 * look-up costs no database read and one decryption. Keys carry the citizen's current version (see
 * `ProjectionVersions`): every write that changes what a projection holds calls `invalidate` or
 * `refresh` once it has committed, and from then on no replica reads what was stored before.
 */
export class CitizenProjections {
  private readonly counts?: CacheCounts;

  constructor(
    private readonly db: Kysely<IdentityDatabase>,
    private readonly cipher: FieldCipher,
    private readonly cache: CacheStore,
    private readonly versions: ProjectionVersions,
  ) {
    this.counts = cache.metrics?.cache.forCache(CACHE_NAME);
  }

  private key(citizenId: string, version: string) {
    return `${CACHE_NAME}:v${SHAPE_VERSION}:${citizenId}:${version}`;
  }

  /** By citizen id; a retired record's id (merged into another) answers with the survivor's projection. */
  async load(ids: readonly string[]): Promise<Map<string, CitizenProjection>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, CitizenProjection>();
    // Versions are read (or, for a citizen without one, set) before the rows: a projection is only
    // stored under a version that was current before its rows were read, so a change committed meanwhile
    // has bumped it. Version store unavailable: no caching, the rows answer.
    const versions: (string | undefined)[] | null = await this.versions.current(unique).catch(() => null);
    if (versions) {
      const keyed = unique.flatMap((id, i) => {
        const version = versions[i];
        return version ? [{ id, key: this.key(id, version) }] : [];
      });
      const raw = keyed.length ? await this.cache.mget(keyed.map((k) => k.key)).catch(() => []) : [];
      keyed.forEach(({ id }, i) => {
        const sealed = raw[i];
        const projection = sealed === undefined ? undefined : openProjection(this.cipher, id, sealed);
        if (projection) out.set(id, projection);
      });
    }
    if (out.size) this.counts?.hits.inc(out.size);
    const missing = unique.filter((id) => !out.has(id));
    if (missing.length === 0) return out;
    this.counts?.misses.inc(missing.length);

    const storeUnder = new Map<string, string>();
    if (versions) {
      await Promise.all(
        missing.map(async (id) => {
          const version = versions[unique.indexOf(id)] ?? (await this.versions.bump(id).catch(() => undefined));
          if (version) storeUnder.set(id, version);
        }),
      );
    }
    const read = await readProjections(this.db, this.cipher, missing);
    await Promise.all(
      missing.map(async (id) => {
        const projection = read.get(id);
        if (!projection) return;
        out.set(id, projection);
        const version = storeUnder.get(id);
        // A retired id is rare (a token from before a merge): not cached, the survivor's own id is.
        if (version && projection.citizen.id === id) await this.store(id, version, projection);
      }),
    );
    return out;
  }

  /** After a committed change to these citizens' rows or bindings. Throws when the change cannot be announced. */
  async invalidate(citizenIds: readonly string[]): Promise<void> {
    await Promise.all([...new Set(citizenIds)].map((id) => this.versions.bump(id)));
  }

  /** `invalidate`, then store the projection as it is now: after a binding write the next look-up is a hit. */
  async refresh(citizenId: string): Promise<void> {
    const version = await this.versions.bump(citizenId);
    try {
      const projection = (await readProjections(this.db, this.cipher, [citizenId])).get(citizenId);
      if (projection?.citizen.id === citizenId) await this.store(citizenId, version, projection);
    } catch {
      // Only the warm-up failed: the change is announced, the next look-up reads through.
    }
  }

  private async store(citizenId: string, version: string, projection: CitizenProjection) {
    await this.cache.set(this.key(citizenId, version), sealProjection(this.cipher, projection), PROJECTION_TTL_MS).catch(() => undefined);
  }
}

/** The rows behind projections: citizens (following merges), then their plates, one query each. */
async function readProjections(db: Kysely<IdentityDatabase>, cipher: FieldCipher, ids: readonly string[]): Promise<Map<string, CitizenProjection>> {
  const citizens = await findCitizensByIds(db, cipher, ids);
  const plates = await vehicleBindingsOf(db, cipher, [...new Set([...citizens.values()].map((c) => c.id))]);
  return new Map(
    [...citizens].map(([asked, citizen]) => [asked, { citizen, boundPlates: (plates.get(citizen.id) ?? []).map((b) => b.plate) }]),
  );
}
