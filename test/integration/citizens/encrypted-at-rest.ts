import type { Stack } from '../../kit/stack.js';
import { Q } from '../citizens.support.js';
import { plaintextAtRest } from '../plaintext-at-rest.js';
import type { CitizensPart } from './citizens-world.js';

/** Last on the stack: everything the parts before wrote is there to be looked for. */
export const encryptedAtRest: CitizensPart = {
  title: 'personal data at rest',
  define(world) {
    let stack: Stack;
    beforeAll(() => {
      ({ stack } = world);
    });

    it('keeps personal data encrypted at rest: no value of any encrypted column, nor a citizen’s data, in clear in any subgraph’s tables or caches', async () => {
      // Everything above ran on this stack; add a citizen with bindings to be sure plates are there too.
      const token = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
      expect((await stack.graphql(Q.myBindings, {}, token)).body.data.myBindings.vehicles.length).toBeGreaterThan(0);
      await stack.drainJobs();

      const report = await plaintextAtRest(stack, world.written.keys());
      // Nothing in clear (in one look, so a failure shows every kind of leak at once)…
      expect({ notEncrypted: report.notEncrypted, tables: report.leaks, caches: report.cacheLeaks }).toEqual({ notEncrypted: [], tables: [], caches: [] });

      // …of what was searched for: every encrypted column the run filled, each value the tests wrote, the people behind the citizens.
      const sources = new Set([...report.plaintexts.values()].map((where) => where.split('.').slice(0, 2).join('.')));
      for (const t of ['identity.citizens', 'identity.channel_accounts', 'identity.licence_bindings', 'identity.officers', 'identity.units', 'identity.audit_log']) expect(sources).toContain(t);
      expect([...world.written.values()].sort()).toEqual(expect.arrayContaining(['duty phone', 'licence file number', 'phone', 'reveal note']));
      for (const value of world.written.keys()) expect(report.secrets).toContain(value);
      expect(report.persons.length).toBeGreaterThan(5);
      expect(report.fromCaches.length).toBeGreaterThan(0);

      // …where it was searched: every table of every subgraph, every in-process store and every Redis key of the stack.
      for (const t of ['citizens', 'channel_accounts', 'vehicle_bindings', 'licence_bindings', 'fugitive_alerts', 'units', 'officers', 'jobs', 'audit_log']) expect(report.tables).toContain(`identity.${t}`);
      expect([...report.tables].some((t) => t.startsWith('traffic.'))).toBe(true);
      expect(report.scanned).toBeGreaterThan(50);
      // The cache tiers, and the SMS code store (in-process, or Redis with its in-process fallback).
      expect([...report.cache.holders]).toEqual(expect.arrayContaining(['MemoryStore', 'MemoryShortLivedStore']));
      if (world.mode === 'servers') expect(report.cache.redisKeys).toBeGreaterThan(0);
    });
  },
};
