// Tests run TypeScript through ts-jest in transpile-only mode (tsconfig: isolatedModules);
// `npm test` type-checks the whole tree with tsc first, so nothing is lost.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.cjs',
  reporters: ['default', '<rootDir>/devkit/jest-summary-reporter.cjs'],
  // Integration tests advance a manual clock through hours of schedules: CPU-bound work that a loaded 2-core
  // machine can take well over jest's default 5 s for. A hang still fails.
  testTimeout: 20_000,
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
      // Components against a fake SidebarPort; view models and contracts are plain .test.ts files here too.
      testMatch: ['<rootDir>/test/sidebar/**/*.test.tsx', '<rootDir>/test/sidebar/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/sidebar/support/setup.ts'],
      // Crayons ships ES modules built for browsers (Stencil custom elements); jsdom tests use stand-ins with the
      // same props and events. The real components are proven in chromium by the 'browser' project.
      moduleNameMapper: { '^@freshworks/crayons/react/.*$': '<rootDir>/test/sidebar/support/crayons-stub.tsx' },
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      // The built sidebar in Debian's headless chromium against the local platform page (needs /usr/bin/chromium).
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
