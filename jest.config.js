// One Jest run for the whole repo: ESM + SWC (decorator metadata for type-graphql).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testPathIgnorePatterns: ['/node_modules/', '/\\.next/', '<rootDir>/.build/'],
  // Compiled services (npm run build:services) hold copies of every package.json.
  modulePathIgnorePatterns: ['<rootDir>/.build/'],
  rootDir: import.meta.dirname,
  // Bounded, but generous: PGlite starts and migrations take seconds when the 2-core box is busy.
  testTimeout: 30_000,
};

export default {
  // Also at the top: with projects, Jest reads the default timeout of tests and hooks from the global config.
  testTimeout: 30_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{legacy,gateway}/src/**/*.test.ts', '<rootDir>/legacy-clients/src/**/*.test.ts', '<rootDir>/subgraphs/*/src/**/*.test.ts'],
    },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...base, displayName: 'hostile', testMatch: ['<rootDir>/test/hostile/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
