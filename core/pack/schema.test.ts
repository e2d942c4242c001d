// Format 2's new rules, each shown failing with the field named: provenance, web-only URLs, length limits,
// unidentified speakers, translations, evidence on prose, term links, and what only curated packs must meet.
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack.ts';
import { LIMITS } from './schema.ts';
import { minimalPack } from './test-pack.ts';

function messages(mutate: (pack: any) => void): string[] {
  const pack = minimalPack() as any;
  mutate(pack);
  const result = loadPack(pack);
  return result.ok ? [] : result.error.issues.map((i) => `${i.path}: ${i.reason}`);
}

/** The minimal pack as a machine would extract it from a page: no terms, no curated summary. */
function extracted(pack: any): void {
  pack.provenance = { kind: 'extracted', url: 'https://news.example/2020/01/02/story', extracted: '2026-12-01' };
  pack.terms = [];
  delete pack.summary;
}

describe('format 2: provenance', () => {
  it('accepts a curated, an extracted and a reader-reviewed pack', () => {
    expect(messages(() => {})).toEqual([]);
    expect(messages(extracted)).toEqual([]);
    expect(
      messages((p) => {
        extracted(p);
        p.provenance = { kind: 'reader-reviewed', url: p.source.url, extracted: '2026-12-01', reviewed: '2026-12-02' };
      }),
    ).toEqual([]);
  });

  it('rejects an unknown kind and an extracted pack without its page and day', () => {
    expect(messages((p) => (p.provenance = { kind: 'guessed' }))[0]).toMatch(/^provenance\.kind: /);
    expect(messages((p) => (p.provenance = { kind: 'extracted', extracted: '2026-12-01' }))[0]).toMatch(/^provenance\.url: /);
  });
});

describe('format 2: only https: and http: addresses', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome-extension://abc/page.html', '/relative'])(
    'rejects %s as the source URL, a canonical URL, a provenance URL and a background URL',
    (bad) => {
      expect(messages((p) => (p.source.url = bad))[0]).toBe('source.url: expected an absolute https: or http: URL');
      expect(messages((p) => (p.source.canonicalUrl = bad))[0]).toMatch(/^source\.canonicalUrl: expected an absolute https/);
      expect(messages((p) => (extracted(p), (p.provenance.url = bad)))[0]).toMatch(/^provenance\.url: expected an absolute https/);
      expect(messages((p) => (p.background = [{ id: 'b', name: 'B', url: bad, states: 'x' }]))[0]).toMatch(/^background\[0\]\.url: /);
    },
  );

  it('accepts http: and https:', () => {
    expect(messages((p) => (p.source.url = 'http://news.example/a'))).toEqual([]);
    expect(messages((p) => (p.source.canonicalUrl = 'https://news.example/a'))).toEqual([]);
  });
});

describe('format 2: every string a UI shows has a length limit', () => {
  it('rejects an over-long label, title, sentence, name and quotation, and accepts each at its limit', () => {
    const cases: [string, (p: any, s: string) => void, number][] = [
      ['terms[0].label', (p, s) => (p.terms[0].label = s), LIMITS.label],
      ['topic.label', (p, s) => (p.topic.label = s), LIMITS.label],
      ['source.title', (p, s) => (p.source.title = s), LIMITS.title],
      ['terms[0].note[0].text', (p, s) => (p.terms[0].note[0].text = s), LIMITS.sentence],
      ['entities[0].name', (p, s) => (p.entities[0].name = s), LIMITS.label],
      ['quotes[0].text', (p, s) => (p.quotes[0].text = s), LIMITS.quote],
    ];
    for (const [path, set, max] of cases) {
      expect(messages((p) => set(p, 'x'.repeat(max + 1))), path).toEqual([`${path}: expected at most ${max} characters`]);
      expect(messages((p) => set(p, 'x'.repeat(max))), path).toEqual([]);
    }
  });
});

describe('format 2: quotations', () => {
  it('takes a quotation whose speaker the source does not identify, with no entity', () => {
    const msgs = messages((p) => {
      extracted(p);
      p.quotes[0].source = { kind: 'unidentified', as: 'a spokesman' };
    });
    expect(msgs).toEqual([]);
  });

  it('records a translation: by the source, by an entity of the pack, or by someone not stated', () => {
    expect(messages((p) => (p.quotes[0].translation = { by: 'source', fromLang: 'zh', evidence: [] }))).toEqual([]);
    expect(messages((p) => (p.quotes[0].translation = { by: 'entity', entityId: 'ann-example', evidence: [] }))).toEqual([]);
    expect(messages((p) => (p.quotes[0].translation = { by: 'entity', entityId: 'nobody', evidence: [] }))).toEqual([
      'quotes[0].translation.entityId: no entity with id "nobody"',
    ]);
    expect(messages((p) => (p.quotes[0].translation = { by: 'source', entityId: 'ann-example', evidence: [] }))[0]).toMatch(
      /^quotes\[0\]\.translation: expected entityId exactly when by is "entity"/,
    );
  });
});

describe('format 2: evidence on prose', () => {
  it('accepts body spans, metadata fields and named background sources', () => {
    const msgs = messages((p) => {
      p.background = [{ id: 'hansard', name: 'Hansard, 30 October 2018', states: 'Hunt answered questions on 30 October 2018.' }];
      p.terms[0].note = [
        { text: 'A thing.', evidence: [{ kind: 'body', start: 0, end: 10 }] },
        { text: 'Said in 2018.', evidence: [{ kind: 'background', sourceId: 'hansard' }, { kind: 'metadata', field: 'published' }] },
      ];
    });
    expect(msgs).toEqual([]);
  });

  it('rejects an empty span, an unknown metadata field and a background source the pack does not name', () => {
    expect(messages((p) => (p.terms[0].note[0].evidence = [{ kind: 'body', start: 5, end: 5 }]))[0]).toMatch(/^terms\[0\]\.note\[0\]\.evidence\[0\]: expected end after start/);
    expect(messages((p) => (p.terms[0].note[0].evidence = [{ kind: 'metadata', field: 'mood' }]))[0]).toMatch(/^terms\[0\]\.note\[0\]\.evidence\[0\]\.field: /);
    expect(messages((p) => (p.terms[0].note[0].evidence = [{ kind: 'background', sourceId: 'nowhere' }]))).toEqual([
      'terms[0].note[0].evidence[0].sourceId: no background source with id "nowhere"',
    ]);
  });

  it('keeps the gist and an event title to one sentence', () => {
    const two = [
      { text: 'One.', evidence: [] },
      { text: 'Two.', evidence: [] },
    ];
    expect(messages((p) => (p.summary.gist = two))).toEqual(['summary.gist: expected one sentence']);
    expect(messages((p) => (p.events[0].title = two))).toEqual(['events[0].title: expected one sentence']);
  });
});

describe('format 2: terms and term links', () => {
  it('lets a non-curated pack attach quotations and events to a topic term by id, but not define terms', () => {
    expect(messages((p) => (extracted(p), (p.termLinks = [{ termId: 'xinjiang', quoteIds: ['q-one'], eventIds: ['e-speech'] }])))).toEqual([]);
    expect(messages((p) => (extracted(p), (p.termLinks = [{ termId: 'xinjiang', quoteIds: ['q-two'], eventIds: [] }])))).toEqual([
      'termLinks[0].quoteIds[0]: no quote with id "q-two"',
    ]);
    expect(messages((p) => (extracted(p), (p.terms = minimalPack().terms)))).toEqual([
      'terms: only a curated pack may define terms; link to the topic\'s terms with termLinks',
    ]);
  });
});

describe('format 2: exclusions', () => {
  it('takes phrases that hold a variant and name something else, each with its reason', () => {
    expect(messages((p) => (p.terms[0].exclusions = [{ text: 'Uyghur Khaganate', lang: 'en', inflection: 'en', why: 'a historical state' }]))).toEqual([]);
    expect(messages((p) => (p.terms[0].exclusions = [{ text: 'Uyghur Khaganate', lang: 'en' }]))[0]).toMatch(/^terms\[0\]\.exclusions\[0\]\.why: /);
    expect(messages((p) => (p.terms[0].exclusions = [{ text: 'x'.repeat(81), lang: 'en', why: 'too long' }]))[0]).toMatch(/^terms\[0\]\.exclusions\[0\]\.text: /);
  });
});

describe('format 2: what only a curated pack must meet', () => {
  it('needs the project\'s summary, an entity for every quotation and a near-miss for every term', () => {
    expect(messages((p) => delete p.summary)).toEqual(['summary: a curated pack needs a summary in the project\'s own words (origin "project")']);
    expect(messages((p) => (p.summary = { origin: 'source', text: 'The page describes itself.', from: 'page-metadata' }))[0]).toMatch(/^summary: /);
    expect(messages((p) => (p.quotes[0].source = { kind: 'unidentified' }))).toEqual(['quotes[0].source.kind: a curated pack names an entity for every quotation']);
    expect(messages((p) => (p.terms[0].nearMisses = []))).toEqual(['terms[0].nearMisses: a curated pack needs at least one near-miss per term']);
  });

  it('asks none of that of an extracted pack, which may carry the source\'s own description as its summary', () => {
    expect(
      messages((p) => {
        extracted(p);
        p.summary = { origin: 'source', text: 'The page describes itself.', from: 'page-metadata' };
        p.quotes[0].source = { kind: 'unidentified' };
      }),
    ).toEqual([]);
  });
});
