/** One entry point for every citation the extension copies. */
import type { CslItem } from './csl-item.ts';
import { citeLocale } from './locale.ts';
import { hasItalics, renderHtml, renderText, type Inline } from './rich-text.ts';
import { styleInfo, type CitationForm, type StyleId } from './styles.ts';
import { apaInText, apaReference } from './styles/apa.ts';
import { mlaInText, mlaReference } from './styles/mla.ts';
import { chicagoAuthorDateInText, chicagoAuthorDateReference } from './styles/chicago-author-date.ts';
import { chicagoNotesBibliography, chicagoNotesFull, chicagoNotesShort } from './styles/chicago-notes.ts';
import { harvardInText, harvardReference } from './styles/harvard.ts';
import { toBibtex } from './bibtex.ts';
import { toRis } from './ris.ts';
import { toCslJson } from './csl-json.ts';

/** A copied citation: plain text, and HTML when the style uses italics (for the clipboard's text/html). */
export interface FormattedCitation {
  text: string;
  html?: string;
}

type CslStyleId = Exclude<StyleId, 'bibtex' | 'ris' | 'csl-json'>;

const RENDERERS: Record<CslStyleId, Partial<Record<CitationForm, (item: CslItem) => Inline[]>>> = {
  apa: { reference: apaReference, 'in-text': apaInText },
  mla: { reference: mlaReference, 'in-text': mlaInText },
  'chicago-author-date': { reference: chicagoAuthorDateReference, 'in-text': chicagoAuthorDateInText },
  'chicago-notes': { note: chicagoNotesFull, 'short-note': chicagoNotesShort, bibliography: chicagoNotesBibliography },
  harvard: { reference: harvardReference, 'in-text': harvardInText },
};

/** The rich text of a CSL style's form; throws when the style has no such form. */
export function citationNodes(item: CslItem, styleId: CslStyleId, form: CitationForm): Inline[] {
  const render = RENDERERS[styleId][form];
  if (!render) throw new Error(`${styleId} has no "${form}" form`);
  return render(item);
}

/** Both renderings of a CSL style's form, HTML always included (the differential test compares both). */
export function renderCitation(item: CslItem, styleId: CslStyleId, form: CitationForm): { text: string; html: string; italic: boolean } {
  const nodes = citationNodes(item, styleId, form);
  const locale = citeLocale(styleInfo(styleId).locale ?? 'en-US');
  return { text: renderText(nodes, locale), html: renderHtml(nodes, locale), italic: hasItalics(nodes) };
}

/** Format `item` in a style and form; data formats (BibTeX, RIS, CSL-JSON) ignore the form. */
export function formatCitation(item: CslItem, styleId: StyleId, form: CitationForm = styleInfo(styleId).forms[0] ?? 'reference'): FormattedCitation {
  if (styleId === 'bibtex') return { text: toBibtex(item) };
  if (styleId === 'ris') return { text: toRis(item) };
  if (styleId === 'csl-json') return { text: toCslJson(item) };
  const out = renderCitation(item, styleId, form);
  return out.italic ? { text: out.text, html: out.html } : { text: out.text };
}
