/**
 * Tests of the built app: the H5 build in headless Chromium against a local host it starts
 * (tests/e2e), and the weapp build rendered in miniprogram-simulate (tests/weapp).
 * Build first: `npx taro build --type h5 && npx taro build --type weapp`.
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/weapp'],
  testMatch: ['**/*.e2e.ts', '**/*.smoke.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
  },
  // The weapp smoke test requires the built dist/ bundles as they are.
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@core/(.*)$': '<rootDir>/src/core/$1',
  },
  testTimeout: 180000,
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  // Each file drives its own host and a Chromium per user, and mostly waits on them: two files at a
  // time halve the suite on 2 cores (280 s to 145 s) now that no test races the app's own navigation.
  maxWorkers: 2,
}
