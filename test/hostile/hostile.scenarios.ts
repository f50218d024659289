import { startStack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { HOSTILE_AREAS } from './areas/index.js';
import type { HostileWorld } from './hostile-world.js';

/**
 * The hostile suite: the running system attacked as an outsider, a partner, a citizen, an officer or an
 * operator would, one area per attack surface, all on one stack per storage path.
 */
export function describeHostile(mode: StorageMode) {
  describe(`hostile (${mode})`, () => {
    const world = { mode } as HostileWorld;
    beforeAll(async () => {
      world.stack = await startStack({ mode });
    }, 120_000);
    afterAll(async () => {
      await world.stack?.close();
    });

    it('has attack surfaces to try', () => {
      expect(HOSTILE_AREAS.length).toBeGreaterThan(0);
    });
    for (const area of HOSTILE_AREAS) describe(area.title, () => area.define(world));
  });
}
