import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPack, loadPacks } from './load-pack.ts';
import { minimalPack, prose } from './test-pack.ts';

const SHIPPED = new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url);

/** Loads a mutated copy of the minimal pack and returns its error message (or 'ok'). */
function messageFor(mutate: (pack: any) => void): string {
  const pack = minimalPack() as any;
  mutate(pack);
  const result = loadPack(pack);
  return result.ok ? 'ok' : result.error.message;
}

describe('loadPack', () => {
  it('accepts the minimal pack both as text and as a parsed object', () => {
    expect(loadPack(minimalPack()).ok).toBe(true);
    expect(loadPack(JSON.stringify(minimalPack())).ok).toBe(true);
  });

  it('validates the shipped pack and round-trips it byte for byte', () => {
    const text = readFileSync(SHIPPED, 'utf8');
    const result = loadPack(text);
    if (!result.ok) throw new Error(`shipped pack rejected: ${result.error.issues.map((i) => `${i.path}: ${i.reason}`).join('; ')}`);
    // Equal as data: the schema dropped no key it does not know (a typo such as "parital" would vanish).
    expect(result.pack).toEqual(JSON.parse(text));
    // Equal as text: 2-space JSON with a final newline, keys in the schema's order (the canonical form).
    expect(JSON.stringify(JSON.parse(text), null, 2) + '\n', 'not formatted as JSON.stringify(pack, null, 2)').toBe(text);
    expect(JSON.stringify(result.pack, null, 2) + '\n', 'keys not in the order of core/pack/schema.ts').toBe(text);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('validates without compiling code at run time (the extension\'s CSP forbids eval)', () => {
    const forbidden = () => {
      throw new Error('code compiled at run time');
    };
    vi.stubGlobal('eval', forbidden);
    vi.stubGlobal('Function', forbidden);
    expect(loadPack(readFileSync(SHIPPED, 'utf8')).ok).toBe(true);
    expect(loadPack({ ...minimalPack(), id: 'Bad Id' }).ok).toBe(false);
  });

  it('names the field and the reason when a quote has no text', () => {
    expect(messageFor((p) => (p.quotes[0].text = ''))).toBe('quotes[0].text: expected a non-empty string');
    expect(messageFor((p) => delete p.quotes[0].text)).toMatch(/^quotes\[0\]\.text: /);
  });

  it('names the field when a date is not a real date or does not fit its precision', () => {
    expect(messageFor((p) => (p.events[0].date.value = '2020-02-30'))).toMatch(/^events\[0\]\.date\.value: expected YYYY-MM-DD/);
    expect(messageFor((p) => (p.events[2].date.value = '2019-12-01'))).toMatch(/^events\[2\]\.date\.value: /);
    // A week is named by its Monday; 2020-01-07 is a Tuesday.
    expect(messageFor((p) => (p.events[1].date.value = '2020-01-07'))).toMatch(/^events\[1\]\.date\.value: /);
    expect(messageFor((p) => (p.events[1].date.precision = 'decade'))).toMatch(/^events\[1\]\.date\.precision: expected "day"/);
    expect(messageFor((p) => (p.events[1].date.precision = 'year'))).toMatch(/^events\[1\]\.date\.value: expected .*YYYY for a year/);
    expect(messageFor((p) => (p.provenance.reviewed = '15/01/2026'))).toBe('provenance.reviewed: expected a real date as YYYY-MM-DD');
  });

  it('rejects a summary longer than its word limit', () => {
    expect(messageFor((p) => (p.summary.gist = prose('word '.repeat(36))))).toBe('summary.gist: expected at most 35 words');
    expect(messageFor((p) => (p.summary.gist = prose('word '.repeat(35))))).toBe('ok');
    expect(messageFor((p) => (p.summary.origin = 'article'))).toMatch(/^summary\.origin: /);
  });

  it('rejects broken links between quotes, events, entities and terms', () => {
    expect(messageFor((p) => (p.quotes[0].source.entityId = 'nobody'))).toBe('quotes[0].source.entityId: no entity with id "nobody"');
    expect(messageFor((p) => (p.quotes[0].source.kind = 'document'))).toMatch(/^quotes\[0\]\.source\.kind: /);
    expect(messageFor((p) => (p.events[0].quoteIds = []))).toMatch(/^quotes\[0\]\.eventId: event "e-speech" does not list/);
    expect(messageFor((p) => (p.terms[0].eventIds = ['e-none']))).toBe('terms[0].eventIds[0]: no event with id "e-none"');
    expect(messageFor((p) => p.events.push({ ...p.events[1] }))).toBe('events[3].id: duplicate id "e-later"');
    expect(messageFor((p) => (p.quotes[0].editorialInsertions = ['(sic)']))).toBe(
      'quotes[0].editorialInsertions[0]: not found in the quote\'s text',
    );
  });

  it('rejects a variant longer than a name or phrase (the scan relies on short mentions)', () => {
    expect(messageFor((p) => (p.terms[0].variants[0].text = 'x'.repeat(81)))).toBe('terms[0].variants[0].text: expected at most 80 characters');
    expect(messageFor((p) => (p.terms[0].variants[0].text = 'x'.repeat(80)))).toBe('ok');
  });

  it('rejects a term example that expects nothing and a term with no variants', () => {
    expect(messageFor((p) => (p.terms[0].examples[0].expect = []))).toMatch(/^terms\[0\]\.examples\[0\]\.expect: /);
    expect(messageFor((p) => (p.terms[0].variants = []))).toBe('terms[0].variants: expected at least one variant');
  });

  it('reports text that is not JSON, a non-object and a pack from the future without throwing', () => {
    expect(loadPack('{"formatVersion": 1,').ok).toBe(false);
    const notObject = loadPack([1, 2]);
    expect(notObject.ok ? '' : notObject.error.message).toBe('(pack): expected a JSON object');
    const future = loadPack({ ...minimalPack(), formatVersion: 3 });
    expect(future.ok ? '' : future.error.message).toMatch(/^formatVersion: format 3 is newer/);
    expect(future.ok ? '' : future.error.packId).toBe('test-pack');
  });

  it('lists every issue, not only the first', () => {
    const pack = minimalPack() as any;
    pack.quotes[0].text = '';
    pack.source.url = 'not a url';
    const result = loadPack(pack);
    expect(result.ok ? [] : result.error.issues.map((i) => i.path).sort()).toEqual(['quotes[0].text', 'source.url']);
  });
});

describe('loadPacks', () => {
  it('keeps the good packs and reports the bad ones by position', () => {
    const broken = minimalPack() as any;
    broken.id = 'broken-pack';
    broken.quotes[0].text = '';
    const other = { ...minimalPack(), id: 'other-pack' };
    const { packs, rejected } = loadPacks([minimalPack(), broken, 'not json', other]);
    expect(packs.map((p) => p.id)).toEqual(['test-pack', 'other-pack']);
    expect(rejected.map((r) => [r.index, r.error.packId, r.error.message.split(':')[0]])).toEqual([
      [1, 'broken-pack', 'quotes[0].text'],
      [2, undefined, '(pack)'],
    ]);
  });

  it('rejects a second pack with an id already loaded', () => {
    const { packs, rejected } = loadPacks([minimalPack(), minimalPack()]);
    expect(packs).toHaveLength(1);
    expect(rejected[0]?.error.message).toBe('id: another pack already has id "test-pack"');
  });
});
