import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack.ts';
import { migratePack, migrate0to1, migrate1to2, MIGRATIONS } from './migrate.ts';
import { minimalPack } from './test-pack.ts';

/** A pack in the format-0 draft shape: flat dates, `quote`/`speaker`, boolean `strong`, string variants. */
function draftPack(): Record<string, unknown> {
  return {
    formatVersion: 0,
    id: 'draft-pack',
    version: '0.3.0',
    reviewedOn: '2025-06-01',
    topic: 'Xinjiang and the detention of Uyghurs',
    source: {
      title: 'A headline',
      publisher: 'Example News',
      url: 'https://news.example/a',
      date: '2018-10-31',
      language: 'en',
      author: null,
    },
    summary: { gist: 'A short gist.', short: 'A slightly longer summary.' },
    quotes: [
      {
        id: 'q-one',
        quote: 'those reports (of camps) are accurate',
        speaker: 'a-person',
        eventId: 'e-one',
        date: '2018-08',
        dateExpression: 'in August',
        paragraph: 4,
        inserted: '(of camps)',
        key: true,
      },
    ],
    events: [{ id: 'e-one', title: 'Something happened.', date: '2018-10-30', dateExpression: 'earlier this week', paragraph: 3, quoteIds: ['q-one'] }],
    entities: [{ id: 'a-person', kind: 'person', name: 'A Person', evidence: { where: 'article', expression: 'A Person', paragraph: 3 } }],
    terms: [
      {
        id: 'uyghur',
        label: 'Uyghur',
        kind: 'group',
        strong: true,
        note: 'A people.',
        variants: ['Uyghur', 'Uighur'],
        mustMatch: [{ text: 'Uighur Muslims', match: 'Uighur' }],
        mustNotMatch: [{ text: 'Cenk Uygur', why: 'a surname' }],
      },
    ],
  };
}

describe('migrate0to1', () => {
  it('turns a format-0 draft into a pack that validates (through format 1) as format 2', () => {
    const result = loadPack(draftPack());
    if (!result.ok) throw new Error(result.error.message);
    const { pack } = result;
    expect(pack.formatVersion).toBe(2);
    expect(pack.packVersion).toBe('0.3.0');
    expect(pack.provenance).toEqual({ kind: 'curated', reviewed: '2025-06-01' });
    expect(pack.topic).toEqual({ id: 'xinjiang-and-the-detention-of-uyghurs', label: 'Xinjiang and the detention of Uyghurs' });
    expect(pack.source.published).toBe('2018-10-31');
    expect(pack.summary?.origin).toBe('project');
  });

  it('nests flat draft dates with a precision read from their form and a confidence left for review', () => {
    const migrated = migrate0to1(draftPack()) as any;
    expect(migrated.quotes[0].date).toEqual({
      value: '2018-08',
      precision: 'month',
      confidence: 'medium',
      evidence: { where: 'article', expression: 'in August', paragraph: 4 },
    });
    expect(migrated.events[0].date.precision).toBe('day');
  });

  it('keeps quote text and insertions, and maps the speaker to a source', () => {
    const q = (migrate0to1(draftPack()) as any).quotes[0];
    expect(q.text).toBe('those reports (of camps) are accurate');
    expect(q.editorialInsertions).toEqual(['(of camps)']);
    expect(q.source).toEqual({ kind: 'person', entityId: 'a-person' });
    expect([q.partial, q.key, q.speakerInferred]).toEqual([false, true, false]);
  });

  it('never invents an author: a null draft author becomes an empty list, a name a literal', () => {
    expect((migrate0to1(draftPack()) as any).source.authors).toEqual([]);
    const named = draftPack();
    (named.source as any).author = 'Jo Reporter';
    expect((migrate0to1(named) as any).source.authors).toEqual([{ literal: 'Jo Reporter' }]);
  });

  it('turns boolean strength, string variants and example lists into format-1 terms', () => {
    const t = (migrate0to1(draftPack()) as any).terms[0];
    expect(t.strength).toBe('strong');
    expect(t.variants).toEqual([{ text: 'Uyghur', lang: 'en' }, { text: 'Uighur', lang: 'en' }]);
    expect(t.examples).toEqual([{ text: 'Uighur Muslims', lang: 'en', expect: ['Uighur'] }]);
    expect(t.nearMisses).toEqual([{ text: 'Cenk Uygur', lang: 'en', why: 'a surname' }]);
  });

  it('reports a draft field that did not survive migration by its format-1 path', () => {
    const draft = draftPack();
    delete (draft.quotes as any)[0].paragraph;
    const result = loadPack(draft);
    expect(result.ok ? '' : result.error.message).toMatch(/^quotes\[0\]\.date\.evidence\.paragraph: /);
  });
});

describe('migratePack', () => {
  it('runs the steps in order up to the target version', () => {
    const table = {
      0: (p: Record<string, unknown>) => ({ ...p, formatVersion: 1, trail: ['0->1'] }),
      1: (p: Record<string, unknown>) => ({ ...p, formatVersion: 2, trail: [...(p.trail as string[]), '1->2'] }),
    };
    const result = migratePack({ formatVersion: 0 }, table, 2);
    expect(result).toEqual({ ok: true, pack: { formatVersion: 2, trail: ['0->1', '1->2'] } });
  });

  it('fails with a reason when a version has no step, is missing, or a step does not advance', () => {
    expect(migratePack({ formatVersion: -1 })).toMatchObject({ ok: false, path: 'formatVersion', reason: 'no migration from format -1' });
    expect(migratePack({})).toMatchObject({ ok: false, reason: 'expected an integer format version' });
    expect(migratePack({ formatVersion: 0 }, { 0: (p) => p }, 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/did not raise/) });
  });

  it('has a step for every version below the current one', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([0, 1]);
  });
});

/** A pack in the format-1 shape: `reviewed` at the top, shown prose as plain strings. */
function format1Pack(): Record<string, any> {
  const pack = structuredClone(minimalPack()) as Record<string, any>;
  const { provenance, ...rest } = pack;
  const text = (p: { text: string }[]) => p.map((s) => s.text).join(' ');
  return {
    ...rest,
    formatVersion: 1,
    reviewed: provenance.reviewed,
    summary: { origin: 'project', gist: 'One thing happened.', short: 'One thing happened. Then “Another” did. And a third.' },
    quotes: rest.quotes.map((q: any) => ({ ...q, occasion: 'told a meeting' })),
    events: rest.events.map((e: any) => ({ ...e, title: text(e.title) })),
    terms: rest.terms.map((t: any) => ({ ...t, note: text(t.note) })),
  };
}

describe('migrate1to2', () => {
  it('makes a format-1 pack a curated format-2 pack that loads', () => {
    const result = loadPack(format1Pack());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.pack.formatVersion).toBe(2);
    expect(result.pack.provenance).toEqual({ kind: 'curated', reviewed: '2026-01-15' });
    expect('reviewed' in result.pack).toBe(false);
  });

  it('splits shown prose into sentences and attaches no evidence it cannot judge', () => {
    const migrated = migrate1to2(format1Pack()) as any;
    expect(migrated.summary.short).toEqual([
      { text: 'One thing happened.', evidence: [] },
      { text: 'Then “Another” did.', evidence: [] },
      { text: 'And a third.', evidence: [] },
    ]);
    expect(migrated.summary.gist).toEqual([{ text: 'One thing happened.', evidence: [] }]);
    expect(migrated.quotes[0].occasion).toEqual([{ text: 'told a meeting', evidence: [] }]);
    expect(migrated.events[0].title).toEqual([{ text: 'Ann spoke.', evidence: [] }]);
    expect(migrated.terms[0].note).toEqual([{ text: 'A thing.', evidence: [] }]);
  });

  it('leaves a quote without an occasion without one, and keeps keys in the format-2 order', () => {
    const old = format1Pack();
    delete old.quotes[0].occasion;
    const migrated = migrate1to2(old) as any;
    expect('occasion' in migrated.quotes[0]).toBe(false);
    expect(Object.keys(migrated).slice(0, 5)).toEqual(['formatVersion', 'id', 'packVersion', 'provenance', 'topic']);
  });
});
