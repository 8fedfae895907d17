export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  reporters: ['default', '<rootDir>/__tests__/support/closing-line-reporter.cjs'],
  testTimeout: 60000,
  // Most end-to-end suites wait on simulated Glue runs rather than compute: run three files at once on 2 cores.
  maxWorkers: 3
}
