import { randomBytes } from 'node:crypto';
import type { CacheStore } from '@jingtong/kit';

/** Longer than any projection lives; a version that expires or is evicted only costs one miss. */
const VERSION_TTL_MS = 24 * 3_600_000;

/**
 * Random, not a counter: a counter that expires or is evicted starts again at 1 and would make old
 * projections readable again; a random version never comes back.
 */
const newVersion = () => randomBytes(12).toString('base64url');

/**
 * The current version of each citizen's projection, part of its cache key. Kept where every replica
 * reads the same value at once (Redis with REDIS_URL, with no in-process tier in front, and failing
 * loudly rather than answering from this process alone), so that a change made by one replica is
 * seen by the next look-up on any other.
 */
export class ProjectionVersions {
  constructor(private readonly store: CacheStore) {}

  private key(citizenId: string) {
    return `citizen-projection:${citizenId}`;
  }

  /** Per id, in order; undefined for a citizen without one yet (nothing cached for them). */
  current(citizenIds: readonly string[]): Promise<(string | undefined)[]> {
    return this.store.mget(citizenIds.map((id) => this.key(id)));
  }

  /**
   * A fresh version: after a committed change, so that what any replica stored before is never read
   * again; and for a citizen without one, before their rows are read (a change committed meanwhile
   * replaces it in turn).
   */
  async bump(citizenId: string): Promise<string> {
    const version = newVersion();
    await this.store.set(this.key(citizenId), version, VERSION_TTL_MS);
    return version;
  }
}
