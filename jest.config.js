// Tests run TypeScript through ts-jest in transpile-only mode (tsconfig: isolatedModules);
// `npm test` type-checks the whole tree with tsc first, so nothing is lost.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.cjs',
  reporters: ['default', '<rootDir>/devkit/jest-summary-reporter.cjs'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'platform',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/platform/**/*.test.ts', '<rootDir>/test/fakes/**/*.test.ts', '<rootDir>/test/devkit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      displayName: 'sidebar',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/test/sidebar/**/*.test.tsx'],
    },
  ],
};
