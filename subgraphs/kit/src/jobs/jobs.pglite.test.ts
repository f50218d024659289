import { describeJobScenarios } from './job-scenarios.js';
import { pgliteStore } from './job-test-stores.js';


describe('durable jobs (PGlite, the embedded default)', () => {
  const store = pgliteStore();
  afterAll(() => store.closeAll());
  describeJobScenarios(store);
});
