// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS 9 with its vitest runner and
// the TypeScript checker. Scope and the reason for each exclusion: docs/mutation-testing.md.
// Narrow a run to one folder: `npm run mutation -- --mutate 'core/cite/**/*.ts'` (keeps the exclusions below).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  // The TypeScript checker drops mutants that do not compile before any test runs; it costs a type check
  // per mutant, so STRYKER_TSC=0 turns it off for a quicker look (docs/mutation-testing.md has timings).
  checkers: process.env.STRYKER_TSC === '0' ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  mutate: [
    'core/**/*.ts',
    'content/**/*.ts',
    'utils/**/*.ts',
    '!**/*.test.ts',
    '!**/test-support/**',
    // Test data builder, used only by tests.
    '!core/pack/test-pack.ts',
    // DOM and extension-API wiring, covered by the e2e suite in real browsers (docs/mutation-testing.md).
    '!content/controller.ts',
    '!content/lifecycle.ts',
    '!content/bench-hook.ts',
    '!content/highlighter.ts',
    '!content/card/card-controller.ts',
    '!content/card/attach-cards.ts',
    '!content/card/card-styles.ts',
    '!utils/clipboard-relay.ts',
    '!utils/i18n.ts',
    '!utils/messaging.ts',
    '!utils/packs.ts',
    '!utils/registration.ts',
    '!utils/settings-store.ts',
    '!utils/tab-store.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'json', 'html', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
