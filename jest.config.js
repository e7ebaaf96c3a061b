/** Unit, contract and API tests run in Node; TypeScript is stripped by swc (type-check with `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/tests/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
  },
  moduleNameMapper: {
    '^@core/(.*)$': '<rootDir>/src/core/$1',
    '^@server/(.*)$': '<rootDir>/src/server/$1',
  },
  testTimeout: 30000,
  // Jest's default leaves one core to itself; on a 2-core machine that is one worker and twice the time.
  maxWorkers: '100%',
}
