// The shipped pack checked against the article it describes (../shared/seed): quotes verbatim and complete,
// evidence where the pack says, names as printed, the summary in the project's own words, and dates resolved
// as the independently gathered facts in metadata.json say. Fails when the pack drifts from the article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { chooseTextDirective, serialiseTextDirective } from '../cite/text-fragment.ts';
import { formatDatePrecision } from './lookups.ts';
import { loadPack } from './load-pack.ts';
import { proseText } from './prose.ts';
import type { ContextPack, Entity, Evidence, PackDate, Quote } from './schema.ts';

const PACK_FILE = new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url);

function shippedPack(): ContextPack {
  const result = loadPack(readFileSync(PACK_FILE, 'utf8'));
  if (!result.ok) throw new Error(`pack rejected: ${result.error.message}`);
  return result.pack;
}

/** Paragraphs as the format defines them: the article's non-empty lines, counted from 0. */
function paragraphsOf(article: string): string[] {
  return article.split('\n').filter((line) => line.trim() !== '');
}

/** Lowercased words, curly apostrophes folded, other punctuation dropped. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-');
}

function ngrams(s: string, n: number): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Text with quoted stretches removed: quotations may share words with the article. */
function withoutQuotations(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”/g, ' | ');
}

describeWithShared('the cnn-2018-uk-xinjiang pack against its article', (shared) => {
  // Read before the tests, not while they are declared, so they are listed (as skipped) without ../shared.
  let article = '';
  let metadata: any;
  let paragraphs: string[] = [];
  beforeAll(() => {
    article = readFileSync(join(shared, 'seed/article.txt'), 'utf8');
    metadata = JSON.parse(readFileSync(join(shared, 'seed/metadata.json'), 'utf8'));
    paragraphs = paragraphsOf(article);
  });
  const pack = shippedPack();
  const projectSummary = () => {
    if (pack.summary?.origin !== 'project') throw new Error('a curated pack has the project\'s summary');
    return pack.summary;
  };
  const speaker = (q: Quote): Entity => {
    if (q.source.kind === 'unidentified') throw new Error(`${q.id}: a curated pack names every speaker`);
    return entity(q.source.entityId);
  };
  const entity = (id: string): Entity => {
    const found = pack.entities.find((e) => e.id === id);
    if (!found) throw new Error(`no entity ${id}`);
    return found;
  };

  function expectEvidenceHolds(evidence: Evidence, label: string): void {
    if (evidence.where === 'source-url') {
      expect(pack.source.url, `${label}: evidence not in the source URL`).toContain(evidence.expression);
      return;
    }
    if (evidence.where === 'metadata') {
      expect(pack.source[evidence.field], `${label}: no ${evidence.field} in the source`).toBeDefined();
      return;
    }
    expect(paragraphs[evidence.paragraph] ?? '', `${label}: "${evidence.expression}" not in paragraph ${evidence.paragraph}`).toContain(
      evidence.expression,
    );
    if (evidence.offset !== undefined) {
      expect(article.slice(evidence.offset, evidence.offset + evidence.expression.length), `${label}: offset`).toBe(evidence.expression);
    }
  }

  const dated: [string, PackDate][] = [
    ...pack.quotes.flatMap((q): [string, PackDate][] => (q.date ? [[`quote ${q.id}`, q.date]] : [])),
    ...pack.events.map((e): [string, PackDate] => [`event ${e.id}`, e.date]),
  ];

  it('keeps every quotation verbatim: exactly the characters between its quotation marks', () => {
    for (const q of pack.quotes) {
      expect(article.includes(q.text), `${q.id} is not in the article`).toBe(true);
      const para = paragraphs[q.evidence.paragraph] ?? '';
      expect(para, `${q.id} is not in paragraph ${q.evidence.paragraph}`).toContain(`“${q.text}”`);
      if (q.evidence.offset !== undefined) expect(article.slice(q.evidence.offset, q.evidence.offset + q.text.length)).toBe(q.text);
    }
  });

  it('links every quotation to its own passage of the article with a text directive made from the article', () => {
    for (const quote of pack.quotes) {
      expect(quote.passage, quote.id).toBe(serialiseTextDirective(chooseTextDirective(quote.text, article, 0)));
    }
  });

  it('accounts for every span in quotation marks as a quotation or a scare-quoted term', () => {
    const known = new Set([...pack.quotes.map((q) => q.text), ...pack.scareQuotes.map((s) => s.text)]);
    const spans = [...article.matchAll(/“([^”]*)”|‘([^’]*)’/g)].map((m) => m[1] ?? m[2] ?? '');
    // Scare-quoted terms are stored without the sentence's punctuation that CNN set inside the marks.
    const missing = spans.filter((s) => !known.has(s) && !known.has(s.replace(/[.,]$/, '')));
    expect(missing).toEqual([]);
    for (const s of pack.scareQuotes) expect(paragraphs[s.paragraph], `scare quote "${s.text}"`).toContain(s.text);
  });

  it('attributes a quote only where the article names its source, and flags the inferred speaker', () => {
    for (const q of pack.quotes) {
      const source = speaker(q);
      const names = [source.name, ...(source.aliases ?? []), ...(source.evidence.where === 'metadata' ? [] : [source.evidence.expression])];
      const here = paragraphs[q.evidence.paragraph] ?? '';
      const before = paragraphs[q.evidence.paragraph - 1] ?? '';
      const named = names.some((n) => here.includes(n));
      const byPronoun = /\b(he|she|they) said\b/.test(here) && names.some((n) => before.includes(n));
      expect(named || byPronoun, `${q.id}: speakerInferred should be ${!(named || byPronoun)}`).toBe(!q.speakerInferred);
    }
    expect(pack.quotes.find((q) => q.id === 'zakir-long-way-to-go')?.speakerInferred).toBe(true);
  });

  it('flags editorial insertions that the article prints inside a quotation', () => {
    for (const q of pack.quotes) {
      const inText = q.text.match(/\([^)]*\)|\[[^\]]*\]/g) ?? [];
      expect(q.editorialInsertions, q.id).toEqual(inText);
    }
  });

  it('names every quoted person, and every entity, as the article prints them', () => {
    for (const q of pack.quotes.filter((x) => x.source.kind === 'person')) {
      const person = speaker(q);
      expect(article, `${q.id}: speaker`).toContain(person.name);
      if (person.role) expect(article, `${person.id}: role`).toContain(person.role);
    }
    for (const e of pack.entities) {
      if (e.kind !== 'document') expect(article, `entity ${e.id}`).toContain(e.name);
      expectEvidenceHolds(e.evidence, `entity ${e.id}`);
    }
  });

  it('finds every date\'s evidence where the pack says', () => {
    for (const [label, date] of dated) expectEvidenceHolds(date.evidence, label);
  });

  it('resolves each relative date as the independently gathered facts do', () => {
    for (const fact of metadata.relative_dates as { expression: string; date: string }[]) {
      const parts = fact.expression.split('...').map((p) => p.trim());
      const matching = pack.events.filter(
        (e) => e.date.evidence.where === 'article' && parts.some((p) => e.date.evidence.where === 'article' && p.includes(e.date.evidence.expression)),
      );
      expect(matching.length, `no event for "${fact.expression}"`).toBeGreaterThan(0);
      for (const e of matching) {
        const shape = formatDatePrecision(e.date);
        const [start, end] = shape.kind === 'day' ? [shape.date, shape.date] : [shape.start, shape.end];
        // The fact's date lies within the event's date (a month or a week contains its days).
        const factStart = fact.date.length === 7 ? `${fact.date}-01` : fact.date;
        expect(factStart >= start && factStart <= end, `${e.id}: ${e.date.value} does not contain ${fact.date}`).toBe(true);
        if (fact.date.length === 7) expect(e.date.value, e.id).toBe(fact.date);
      }
    }
  });

  it('resolves dates from the update date, not the URL, and keeps the photo caption out of the timeline', () => {
    expect(pack.source.updated?.notBefore && pack.source.updated.notBefore >= '2018-11-01').toBe(true);
    const lu = pack.events.find((e) => e.id === 'e-lu-press-conference');
    // "Thursday" read from the URL date (Wednesday 31 October) would give 25 October or 1 November;
    // from an update on or after 1 November it must not be earlier than that day.
    expect(lu && lu.date.value >= pack.source.updated!.notBefore!).toBe(true);
    const caption = pack.photoCaption?.date;
    expect(caption && paragraphs[0]).toBeTruthy();
    for (const [label, date] of dated) expect(date.value, label).not.toBe(caption);
    expect(pack.source.published).not.toBe(caption);
    for (const [label, date] of dated) {
      if (date.evidence.where === 'article') expect(date.evidence.paragraph, `${label} dated from the caption`).not.toBe(0);
    }
  });

  it('cites the source as metadata.json records it, with no invented author', () => {
    const a = metadata.article;
    expect(pack.source).toMatchObject({ title: a.title, publisher: a.publisher, url: a.url, published: a.published, dateline: a.dateline, language: a.language });
    expect(a.authors).toEqual([]);
    expect(pack.source.authors).toEqual([]);
  });

  it('writes the summary and the event titles in the project\'s own words: no six-word run from the article', () => {
    const articleGrams = ngrams(article, 6);
    const texts = [projectSummary().gist, projectSummary().short, ...pack.events.map((e) => e.title)].map(proseText);
    for (const t of texts) {
      const shared6 = [...ngrams(withoutQuotations(t), 6)].filter((g) => articleGrams.has(g));
      expect(shared6, `copied from the article in: ${t}`).toEqual([]);
    }
  });

  it('covers what the article reports in the short summary', () => {
    const s = proseText(projectSummary().short);
    const must: [string, RegExp][] = [
      ['diplomats who visited', /diplomats/i],
      ['mass detention of Muslims', /Muslims/],
      ['Hunt in Parliament', /Hunt[^.]*(Parliament|MPs)/],
      ['China\'s response', /Lu Kang/],
      ['from denial to legalising the centres', /den(y|ied)|did not exist/i],
      ['the legal move', /legal/i],
      ['the scale', /million/i],
      ['the UN committee', /UN[^.]*committee/],
    ];
    for (const [what, re] of must) expect(s, what).toMatch(re);
  });
});
