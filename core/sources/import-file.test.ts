import { describe, expect, it } from 'vitest';
import { minimalPack } from '../pack/test-pack.ts';
import { BUNDLE_FORMAT, exportFile } from './export-file.ts';
import { MAX_IMPORT_BYTES, NOT_VERIFIED_NOTE, readImportFile, utf8Length, type ImportContext } from './import-file.ts';
import { curatedPacks, readerPack } from './test-source.ts';

const ctx = (takenIds: string[] = []): ImportContext => ({ curated: curatedPacks(), takenIds: new Set(takenIds), today: '2026-12-06' });
const bundle = (packs: unknown[]) => JSON.stringify({ format: BUNDLE_FORMAT, version: 1, packs });
const read = (value: unknown, taken: string[] = []) => readImportFile(typeof value === 'string' ? value : JSON.stringify(value), ctx(taken));

describe('reading a file: what it is', () => {
  it('reads one pack, marked imported and not verified on this device', () => {
    const result = read(readerPack());
    expect(result.refused).toEqual([]);
    expect(result.packs).toHaveLength(1);
    const { pack, notes } = result.packs[0]!;
    expect(pack).toEqual({ ...readerPack(), provenance: { ...readerPack().provenance, imported: '2026-12-06' } });
    expect(notes).toEqual([NOT_VERIFIED_NOTE]);
  });

  it('keeps the first import day of a pack that was imported before', () => {
    const earlier = readerPack();
    earlier.provenance = { kind: 'reader-reviewed', url: earlier.source.url, extracted: '2026-11-01', reviewed: '2026-11-02', imported: '2026-11-03' };
    expect(read(earlier).packs[0]!.pack.provenance).toEqual(earlier.provenance);
  });

  it('reads a bundle of packs', () => {
    const result = readImportFile(bundle([readerPack('one'), readerPack('two')]), ctx());
    expect(result.packs.map((p) => p.pack.id)).toEqual(['one', 'two']);
  });

  it('refuses what is not JSON, not a pack and not a bundle, saying which', () => {
    expect(read('{"formatVersion": 2,').refused[0]).toMatch(/^The file is not valid JSON \(.+\)\.$/);
    expect(read('').refused[0]).toMatch(/^The file is not valid JSON/);
    expect(read([readerPack()]).refused).toEqual(['The file is neither a context pack nor a bundle of them ("format": "context-cards-sources").']);
    expect(read('"a string"').refused[0]).toMatch(/neither a context pack nor a bundle/);
    expect(read('null').refused[0]).toMatch(/neither a context pack nor a bundle/);
    expect(readImportFile(42, ctx()).refused).toEqual(['Expected the text of a file.']);
    expect(read({ format: BUNDLE_FORMAT, version: 2, packs: [] }).refused[0]).toMatch(/newer version of the extension \(bundle version 2\)/);
    expect(read({ format: BUNDLE_FORMAT, packs: [] }).refused).toEqual(['The bundle has no version number.']);
    expect(read({ format: BUNDLE_FORMAT, version: 1, packs: {} }).refused).toEqual(['The bundle has no list of packs.']);
  });
});

describe('hostile files', () => {
  it('refuses wrong types pack by pack, naming the pack and the field, and keeps the good ones', () => {
    const wrong = (change: (p: Record<string, unknown>) => void, id = 'wrong') => {
      const p = readerPack(id) as unknown as Record<string, unknown>;
      change(p);
      return p;
    };
    const result = readImportFile(
      bundle([
        wrong((p) => (p.quotes = 'many')),
        readerPack('good'),
        42,
        wrong((p) => ((p.source as Record<string, unknown>).authors = [{ family: 7 }]), 'wrong-author'),
        wrong((p) => (p.formatVersion = '2'), 'string-version'),
        wrong((p) => (p.id = { toString: 'x' })),
      ]),
      ctx(),
    );
    expect(result.packs.map((p) => p.pack.id)).toEqual(['good']);
    expect(result.refused).toEqual([
      'Pack 1 ("wrong"): quotes: expected an array of quotes',
      'Pack 3: expected a JSON object',
      'Pack 4 ("wrong-author"): source.authors[0].family: expected a string',
      'Pack 5 ("string-version"): formatVersion: expected an integer format version',
      'Pack 6: id: expected a string',
    ]);
  });

  it('refuses javascript:, data: and file: addresses wherever a pack has one', () => {
    const urls = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JaVaScRiPt:alert(1)'];
    for (const url of urls) {
      const atSource = readerPack();
      atSource.source.url = url;
      const atCanonical = readerPack();
      atCanonical.source.canonicalUrl = url;
      const atProvenance = readerPack();
      atProvenance.provenance = { kind: 'extracted', url, extracted: '2026-12-01' };
      const result = readImportFile(bundle([atSource, atCanonical, atProvenance]), ctx());
      expect(result.packs).toEqual([]);
      expect(result.refused).toEqual([
        'Pack 1 ("news-example-a-headline"): source.url: expected an absolute https: or http: URL',
        'Pack 2 ("news-example-a-headline"): source.canonicalUrl: expected an absolute https: or http: URL',
        'Pack 3 ("news-example-a-headline"): provenance.url: expected an absolute https: or http: URL',
      ]);
    }
  });

  it('refuses a 50 MB file by its size, before reading it', () => {
    const huge = `{"formatVersion":2,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(readImportFile(huge, ctx())).toEqual({ packs: [], refused: ['The file is 50.0 MB or more; the limit is 5.0 MB.'], notes: [] });
  });

  it('counts the limit in UTF-8 bytes', () => {
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4);
    const chinese = '中'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10); // fewer characters than the limit, more bytes
    expect(chinese.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(readImportFile(chinese, ctx()).refused[0]).toMatch(/^The file is 5\.0 MB; the limit is 5\.0 MB\.$/);
  });

  it('refuses a file of 100,000 quotations by its size, and trims a pack of more quotations than a source may bring', () => {
    const many = (n: number) => {
      const p = readerPack();
      p.quotes = Array.from({ length: n }, (_, i) => ({ ...p.quotes[0]!, id: `q-${i}`, eventId: undefined }));
      p.events = p.events.map((e) => ({ ...e, quoteIds: [] }));
      p.termLinks = [{ termId: 'widget', quoteIds: p.quotes.map((q) => q.id), eventIds: [] }];
      return JSON.stringify(p);
    };
    expect(readImportFile(many(100_000), ctx()).refused[0]).toMatch(/^The file is \d+\.\d MB or more; the limit is 5\.0 MB\.$/);
    const trimmed = readImportFile(many(2_500), ctx());
    expect(trimmed.refused).toEqual([]);
    const pack = trimmed.packs[0]!.pack;
    expect(pack.quotes).toHaveLength(2000);
    expect(pack.termLinks![0]!.quoteIds).toHaveLength(2000);
    expect(trimmed.packs[0]!.notes).toContain('Kept the first 2,000 quotations of 2,500 (a source may bring at most 2,000).');
    expect(trimmed.notes).toEqual(['Pack 1 ("news-example-a-headline"): Kept the first 2,000 quotations of 2,500 (a source may bring at most 2,000).']);
  }, 30_000);

  it('keeps markup as plain text in every free-text string, and refuses it where an id or a date belongs', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';
    const p = readerPack() as unknown as Record<string, unknown>;
    const freeText = new Set(['title', 'publisher', 'text', 'name', 'note', 'expression', 'label']);
    const addMarkup = (x: unknown, key = ''): unknown => {
      if (typeof x === 'string') return freeText.has(key) ? `${x} ${markup}` : x;
      if (Array.isArray(x)) return x.map((item) => addMarkup(item, key));
      if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, value]) => [k, addMarkup(value, k)]));
      return x;
    };
    const marked = addMarkup(p) as Record<string, unknown>;
    const result = read(marked);
    expect(result.refused).toEqual([]);
    const pack = result.packs[0]!.pack;
    expect(pack.source.title).toBe(`A headline ${markup}`);
    expect(pack.quotes[0]!.text).toBe(`we will see ${markup}`);
    expect(pack.entities[0]!.name).toBe(`Ann Example ${markup}`);
    expect(pack.events[0]!.title[0]!.text).toBe(`Ann spoke. ${markup}`);
    expect(JSON.stringify(pack).split(markup.replace(/"/g, '\\"')).length - 1).toBeGreaterThanOrEqual(8);

    const everywhere = (x: unknown): unknown =>
      typeof x === 'string' ? `${x}${markup}` : Array.isArray(x) ? x.map(everywhere) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, value]) => [k, everywhere(value)])) : x;
    const refused = read(everywhere(readerPack()));
    expect(refused.packs).toEqual([]);
    expect(refused.refused).toHaveLength(1);
    expect(refused.refused[0]).toMatch(/^Pack 1 \("news-example-a-headline<img .*"\): \S+: expected /);
  });

  it('renames duplicate pack ids, within the file and against kept sources and curated packs', () => {
    const result = readImportFile(bundle([readerPack('dup'), readerPack('dup'), readerPack('kept'), readerPack(minimalPack().id)]), ctx(['kept', 'dup-2']));
    expect(result.refused).toEqual([]);
    expect(result.packs.map((p) => p.pack.id)).toEqual(['dup', 'dup-3', 'kept-2', 'test-pack-2']);
    expect(result.packs[1]!.notes).toContain('Renamed "dup" to "dup-3": a source or pack with that id is already kept or in this file.');
    expect(result.notes).toHaveLength(3);
  });

  it('refuses a pack whose own items repeat an id', () => {
    const p = readerPack();
    p.entities.push({ ...p.entities[0]! });
    expect(read(p).refused).toEqual(['Pack 1 ("news-example-a-headline"): entities[1].id: duplicate id "ann-example"']);
  });

  it('refuses curated packs, which ship with the extension, and older formats (all curated)', () => {
    expect(read(minimalPack()).refused[0]).toMatch(/^Pack 1 \("test-pack"\): a curated pack ships with the extension/);
    expect(read({ ...readerPack(), formatVersion: 1 }).refused[0]).toMatch(/a curated pack ships with the extension/);
  });

  it('removes terms and links to unknown terms, with notes', () => {
    const p = readerPack() as unknown as Record<string, unknown>;
    p.terms = minimalPack().terms;
    p.termLinks = [{ termId: 'nope', quoteIds: [], eventIds: [] }];
    const result = read(p);
    expect(result.packs[0]!.pack.terms).toEqual([]);
    expect(result.packs[0]!.pack.termLinks).toBeUndefined();
    expect(result.packs[0]!.notes.slice(1)).toEqual([
      'Removed 1 term with their variants: a source attaches to the topic\'s terms and cannot add words to look for.',
      'Removed links to 1 term the topic does not define ("nope").',
    ]);
  });

  it('refuses a pack with a list longer than a reader could use, and nesting that is no pack', () => {
    const p = readerPack();
    p.source.authors = Array.from({ length: 600 }, (_, i) => ({ literal: `Author ${i}` }));
    expect(read(p).refused).toEqual(['Pack 1 ("news-example-a-headline"): source.authors: more than 500 items']);
    const deep = `{"formatVersion":2,"id":"deep","quotes":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = readImportFile(deep, ctx());
    expect(result.packs).toEqual([]);
    expect(result.refused).toHaveLength(1);
  });

  it('reads at most 200 packs from one file, and says so', () => {
    const packs = Array.from({ length: 205 }, (_, i) => readerPack(`p-${i}`));
    const result = readImportFile(bundle(packs), ctx());
    expect(result.packs).toHaveLength(200);
    expect(result.notes[0]).toBe('Read the first 200 packs of 205 (a file may bring at most 200).');
  });

  it('refuses a pack of a topic the extension does not have', () => {
    const p = readerPack();
    p.topic = { id: 'other', label: 'Other' };
    expect(read(p).refused).toEqual(['Pack 1 ("news-example-a-headline"): topic.id: "other" is not a topic of this extension']);
  });
});

describe('export and import', () => {
  it('reads back an exported pack and bundle unchanged (but for the import day), and a second round trip exactly', () => {
    const one = readerPack('one');
    const two = readerPack('two');
    two.provenance = { kind: 'reader-reviewed', url: two.source.url, extracted: '2026-12-01', reviewed: '2026-12-02' };
    const imported = (p: typeof one) => ({ ...p, provenance: { ...p.provenance, imported: '2026-12-06' } });

    const single = exportFile([one], '2026-12-06');
    expect(single.fileName).toBe('one.json');
    expect(readImportFile(single.text, ctx()).packs.map((p) => p.pack)).toEqual([imported(one)]);

    const many = exportFile([one, two], '2026-12-06');
    expect(many.fileName).toBe('context-cards-sources-2026-12-06.json');
    const first = readImportFile(many.text, ctx()).packs.map((p) => p.pack);
    expect(first).toEqual([imported(one), imported(two)]);
    const again = exportFile(first, '2026-12-07');
    expect(readImportFile(again.text, { ...ctx(), today: '2026-12-08' }).packs.map((p) => p.pack)).toEqual(first);
    expect(exportFile(readImportFile(again.text, ctx()).packs.map((p) => p.pack), '2026-12-07').text).toBe(again.text);
  });
});
