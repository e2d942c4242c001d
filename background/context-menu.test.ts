import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../core/pack/load-pack.ts';
import { proseText } from '../core/pack/prose.ts';
import { quotationAsShown } from '../core/pack/quote-display.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { minimalPack } from '../core/pack/test-pack.ts';
// menuCopyText is pure; the module's wiring to the background's settings store is not what this tests.
vi.mock('./settings/store', () => ({ loadSettings: async () => ({}) }));
const { menuCopyText } = await import('./context-menu.ts');

// menuCopyText is pure given the packs: the shipped pack, loaded as the extension loads it.
const loaded = loadPack(readFileSync(new URL('../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error(`the shipped pack does not load: ${loaded.error.message}`);
const pack: ContextPack = loaded.pack;
const today = new Date(2025, 2, 14); // 14 March 2025, local time: the access date the citations state

const quote = (id: string) => {
  const found = pack.quotes.find((q) => q.id === id);
  if (!found) throw new Error(`no quotation ${id} in the pack`);
  return found;
};
const passageLink = (id: string) => `${pack.source.url}#:~:${quote(id).passage}`;
const speakerOf = (id: string) => pack.entities.find((e) => e.id === (quote(id).source as { entityId: string }).entityId)!.name;

/** The signs of a source citation in APA (no author, so the title leads) rather than of a quotation. */
function expectApaSourceCitation(copy: { text: string; html?: string } | null): void {
  expect(copy).not.toBeNull();
  expect(copy!.text.startsWith(pack.source.title.slice(0, 30).replace(/'/g, '’'))).toBe(true);
  expect(copy!.text).toContain('(2018, October 31)');
  expect(copy!.text).toContain(pack.source.url);
  expect(copy!.text).not.toContain('#:~:');
  expect(copy!.text).not.toContain('\u201C' + quote('hunt-broadly-accurate').text);
}

describe('menuCopyText', () => {
  it('copies the source citation when the pointer was on no mention', () => {
    expectApaSourceCitation(menuCopyText([pack], 'apa', undefined, today));
    expectApaSourceCitation(menuCopyText([pack], 'apa', { packId: null, termId: null, quoteId: null }, today));
  });

  it('cites the source of the pack the page mentions most when several are installed', () => {
    const second = minimalPack();
    expect(menuCopyText([pack, second], 'apa', undefined, today, { 'test-pack/widget': 3, 'cnn-2018-uk-xinjiang/xinjiang': 1 })!.text).toContain(second.source.title);
    expectApaSourceCitation(menuCopyText([pack, second], 'apa', undefined, today, { 'test-pack/widget': 1, 'cnn-2018-uk-xinjiang/xinjiang': 2 }));
    expectApaSourceCitation(menuCopyText([pack, second], 'apa', undefined, today));
  });

  it('gives the source citation rich text with the title in italics', () => {
    const copy = menuCopyText([pack], 'apa', undefined, today)!;
    expect(copy.html).toMatch(/^<i>UK says reports of internment camps/);
  });

  it("copies the term's first quotation with its speaker and passage link when the pointer was on a mention", () => {
    const term = pack.terms.find((t) => t.id === 'uyghur')!;
    const first = term.quoteIds[0]!;
    const copy = menuCopyText([pack], 'apa', { packId: pack.id, termId: 'uyghur', quoteId: null }, today)!;
    const lines = copy.text.split('\n');
    // The speaker (the committee's report) already names its date: the attribution does not repeat it.
    expect(speakerOf(first)).toContain('29 August 2018');
    expect(lines[0]).toBe(`\u201C${quotationAsShown(quote(first))}\u201D \u2014 ${[speakerOf(first), proseText(quote(first).occasion!)].join(', ')}`);
    expect(lines[0]!.split('29 August 2018')).toHaveLength(2);
    expect(lines.at(-1)).toBe(passageLink(first));
    expect(copy.html).toContain(`href="${passageLink(first).replace(/&/g, '&#38;')}"`);
  });

  it('copies the very quotation the pointer was on, not the first of its term', () => {
    const copy = menuCopyText([pack], 'apa', { packId: pack.id, termId: 'jeremy-hunt', quoteId: 'hunt-appropriate-forums' }, today)!;
    expect(copy.text).toContain(`\u201C${quotationAsShown(quote('hunt-appropriate-forums'))}\u201D \u2014 Jeremy Hunt, UK Foreign Secretary`);
    expect(copy.text.split('\n').at(-1)).toBe(passageLink('hunt-appropriate-forums'));
    expect(copy.text).not.toContain(quote('hunt-broadly-accurate').text);
  });

  it('falls back to the source citation for a term without quotations', () => {
    expect(pack.terms.find((t) => t.id === 'kashgar')!.quoteIds).toEqual([]);
    expectApaSourceCitation(menuCopyText([pack], 'apa', { packId: pack.id, termId: 'kashgar', quoteId: null }, today));
  });

  it('falls back to the source citation for a term or quotation no pack knows', () => {
    expectApaSourceCitation(menuCopyText([pack], 'apa', { packId: pack.id, termId: 'no-such-term', quoteId: null }, today));
    expectApaSourceCitation(menuCopyText([pack], 'apa', { packId: pack.id, termId: 'xinjiang', quoteId: 'no-such-quote' }, today));
  });

  it('cites the source in the style asked for', () => {
    const mla = menuCopyText([pack], 'mla', undefined, today)!;
    expect(mla.text).toContain('CNN');
    expect(mla.text).not.toContain('(2018, October 31)');
    expect(mla.text).toContain('31 Oct. 2018');
    const bibtex = menuCopyText([pack], 'bibtex', undefined, today)!;
    expect(bibtex.text.trimStart().startsWith('@')).toBe(true);
    expect(bibtex.text).toContain(pack.source.url);
  });

  it('writes the access date of the day the reader copies', () => {
    // Cite Them Right states the access date of a web page; the day is the reader's local day.
    const harvard = (day: Date) => menuCopyText([pack], 'harvard', undefined, day)!.text;
    expect(harvard(today)).toContain('(Accessed: 14 March 2025)');
    expect(harvard(new Date(2026, 0, 2, 23, 59))).toContain('(Accessed: 2 January 2026)');
  });

  it('quotes with an APA citation when the chosen style is a data format', () => {
    // A BibTeX entry pasted under a quotation is of no use to a reader; the quote copy cites in APA.
    const copy = menuCopyText([pack], 'bibtex', { packId: pack.id, termId: 'cerd', quoteId: null }, today)!;
    expect(copy.text).toContain(quotationAsShown(quote('cerd-pretext')));
    expect(copy.text).toContain('(2018, October 31)');
    expect(copy.text).not.toContain('@');
  });

  it('copies nothing when no pack is loaded', () => {
    expect(menuCopyText([], 'apa', { packId: pack.id, termId: 'xinjiang', quoteId: null }, today)).toBeNull();
  });

  it('copies the quotation of the term in the pack the mention belongs to, not of a same-id term in another pack', () => {
    const second = minimalPack();
    second.terms[0]!.id = 'uyghur';
    const own = menuCopyText([second, pack], 'apa', { packId: pack.id, termId: 'uyghur', quoteId: null }, today)!;
    expect(own.text).toContain(quotationAsShown(quote(pack.terms.find((t) => t.id === 'uyghur')!.quoteIds[0]!)));
    const other = menuCopyText([pack, second], 'apa', { packId: second.id, termId: 'uyghur', quoteId: null }, today)!;
    expect(other.text).toContain(second.quotes[0]!.text);
    // A term without its pack is no target: the page's most-mentioned source is cited instead.
    expectApaSourceCitation(menuCopyText([pack, second], 'apa', { packId: null, termId: 'uyghur', quoteId: null }, today));
  });
});
