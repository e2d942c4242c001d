// npm run extract -- <page.html> [--url <original URL>] [--read <YYYY-MM-DD>]
// The pack as JSON on stdout, a short summary for people on stderr; exit 2 with one line for a refusal.
import { readFileSync, statSync } from 'node:fs';
import { describeSummary, summarizePack } from '../../core/extract/summary.ts';
import { extractHtmlInNode } from './extract-node.ts';

const USAGE = 'usage: npm run extract -- <page.html> [--url <original URL>] [--read <YYYY-MM-DD>]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
let file: string | undefined;
let url: string | undefined;
let readDay: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i];
  else if (a === '--read') readDay = args[++i];
  else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`, 64);
  else file = a;
}
if (!file) fail(USAGE, 64);
if (readDay !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(readDay)) fail(`--read expects YYYY-MM-DD, got ${readDay}`, 64);
if (url !== undefined && !/^https?:\/\//i.test(url)) fail(`--url expects an http(s) address, got ${url}`, 64);

let html: string;
try {
  // A file larger than the engine reads is refused without reading it all into memory twice.
  if (statSync(file).size > 64_000_000) fail(`refused (too-large): ${file} is larger than 64 MB`, 2);
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`, 66);
}
const outcome = await extractHtmlInNode(html, { ...(url ? { url } : {}), ...(readDay ? { readDay } : {}) });
if (!outcome.ok) fail(`refused (${outcome.code}): ${outcome.reason}`, 2);
process.stdout.write(`${JSON.stringify(outcome.pack, null, 2)}\n`);
process.stderr.write(`${describeSummary(summarizePack(outcome.pack))}\n`);
if (outcome.missing.length) process.stderr.write(`Missing:   ${outcome.missing.join('; ')}\n`);
