// ESM all the way: @actions/core 3 and @actions/github 9 ship only ESM.
const tsEsm = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testEnvironment: 'node'
}

export default {
  projects: [
    {
      ...tsEsm,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/fast-check-seed.ts', '<rootDir>/__tests__/support/yaml.ts']
    },
    {
      ...tsEsm,
      displayName: 'service',
      testMatch: ['<rootDir>/__tests__/service/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/yaml.ts']
    },
    {
      ...tsEsm,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/yaml.ts'],
      slowTestThreshold: 60
    }
  ]
}
