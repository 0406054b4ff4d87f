// Two projects: `unit` runs the wasm module and the pure panel functions in
// Node; `browser` drives Debian's Chromium through playwright-core.
// Sources are native ES modules: run with node --experimental-vm-modules
// (scripts/test.js does), no transform.
export default {
  // A browser test loads whole pages (the single file is 0.5 MB).
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/js/**/*.test.js'],
      transform: {},
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/browser/**/*.test.js'],
      transform: {},
    },
  ],
};
