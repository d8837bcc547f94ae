import { swcJestTransform } from './jest.swc.js';

/** Unit specs next to the source (`*.spec.ts`). */
export default {
  rootDir: 'src',
  testRegex: '\\.spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^#src/(.*)\\.js$': '<rootDir>/$1', '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: swcJestTransform,
  testEnvironment: 'node',
};
