import { swcJestTransform } from './jest.swc.js';

/** Integration specs over HTTP against a real database (SQLite, or MySQL when DATABASE_URL is set). */
export default {
  rootDir: '.',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^#src/(.*)\\.js$': '<rootDir>/src/$1', '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: swcJestTransform,
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
};
