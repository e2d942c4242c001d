// The files in the mutation scope (stryker.config.mjs) and how many mutants each holds, counted with
// Stryker's own instrumenter (no test runs), so a chunk's progress reads against the whole scope.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import minimatchModule from 'minimatch';
import { folderOf } from './mutation-score.mjs';

// Stryker matches `mutate` with minimatch; whichever major version is installed (a function, or its export).
const minimatch = minimatchModule.minimatch ?? minimatchModule;

/** Files (tracked or new, not ignored) that the glob list takes in, in Stryker's way: later `!` patterns drop. */
export function filesIn(patterns, root) {
  const all = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return all.filter((file) => {
    let inside = false;
    for (const p of patterns) {
      if (p.startsWith('!')) {
        if (inside && minimatch(file, p.slice(1), { dot: true })) inside = false;
      } else if (!inside && minimatch(file, p, { dot: true })) inside = true;
    }
    return inside;
  });
}

/** The scope's files that a chunk names: a folder as scored (`core/cite`, or `content` for its top level
 * only), a file, or a glob. */
export function chunkFiles(chunk, scopeFiles) {
  const name = chunk.replace(/\/+$/, '');
  if (/[*?{]/.test(name)) return scopeFiles.filter((f) => minimatch(f, name, { dot: true }));
  return scopeFiles.filter((f) => f === name || folderOf(f) === name);
}

/** A chunk's name as a file name: `core/cite` -> `core-cite`. */
export function chunkSlug(chunk) {
  return chunk.replace(/\/+$/, '').replace(/\*+/g, 'x').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}

const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} };

/** Every mutant of the files, as Stryker would make them with its default mutators: file, location (lines and
 * columns from 0), mutator and replacement. */
export async function scopeMutants(files, root) {
  const instrumenter = new Instrumenter(quiet);
  const result = await instrumenter.instrument(
    files.map((name) => ({ name, content: readFileSync(`${root}/${name}`, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  return result.mutants.map(({ fileName, location, mutatorName, replacement }) => ({ fileName, location, mutatorName, replacement }));
}

/** Mutants per file. */
export async function mutantCounts(files, root) {
  const counts = new Map(files.map((f) => [f, 0]));
  for (const m of await scopeMutants(files, root)) counts.set(m.fileName, (counts.get(m.fileName) ?? 0) + 1);
  return counts;
}
