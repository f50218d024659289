import { describeJobScenarios } from './job-scenarios.js';
import { pgliteStore } from './job-test-stores.js';

// Bounded, but generous: PGlite starts and migrations take seconds when the 2-core box is busy.
jest.setTimeout(30_000);

describe('durable jobs (PGlite, the embedded default)', () => {
  const store = pgliteStore();
  afterAll(() => store.closeAll());
  describeJobScenarios(store);
});
