import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit tests as Stryker runs them for each mutant (stryker.config.mjs). Vitest gives each test file a
// fresh worker and loads its modules anew, which was most of a mutant's time; here the test files of one
// mutant share a worker and the modules they load ("shared"). Each mutant still gets a new worker, so
// module-level code runs anew for every mutant. Test files that mock modules, stub globals or run in a DOM
// would leak those into the next file, so they keep a worker each ("isolated"). docs/mutation-testing.md.
const roots = ['.', 'core', 'content', 'background', 'utils', 'components', 'extension-document', 'pages', 'bench', 'scripts'];
const testFiles = roots.flatMap((root) =>
  readdirSync(root, { recursive: root !== '.' })
    .map((f) => path.join(root, String(f)).replace(/\\/g, '/'))
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.includes('node_modules')),
);
const leaky = /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv)\b/;
// A DOM environment's document outlives a test file in a shared worker (a test of content/ found another
// file's 33 mentions in its page), so every test file with a DOM keeps its own worker too.
const dom = /@vitest-environment\s+(happy-dom|jsdom)/;
const isolated = testFiles.filter((f) => {
  const text = readFileSync(f, 'utf8');
  return leaky.test(text) || dom.test(text);
});
const shared = testFiles.filter((f) => !isolated.includes(f));

export default mergeConfig(
  base,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: 'shared', pool: 'threads', isolate: false, exclude: [...configDefaults.exclude, ...isolated] } },
        { extends: true, test: { name: 'isolated', pool: 'threads', isolate: true, exclude: [...configDefaults.exclude, ...shared] } },
      ],
    },
  }),
);
