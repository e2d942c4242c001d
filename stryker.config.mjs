// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS 9 with its vitest runner and
// the TypeScript checker. Scope and the reason for each exclusion: docs/mutation-testing.md.
// Runs go a chunk (a folder) at a time, each with its own incremental file: `npm run mutation -- core/cite`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Recorded with each run in docs/mutation/runs.jsonl: the pace is read per set-up (how vitest runs). */
export const SETUP = 'shared-worker';

/** What is mutated: core/ and the logic of content/, background/ and utils/. Each exclusion says why. */
export const scope = [
  'core/**/*.ts',
  'content/**/*.ts',
  'background/**/*.ts',
  'utils/**/*.ts',
  '!**/*.test.ts',
  '!**/test-support/**',
  // Test data builder, used only by tests.
  '!core/pack/test-pack.ts',
  // Wiring of the content script to the page, the browser's messaging and storage (e2e/ drives it).
  '!content/controller.ts',
  '!content/lifecycle.ts',
  '!content/content-app.ts',
  '!content/content-messages.ts',
  '!content/page-plan.ts',
  '!content/settings-sync.ts',
  '!content/url-watch.ts',
  // A handle for the benchmark; no logic of its own.
  '!content/bench-hook.ts',
  // The card's DOM, styles and event routing: views and wiring, checked in real browsers (e2e/card*).
  '!content/card/attach-cards.ts',
  '!content/card/card-actions.ts',
  '!content/card/card-controller.ts',
  '!content/card/card-host.ts',
  '!content/card/card-position.ts',
  '!content/card/card-render.ts',
  '!content/card/card-shell.ts',
  '!content/card/card-styles.ts',
  '!content/card/mute-toast.ts',
  '!content/card/register-card-ui.ts',
  // Types only.
  '!content/card/current-card.ts',
  // Thin calls to extension APIs (context menus, scripting, ports, storage, action, i18n, messaging) with no
  // decision of their own; the e2e suite drives them in both browsers.
  '!background/add-source-menu.ts',
  '!background/bench-handles.ts',
  '!background/clipboard-relay.ts',
  '!background/registration.ts',
  '!background/serialize-tab.ts',
  '!background/tab-store.ts',
  '!background/toolbar-icon.ts',
  '!background/settings/store.ts',
  '!background/sources/store.ts',
  '!utils/i18n.ts',
  '!utils/messaging.ts',
  '!utils/settings-store.ts',
];

// Stryker runs the tests in a sandbox copy (.stryker-tmp/sandbox-*), from where ../shared is not beside the
// checkout: without this, every test that needs it (the citeproc differential test, the corpus tests) is
// skipped under mutation and the mutants only they kill survive. The sandbox's workers inherit the variable.
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../shared');
if (!process.env.SHARED_DIR && existsSync(shared)) process.env.SHARED_DIR = `${shared}/`;

/** A chunk run (scripts/mutation.mjs) names its files, its incremental file and its reports; a sample run
 * (`--sample`) names its sites' locations and the plan its ignorer reads (scripts/mutation-sample*.mjs). */
const chunk = process.env.MUTATION_CHUNK;
const files = process.env.MUTATION_FILES;
const sample = process.env.MUTATION_SAMPLE;
const reportName = sample ? 'sample' : (chunk ?? 'mutation');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // vitest.mutation.config.ts: the unit tests with one worker for all of a mutant's test files (docs, pace);
  // MUTATION_VITEST_CONFIG=vitest.config.ts runs them as before, a fresh worker per test file.
  vitest: { configFile: process.env.MUTATION_VITEST_CONFIG ?? 'vitest.mutation.config.ts', related: true },
  // The TypeScript checker (STRYKER_TSC=1) drops mutants that do not compile before any test runs; here it
  // cost about 8 times the test runner's CPU, so it is off by default (docs/mutation-testing.md, pace).
  checkers: process.env.STRYKER_TSC === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  mutate: files ? files.split(',') : scope,
  ...(sample ? { plugins: ['@stryker-mutator/*', './scripts/mutation-sample-ignorer.mjs'], ignorers: ['sample'] } : {}),
  // One incremental file per chunk, committed: Stryker writes only the files of the current run into it,
  // so a run with another `mutate` would drop every other chunk's results from a shared file.
  incremental: true,
  incrementalFile: chunk && !sample ? `docs/mutation/incremental/${chunk}.json` : `reports/mutation/${reportName}-incremental.json`,
  // One test runner: the machines are 2-core and shared.
  concurrency: 1,
  timeoutMS: 20_000,
  // The first test run of a sample (or a large chunk) runs most of the suite: over 5 minutes at load 15.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'json', 'html', 'progress-append-only'],
  clearTextReporter: { reportMutants: true, reportTests: false, logTests: false },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
