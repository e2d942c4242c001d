// What a page gets injected before a card opens, gzipped, and where those bytes come from: the shipped
// files of the registration, and a source-mapped build of the same configuration (bench/wxt-sourcemap.config.ts)
// whose content script is attributed, byte by byte of minified code, to its modules.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './pages.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length / 1024;

/** What every page gets: the registered sentinel (background/registration.ts; the highlight styles are inserted per frame only where mentions show, background/highlight-styles.ts). */
export const INJECTED = ['sentinel.js'];
/** What a frame whose text passes the strong pre-check gets before a card opens: the sentinel, then the scanner (background/scanner-inject.ts). */
export const ON_TOPIC = ['sentinel.js', 'mentions.js'];

/** Every injected file gzipped on its own, and their sum, in KB (`list`: every page's by default). */
export function injectedGz(dir, list = INJECTED) {
  const files = list.map((f) => ({ file: f, kb: gz(readFileSync(path.join(dir, f))), rawKb: readFileSync(path.join(dir, f)).length / 1024 }));
  return { files, kb: files.reduce((a, f) => a + f.kb, 0) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's `mappings` into [generated line, column, source index] triples. */
export function decodeMappings(mappings) {
  const out = [];
  let source = 0;
  mappings.split(';').forEach((line, lineNo) => {
    let col = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0];
      if (values.length > 1) source += values[1];
      out.push([lineNo, col, values.length > 1 ? source : -1]);
    }
  });
  return out;
}

/** The group a module belongs to, for the report. */
function groupOf(source) {
  const s = source.replace(/\\/g, '/');
  if (s.includes('node_modules/preact')) return 'preact';
  if (s.includes('node_modules/webextension-polyfill')) return 'webextension-polyfill';
  if (s.includes('node_modules/valibot')) return 'valibot';
  if (s.includes('node_modules/')) return 'other libraries';
  if (/content\/card\/|components\//.test(s)) return 'card UI (content/card, components)';
  if (/core\/cite\//.test(s)) return 'citations (core/cite)';
  if (/core\/pack\//.test(s)) return 'pack (core/pack)';
  if (/core\/match\//.test(s)) return 'matcher (core/match)';
  if (/content\//.test(s)) return 'scanner and controller (content/)';
  if (/utils\//.test(s)) return 'utils (messaging, i18n, settings)';
  if (/core\//.test(s)) return 'core (other)';
  return 'other (wxt runtime, entry)';
}

/**
 * Builds the source-mapped copy (about 15 s) and attributes the content script's minified bytes to groups
 * of modules. Gzip does not add up by parts: each group's code is gzipped alone (`gzKb`), and also left out
 * of the whole (`withoutKb`: the gzipped script without that group's bytes), which is what removing it saves.
 */
export function attributeContentScript({ build = true } = {}) {
  const dir = path.join(repoRoot, '.output', 'bench-sourcemap', 'chrome-mv3');
  if (build) {
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'chrome', '-c', path.join('bench', 'wxt-sourcemap.config.ts')], { cwd: repoRoot, stdio: 'ignore' });
  }
  const jsFile = path.join(dir, 'mentions.js');
  if (!existsSync(`${jsFile}.map`)) return null;
  const code = readFileSync(jsFile, 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
  const map = JSON.parse(readFileSync(`${jsFile}.map`, 'utf8'));
  const lines = code.split('\n');
  const starts = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i].length + 1;
  }
  const segments = decodeMappings(map.mappings).map(([l, c, s]) => [starts[l] + c, s]).sort((a, b) => a[0] - b[0]);
  const parts = new Map();
  const add = (group, text) => {
    const list = parts.get(group) ?? [];
    list.push(text);
    parts.set(group, list);
  };
  let unmapped = code.slice(0, segments[0]?.[0] ?? code.length);
  for (let i = 0; i < segments.length; i++) {
    const [from, source] = segments[i];
    const to = segments[i + 1]?.[0] ?? code.length;
    const text = code.slice(from, to);
    if (source < 0) unmapped += text;
    else add(groupOf(map.sources[source]), text);
  }
  add('unmapped (bundler glue)', unmapped);
  const totalGz = gz(Buffer.from(code));
  const groups = [...parts].map(([group, list]) => {
    const text = list.join('');
    const rest = [...parts].filter(([g]) => g !== group).map(([, l]) => l.join('')).join('');
    return { group, rawKb: Buffer.byteLength(text) / 1024, gzKb: gz(Buffer.from(text)), savesKb: totalGz - gz(Buffer.from(rest)) };
  });
  groups.sort((a, b) => b.rawKb - a.rawKb);
  return { rawKb: Buffer.byteLength(code) / 1024, gzKb: totalGz, groups };
}

/** Prints the attribution as a small table. */
export function printAttribution(a) {
  if (!a) return console.log('  (no source map: attribution skipped)');
  console.log(`  mentions.js (the scanner) by module group (source-mapped build, ${a.rawKb.toFixed(1)} KB minified, ${a.gzKb.toFixed(1)} KB gzipped):`);
  console.log(`  ${'group'.padEnd(36)} ${'min KB'.padStart(7)} ${'share'.padStart(6)} ${'gz alone'.padStart(8)} ${'gz saved'.padStart(8)}`);
  for (const g of a.groups) console.log(`  ${g.group.padEnd(36)} ${g.rawKb.toFixed(1).padStart(7)} ${`${((g.rawKb / a.rawKb) * 100).toFixed(0)}%`.padStart(6)} ${g.gzKb.toFixed(1).padStart(8)} ${g.savesKb.toFixed(1).padStart(8)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shipped = path.join(repoRoot, '.output', 'chrome-mv3');
  if (existsSync(shipped)) {
    for (const [what, list] of [['every page', INJECTED], ['a page with a strong mention, before a card opens', ON_TOPIC]]) {
      const inj = injectedGz(shipped, list);
      console.log(`injected into ${what}: ${inj.files.map((f) => `${f.file} ${f.kb.toFixed(1)} KB`).join(' + ')} = ${inj.kb.toFixed(1)} KB gzipped`);
    }
  }
  printAttribution(attributeContentScript({ build: !process.argv.includes('--no-build') }));
}
