/**
 * The citations a reader copies, for the sources in test-support/citation-examples.ts, as written in
 * citation-examples.json: checked against our formatters without ../shared, and the file itself
 * against citeproc-js with the official styles when ../shared is there (CITE_EXAMPLES_WRITE=1 rewrites
 * the file from citeproc instead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { buildCslItem } from './csl-item.ts';
import { formatCitation, renderCitation } from './format-citation.ts';
import { STYLES } from './styles.ts';
import { CITEPROC_CALL, runCiteproc } from './test-support/citeproc-engine.ts';
import { CITATION_EXAMPLES } from './test-support/citation-examples.ts';

type Rendering = { text: string; html: string };
/** example name -> style id -> form -> rendering */
type Written = Record<string, Record<string, Record<string, Rendering>>>;

const FILE = fileURLToPath(new URL('./test-support/citation-examples.json', import.meta.url));
const written = JSON.parse(readFileSync(FILE, 'utf8')) as Written;
const CSL_STYLES = STYLES.filter((s) => !s.dataFormat);

describe('citations as citeproc-js writes them (citation-examples.json)', () => {
  for (const example of CITATION_EXAMPLES) {
    it(`formats ${example.name} in every style and form, text and HTML`, () => {
      const item = buildCslItem(example.source, example.accessed);
      for (const style of CSL_STYLES) {
        for (const form of style.forms) {
          const expected = written[example.name]?.[style.id]?.[form];
          expect(expected, `${style.id} ${form} is written out`).toBeDefined();
          const ours = renderCitation(item, style.id as Parameters<typeof renderCitation>[1], form);
          expect(ours.text, `${style.id} ${form} text`).toBe(expected?.text);
          expect(ours.html, `${style.id} ${form} html`).toBe(expected?.html);
          // The clipboard gets HTML exactly when the style prints italics.
          expect(formatCitation(item, style.id, form).html, `${style.id} ${form} clipboard html`).toBe(expected?.html.includes('<i>') ? expected.html : undefined);
        }
      }
    });
  }
});

describeWithShared('citation-examples.json equals citeproc-js with the official CSL styles', (shared) => {
  it('holds exactly what citeproc prints for every example, style and form', () => {
    const cslDir = path.join(shared, 'csl');
    const fromCiteproc: Written = {};
    for (const example of CITATION_EXAMPLES) {
      const item = buildCslItem(example.source, example.accessed);
      const styles: Written[string] = (fromCiteproc[example.name] = {});
      for (const { id, csl, locale, forms } of CSL_STYLES) {
        if (!csl || !locale) throw new Error(`${id} names no CSL style`);
        const text = runCiteproc(cslDir, csl, locale, item, 'text');
        const html = runCiteproc(cslDir, csl, locale, item, 'html');
        styles[id] = Object.fromEntries(forms.map((form) => [form, { text: text[CITEPROC_CALL[form]], html: html[CITEPROC_CALL[form]] }]));
      }
    }
    if (process.env.CITE_EXAMPLES_WRITE === '1') writeFileSync(FILE, `${JSON.stringify(fromCiteproc, null, 1)}\n`);
    expect(written).toEqual(fromCiteproc);
  }, 120_000);
});
