/**
 * Differential test (issue 7): for every CSL style, form and source variation, our formatters'
 * plain text and HTML must EXACTLY equal citeproc-js's output with the official styles and
 * locales in ../shared/csl.
 *
 * Normalisation, the only one: citeproc wraps each HTML bibliography entry in
 * `  <div class="csl-entry">…</div>\n` and ends each text entry with "\n"; we compare the inner
 * entry (see unwrapEntry). Citations and notes are compared as citeproc returns them.
 * Forms map to citeproc calls as: reference/bibliography -> makeBibliography; in-text and note ->
 * the first processCitationCluster; short-note -> a later cluster citing the item again after
 * another work (position "subsequent").
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { formatCitation, renderCitation } from './format-citation.ts';
import { STYLES } from './styles.ts';
import { CITEPROC_CALL, runCiteproc } from './test-support/citeproc-engine.ts';
import { VARIATIONS, variationItem } from './test-support/variations.ts';

describeWithShared('citations equal citeproc-js with the official CSL styles', (shared) => {
  const cslDir = path.join(shared, 'csl');
  for (const style of STYLES) {
    const { id, csl, locale } = style;
    if (!csl || !locale || id === 'bibtex' || id === 'ris' || id === 'csl-json') continue;
    for (const variation of VARIATIONS) {
      it(`formats ${variation.name} in ${id} exactly as citeproc does, every form, text and HTML`, () => {
        const item = variationItem(variation);
        const reference = { text: runCiteproc(cslDir, csl, locale, item, 'text'), html: runCiteproc(cslDir, csl, locale, item, 'html') };
        for (const form of style.forms) {
          const ours = renderCitation(item, id, form);
          const call = CITEPROC_CALL[form];
          expect(ours.text, `${id} ${form} text`).toBe(reference.text[call]);
          expect(ours.html, `${id} ${form} html`).toBe(reference.html[call]);
          // Rich text goes to the clipboard exactly when citeproc's HTML has italics.
          expect(formatCitation(item, id, form).html !== undefined, `${id} ${form} italics`).toBe(reference.html[call].includes('<i>'));
        }
        // The first case of a style builds citeproc's engine from a 6,000-line style: slow, hence the timeout.
      }, 60_000);
    }
  }
});
