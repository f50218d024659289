import type { Stack } from '../../kit/stack.js';
import { plaintextAtRest } from '../plaintext-at-rest.js';
import type { OfficersPart } from './officers-world.js';

/** Last on the stack: the officers the parts before created, reset and locked are there to be looked for. */
export const officersAtRest: OfficersPart = {
  title: 'officers’ data at rest',
  define(world) {
    let stack: Stack;
    beforeAll(() => {
      ({ stack } = world);
    });

    it('keeps officers’ names, phones and authenticator secrets encrypted at rest, in every table and cache', async () => {
      await stack.drainJobs();
      const report = await plaintextAtRest(stack, world.written.keys());
      expect({ notEncrypted: report.notEncrypted, tables: report.leaks, caches: report.cacheLeaks }).toEqual({ notEncrypted: [], tables: [], caches: [] });

      // What was searched for: the officers this run created (names, contact phones, TOTP secrets) and the demo ones.
      const officerColumns = new Set([...report.plaintexts.values()].filter((where) => where.startsWith('identity.officers.')));
      expect([...officerColumns].sort()).toEqual(expect.arrayContaining(['identity.officers.name_enc', 'identity.officers.phone_enc', 'identity.officers.totp_secret_enc']));
      expect([...world.written.values()].sort()).toEqual(expect.arrayContaining(['officer name', 'officer phone']));
      for (const value of world.written.keys()) expect(report.secrets).toContain(value);
      expect(report.tables).toContain('identity.officers');
      expect(report.tables).toContain('identity.jobs');
    });
  },
};
