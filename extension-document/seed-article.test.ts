// The acid test for quotations and dates (issue 24): the seed article rendered as a news page, through
// the same code the extension runs (jsdom as the DOM), gives its nine attributed quotations with the right
// speakers, no scare quote as speech, and the dates of ../shared/seed/metadata.json.
import { expect, it } from 'vitest';
import { summarizePack } from '../core/extract/summary.ts';
import { seedPage } from '../core/extract/test-support/seed-page.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { describeWithShared } from '../core/test-support/shared-dir.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';

const SPEAKERS: Array<[string, RegExp]> = [
  ['with a lot of concern.', /^Jeremy Hunt$/],
  ['We had our own diplomats visiting', /^Jeremy Hunt$/],
  ['firmly opposed to the UK’s use', /^Lu Kang$/],
  ['China’s anti-terrorist and anti-extremist', /^Lu Kang$/],
  ['Today’s Xinjiang is not only beautiful', /^Shohrat Zakir$/],
  ['carry out anti-extremist ideological education.', /\blaw\b/],
  ['under the pretext of countering terrorism', /Committee on the Elimination of Racial Discrimination$/],
  ['I think this issue is of very great', /^Jeremy Hunt$/],
  ['in all appropriate forums.', /^Jeremy Hunt$/],
];
const SCARE = ['vocational education centers', 're-education camps', 'brainwashing', 'vocational skill education training centers', 'Safe and stable'];

describeWithShared('the seed article as a page', (shared) => {
  const { html, metadata } = seedPage(shared);
  const run = () => extractHtmlInNode(html, { readDay: '2026-12-06' });

  it('gives its nine attributed quotations with the right speakers, and the unattributed one as its speaker’s', async () => {
    const outcome = await run();
    if (!outcome.ok) throw new Error(outcome.reason);
    const pack = outcome.pack as ContextPack;
    const summary = summarizePack(pack);
    for (const [start, speaker] of SPEAKERS) {
      const q = summary.quotations.find((x) => x.text.startsWith(start));
      expect(q, start).toBeDefined();
      expect(q!.speaker, start).toMatch(speaker);
      expect(pack.quotes.find((x) => x.text.startsWith(start))!.speakerInferred, start).toBe(false);
    }
    const continued = pack.quotes.find((q) => q.text.startsWith('There is still a long way to go'));
    expect(continued?.speakerInferred).toBe(true);
    expect(summary.quotations.find((q) => q.text.startsWith('There is still'))?.speaker).toBe('Shohrat Zakir');
    expect(summary.quotations).toHaveLength(10);
    // Roles as the article gives them.
    const role = (name: string) => pack.entities.find((e) => e.name === name)?.role;
    expect(role('Jeremy Hunt')).toBe('UK Foreign Secretary');
    expect(role('Lu Kang')).toBe('Chinese Foreign Ministry spokesman');
    expect(role('Shohrat Zakir')).toBe('a high-ranking Xinjiang government official');
  });

  it('holds no scare quote, term or heading as speech', async () => {
    const outcome = await run();
    if (!outcome.ok) throw new Error(outcome.reason);
    const pack = outcome.pack as ContextPack;
    const speech = pack.quotes.map((q) => q.text.replace(/[.,]$/, ''));
    for (const s of SCARE) expect(speech, s).not.toContain(s);
    expect(pack.scareQuotes.map((q) => q.text.replace(/[.,]$/, ''))).toEqual(expect.arrayContaining(SCARE));
  });

  it('cites it as metadata.json says: title, publisher, URL, published day, language, no author', async () => {
    const outcome = await run();
    if (!outcome.ok) throw new Error(outcome.reason);
    const s = summarizePack(outcome.pack);
    expect(s.title).toBe(metadata.article.title);
    expect(s.siteName).toBe(metadata.article.publisher);
    expect(s.published).toBe(metadata.article.published);
    expect(s.language).toBe('en');
    expect(s.authors).toEqual([]);
    expect((outcome.pack as ContextPack).source.url).toBe(metadata.article.url);
    expect((outcome.pack as ContextPack).provenance.kind).toBe('extracted');
  });

  it('resolves the dates of metadata.json (a day, or the week or month that holds it)', async () => {
    const outcome = await run();
    if (!outcome.ok) throw new Error(outcome.reason);
    const events = (outcome.pack as ContextPack).events;
    let checked = 0;
    for (const d of metadata.relative_dates) {
      // "less than two months after …" is a span of time; its month comes from outside the article.
      if (/less than two months/.test(d.expression)) continue;
      const words = d.expression.replace(/\.\.\./g, ' ').toLowerCase();
      const e = events.find((x) => x.date.evidence.where === 'article' && words.includes(x.date.evidence.expression.toLowerCase()));
      expect(e, d.expression).toBeDefined();
      const { value, precision } = e!.date;
      if (precision === 'week') {
        const monday = new Date(`${value}T00:00:00Z`).getTime();
        const day = new Date(`${d.date.length === 7 ? `${d.date}-01` : d.date}T00:00:00Z`).getTime();
        expect(day - monday, d.expression).toBeGreaterThanOrEqual(0);
        expect(day - monday, d.expression).toBeLessThan(7 * 86400000);
      } else {
        expect(d.date.startsWith(value), `${d.expression}: ${value}`).toBe(true);
      }
      checked += 1;
    }
    expect(checked).toBe(8);
  });
});
