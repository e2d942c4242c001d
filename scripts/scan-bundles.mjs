#!/usr/bin/env node
// Privacy and markup scan of the production builds (issue 9): every built .js in .output/chrome-mv3 and
// .output/firefox-mv3 is searched for network APIs, non-extension URLs used as request targets, and
// markup/code sinks; each manifest must expose no web-accessible resources, declare no static content
// script (quiet mode registers it at run time) and keep `connect-src 'self'` for extension pages.
// Prints every finding with its verdict; exits 1 when any is not allowed. Before scanning, it checks
// that it flags a set of known-bad snippets, so a broken pattern cannot make it pass silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

/** XML namespaces: Preact compares element namespaces with these strings; nothing is fetched. */
const NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

/** URLs of the shipped packs (the source article and its references): shown and cited, never fetched. */
function packUrls(buildDir) {
  const urls = new Set();
  const dir = path.join(buildDir, 'packs');
  if (!existsSync(dir)) return urls;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const [url] of readFileSync(path.join(dir, file), 'utf8').matchAll(/https?:\/\/[^"\s\\]+/g)) urls.add(url);
  }
  return urls;
}

/** Up to `n` characters either side of `index`, on one line, for the report. */
const around = (code, index, length, n = 50) =>
  code.slice(Math.max(0, index - n), index + length + n).replace(/\s+/g, ' ');

/**
 * The first argument of a fetch() at `index` (pointing at "fetch("), judged: extension-relative
 * (runtime.getURL, a path starting with "/" or "./"), or Vite's modulepreload polyfill, which fetches
 * the extension's own <link rel=modulepreload> hrefs.
 */
function judgeFetch(code, index) {
  const argument = code.slice(index + 'fetch('.length, index + 'fetch('.length + 80);
  if (/^[\w$.]*runtime\.getURL\(/.test(argument)) return { ok: true, why: 'extension file (runtime.getURL)' };
  if (/^[`'"]\.?\//.test(argument)) return { ok: true, why: 'relative path inside the extension' };
  const before = code.slice(Math.max(0, index - 600), index);
  if (/^[\w$]+\.href,[\w$]+\)/.test(argument) && before.includes('modulepreload'))
    return { ok: true, why: "Vite's modulepreload polyfill (the extension's own <link rel=modulepreload>)" };
  return { ok: false, why: 'fetch() to a target that is not provably inside the extension' };
}

/** Judges a URL string literal at `index`. */
function judgeUrl(code, index, url, allowedUrls) {
  if (NAMESPACES.has(url)) return { ok: true, why: 'XML namespace (compared, never fetched)' };
  if (/^https?:\/\/\*\/\*$/.test(url)) return { ok: true, why: 'match pattern for tabs.query (not a request)' };
  if (allowedUrls.has(url)) return { ok: true, why: 'URL from a shipped pack (displayed and cited, never fetched)' };
  if (/^https?:\/\/[^/]*\.invalid\/$/.test(url)) return { ok: true, why: 'a .invalid host (RFC 2606: never resolves), the address of a page without one' };
  const before = code.slice(Math.max(0, index - 80), index);
  const after = code.slice(index + url.length, index + url.length + 16);
  // `new URL(hasScheme ? x : \`http://${x}\`)`: a scheme added to parse a host name the user typed (the parsed
  // URL's host is read, never requested: core/settings/site-name.ts).
  if (/^https?:\/\/\$\{[\w$]+\}$/.test(url) && before.includes('new URL(') && /^`\)/.test(after))
    return { ok: true, why: 'scheme prefixed to parse a host name (new URL(...))' };
  return { ok: false, why: 'URL literal not on the allowlist: check it is never a request target, then allow it here with a reason' };
}

/** Names that minification keeps in @mozilla/readability's code (its methods and fields). */
const READABILITY = /_grabArticle|_attempts|_charThreshold|_allowedVideoRegex|_isSingleImage|_postProcessContent|_prepArticle|_serializer=/;

/** Everything the scan looks for in JavaScript. */
const RULES = [
  { name: 'fetch(', pattern: /(?<![\w$])fetch\(/g, judge: (code, i) => judgeFetch(code, i) },
  ...['XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts'].map((api) => ({
    name: api,
    pattern: new RegExp(`(?<![\\w$])${api}(?![\\w$])`, 'g'),
    judge: () => ({ ok: false, why: `${api}: extension code must not open network connections` }),
  })),
  {
    name: 'innerHTML',
    pattern: /(?<![\w$])innerHTML(?![\w$])/g,
    // Preact's diff sets innerHTML only for a dangerouslySetInnerHTML prop ({__html}); lint forbids that prop in our code.
    judge: (code, i) => {
      if (/__html/.test(code.slice(Math.max(0, i - 120), i + 60))) return { ok: true, why: "Preact's dangerouslySetInnerHTML path (the prop is banned by eslint in our code)" };
      // Readability (the article extractor) restores and rewraps nodes with innerHTML in the inert copy the
      // extension document parses with DOMParser (no scripts run, nothing loads); never in a page.
      if (READABILITY.test(code.slice(Math.max(0, i - 600), i + 600))) return { ok: true, why: "@mozilla/readability's own code, on the extension document's inert DOMParser copy" };
      return { ok: false, why: 'innerHTML outside Preact and Readability internals' };
    },
  },
  {
    name: 'outerHTML',
    pattern: /(?<![\w$])outerHTML(?![\w$])/g,
    // Reading it serialises a page for extraction (content/serialize); writing it is a markup sink.
    judge: (code, i) =>
      /^\s*(?:\+|\|\||&&|\?\?)?=(?!=)/.test(code.slice(i + 'outerHTML'.length, i + 'outerHTML'.length + 6))
        ? { ok: false, why: 'outerHTML: markup sink' }
        : { ok: true, why: 'outerHTML read (serialising the page for extraction), never assigned' },
  },
  ...['insertAdjacentHTML', 'document.write', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe'].map((sink) => ({
    name: sink,
    pattern: new RegExp(`(?<![\\w$])${sink.replace('.', '\\.')}(?![\\w$])`, 'g'),
    judge: () => ({ ok: false, why: `${sink}: markup sink` }),
  })),
  { name: 'eval(', pattern: /(?<![\w$.])eval\(/g, judge: () => ({ ok: false, why: 'eval: code from a string' }) },
  { name: 'new Function', pattern: /new\s+Function\s*\(/g, judge: () => ({ ok: false, why: 'new Function: code from a string' }) },
  { name: 'string timer', pattern: /(?<![\w$.])set(?:Timeout|Interval)\(\s*[`'"]/g, judge: () => ({ ok: false, why: 'timer with a code string' }) },
];

const URL_LITERAL = /(?<=[`'"])https?:\/\/[^`'"\s]*/g;

/** Findings of one JavaScript file: [{ rule, ok, why, context }]. */
export function scanScript(code, allowedUrls = new Set()) {
  const findings = [];
  for (const rule of RULES) {
    for (const match of code.matchAll(rule.pattern)) {
      const verdict = rule.judge(code, match.index);
      findings.push({ rule: rule.name, ...verdict, context: around(code, match.index, match[0].length) });
    }
  }
  for (const match of code.matchAll(URL_LITERAL)) {
    const verdict = judgeUrl(code, match.index, match[0], allowedUrls);
    findings.push({ rule: `URL ${match[0]}`, ...verdict, context: around(code, match.index, match[0].length) });
  }
  return findings;
}

/** Findings of an extension HTML page or stylesheet: any absolute http(s) URL it would load. */
export function scanMarkup(text) {
  const findings = [];
  for (const match of text.matchAll(/(?:src|href)\s*=\s*["']?(https?:)?\/\/|url\(\s*["']?(https?:)?\/\//gi)) {
    findings.push({ rule: 'remote resource', ok: false, why: 'extension page or stylesheet loads a remote resource', context: around(text, match.index, match[0].length) });
  }
  return findings;
}

/** Problems of a built manifest (an empty list when it is fine). */
export function checkManifest(manifest) {
  const problems = [];
  if ('web_accessible_resources' in manifest) problems.push('has web_accessible_resources (pages could probe for them)');
  if ('content_scripts' in manifest) problems.push('declares content_scripts (quiet mode needs them registered at run time)');
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  const connect = /(?:^|;)\s*connect-src\s+([^;]*)/.exec(csp)?.[1]?.trim();
  if (connect !== "'self'") problems.push(`extension pages' CSP must have exactly connect-src 'self' (found: ${connect ?? 'none'})`);
  return problems;
}

/** Known-bad snippets, each of which must produce a disallowed finding. */
const CANARIES = [
  'fetch("https://example.com/x")',
  'fetch(u)',
  'new XMLHttpRequest',
  'new WebSocket(u)',
  'navigator.sendBeacon(u,d)',
  'new EventSource(u)',
  'el.innerHTML=t',
  'el.outerHTML=t',
  'el.outerHTML += t',
  'el.outerHTML||=t',
  'el.insertAdjacentHTML("beforeend",t)',
  'eval(t)',
  'new Function("a",t)',
  'x="https://tracker.example/p"',
];

function selfTest() {
  const missed = CANARIES.filter((snippet) => scanScript(snippet).every((f) => f.ok));
  if (missed.length) throw new Error(`scan-bundles no longer flags: ${missed.join(' | ')}`);
  const clean = 'let s=`http://www.w3.org/2000/svg`;fetch(b.runtime.getURL(`/packs/a.json`));return e.outerHTML===x?e.outerHTML:""';
  const wrong = scanScript(clean).filter((f) => !f.ok);
  if (wrong.length) throw new Error(`scan-bundles flags harmless code: ${wrong.map((f) => f.rule).join(', ')}`);
}

function filesUnder(dir, ext) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (ext.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

function main() {
  selfTest();
  let failures = 0;
  let scanned = 0;
  for (const build of BUILDS) {
    const dir = path.join(root, '.output', build);
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      console.error(`✗ ${build}: no build in .output/${build} (run npm run build)`);
      failures++;
      continue;
    }
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const problem of checkManifest(manifest)) {
      console.error(`✗ ${build}/manifest.json ${problem}`);
      failures++;
    }
    const allowedUrls = packUrls(dir);
    for (const file of filesUnder(dir, ['.js', '.mjs', '.html', '.css'])) {
      scanned++;
      const text = readFileSync(file, 'utf8');
      const findings = file.endsWith('.js') || file.endsWith('.mjs') ? scanScript(text, allowedUrls) : scanMarkup(text);
      for (const f of findings) {
        const where = path.relative(root, file);
        if (f.ok) console.log(`  allowed  ${where}: ${f.rule} (${f.why})`);
        else {
          console.error(`✗ ${where}: ${f.rule}: ${f.why}\n      …${f.context}…`);
          failures++;
        }
      }
    }
  }
  console.log(`scan-bundles: ${scanned} files in ${BUILDS.join(', ')}, ${failures} problem(s)`);
  process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
