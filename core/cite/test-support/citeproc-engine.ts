/**
 * Test-only bridge to citeproc-js (npm `citeproc`, a dev dependency), the CSL reference
 * processor, loaded with the official styles and locales from ../shared/csl.
 * Never imported by shipped code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CslItem } from '../csl-item.ts';
import type { CitationForm } from '../styles.ts';

interface CiteprocEngine {
  setOutputFormat(format: 'text' | 'html'): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  processCitationCluster(
    citation: { citationID: string; citationItems: { id: string }[]; properties: { noteIndex: number } },
    before: [string, number][],
    after: [string, number][],
  ): [unknown, [number, string, string][]];
}

interface CiteprocModule {
  Engine: new (sys: object, style: string, lang: string, forceLang: boolean) => CiteprocEngine;
}

const CSL = createRequire(import.meta.url)('citeproc') as CiteprocModule;

/** What citeproc produces for one item in one style and output format. */
export interface CiteprocOutput {
  /** The bibliography entry, without citeproc's `<div class="csl-entry">` wrapper and trailing newline. */
  bibliography: string;
  /** The first citation (in-text citation, or the full note for note styles). */
  first: string;
  /** A later citation of the same item after another item was cited (the short note in note styles). */
  subsequent: string;
}

/** Which of citeproc's outputs each form of ours is compared with. */
export const CITEPROC_CALL: Record<CitationForm, keyof CiteprocOutput> = {
  reference: 'bibliography',
  bibliography: 'bibliography',
  'in-text': 'first',
  note: 'first',
  'short-note': 'subsequent',
};

// A second work cited between two citations of the item, so the third citation is "subsequent"
// (not "ibid"), which note styles render as the short note.
const OTHER = { id: 'other-work', type: 'book', title: 'Another work', author: [{ family: 'Zed', given: 'Ann' }], issued: { 'date-parts': [[2000]] } };

/** Strip citeproc's per-entry wrapper: `  <div class="csl-entry">…</div>\n` (HTML) or `…\n` (text). */
export function unwrapEntry(entry: string): string {
  const trimmed = entry.replace(/\n$/, '');
  const m = /^\s*<div class="csl-entry">([\s\S]*)<\/div>$/.exec(trimmed);
  return m ? (m[1] ?? '') : trimmed;
}

const engines = new Map<string, { engine: CiteprocEngine; items: Map<string, object> }>();

/** One engine per style file: building one from a 6,000-line style takes seconds. */
function engineFor(cslDir: string, styleFile: string, lang: string) {
  const key = `${cslDir}|${styleFile}|${lang}`;
  let entry = engines.get(key);
  if (!entry) {
    const items = new Map<string, object>();
    const sys = {
      retrieveLocale: (l: string) => readFileSync(path.join(cslDir, `locales-${l}.xml`), 'utf8'),
      retrieveItem: (id: string) => items.get(id),
    };
    entry = { engine: new CSL.Engine(sys, readFileSync(path.join(cslDir, styleFile), 'utf8'), lang, true), items };
    engines.set(key, entry);
  }
  return entry;
}

let runs = 0;

/**
 * Run citeproc on one item. The engine is shared per style, but each run registers the item under
 * a fresh id and cites it in fresh clusters, so nothing from an earlier run can affect this one.
 */
export function runCiteproc(cslDir: string, styleFile: string, lang: string, item: CslItem, format: 'text' | 'html'): CiteprocOutput {
  const { engine, items } = engineFor(cslDir, styleFile, lang);
  runs += 1;
  const id = `${item.id}-${runs}`;
  items.clear();
  items.set(id, { ...item, id });
  items.set(OTHER.id, OTHER);
  engine.setOutputFormat(format);
  engine.updateItems([id]);
  const bib = engine.makeBibliography();
  // Exactly our item: a leftover from an earlier run would shift the entries.
  if (!bib || bib[1].length !== 1) throw new Error('citeproc did not make a one-entry bibliography');
  const cid = (n: number) => `r${runs}c${n}`;
  const cite = (what: string, n: number, before: [string, number][]) =>
    engine.processCitationCluster({ citationID: cid(n), citationItems: [{ id: what }], properties: { noteIndex: n } }, before, [])[1];
  const first = cite(id, 1, []).find((c) => c[2] === cid(1))?.[1] ?? '';
  cite(OTHER.id, 2, [[cid(1), 1]]);
  const subsequent = cite(id, 3, [[cid(1), 1], [cid(2), 2]]).find((c) => c[2] === cid(3))?.[1] ?? '';
  return { bibliography: unwrapEntry(bib[1][0] ?? ''), first, subsequent };
}
