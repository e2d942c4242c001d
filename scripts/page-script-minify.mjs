// A second minifier pass over the scripts injected into pages (the content script and the card UI): terser,
// after the bundler's own minifier, takes off what that leaves, and shortens the names of private class
// members that nothing outside their class can reach (decision 003).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

/** Options for terser; `ascii_only` also keeps V8's copy of the source one byte a character. */
export const TERSER_OPTIONS = {
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, pure_funcs: ['Object.freeze', 'Object.values'] },
  format: { ascii_only: true },
};

const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', '.stryker-tmp', 'reports', 'public', 'docs']);
/** A private member's declaration, up to its name. */
const PRIVATE = /\bprivate\s+(?:static\s+)?(?:readonly\s+)?(?:async\s+)?(?:get\s+|set\s+)?/;
/** Words the declaration pattern can catch that are never member names to shorten. */
const NEVER = ['constructor', 'prototype', 'static', 'readonly', 'async', 'get', 'set'];
const declaredPrivate = (name) => new RegExp(`${PRIVATE.source}${name}\\b`);

function sourceFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) sourceFiles(path.join(dir, entry.name), out);
    } else if (SOURCE.test(entry.name)) out.push(path.join(dir, entry.name));
  }
  return out;
}

/**
 * Names of TypeScript `private` members that appear in no source file other than ones declaring them private
 * (unit tests aside: they run on the sources, not the bundle). The e2e tests and the benchmark read the
 * built scripts, so a name they use is never in the list; nor is one used by another bundle or a message.
 */
export function privateMemberNames(root) {
  const files = sourceFiles(root).map((f) => ({ f: path.relative(root, f), text: readFileSync(f, 'utf8') }));
  const names = new Set();
  for (const { text } of files) for (const m of text.matchAll(new RegExp(`${PRIVATE.source}([A-Za-z_]\\w*)`, 'g'))) names.add(m[1]);
  for (const word of NEVER) names.delete(word);
  const unitTest = (f) => /\.test\.tsx?$/.test(f) && !f.startsWith(`e2e${path.sep}`);
  return [...names].filter((name) => {
    const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
    return files.every(({ f, text }) => unitTest(f) || !word.test(text) || declaredPrivate(name).test(text));
  }).sort();
}

/** A Vite plugin that runs terser over the named output files once they are written in memory. */
export function pageScriptMinify(files, root = process.cwd()) {
  let names = null;
  return {
    name: 'context-cards:page-script-minify',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !files.includes(chunk.fileName)) continue;
        names ??= privateMemberNames(root);
        const properties = names.length ? { regex: new RegExp(`^(?:${names.join('|')})$`), keep_quoted: true } : false;
        // A source-mapped build (bench/size.mjs) keeps its map: terser maps back through the bundler's.
        const map = chunk.map ? { content: chunk.map, asObject: true } : false;
        const out = await minify(chunk.code, { ...TERSER_OPTIONS, mangle: { properties }, sourceMap: map });
        chunk.code = out.code;
        if (map && out.map) Object.assign(chunk.map, out.map);
      }
    },
  };
}
