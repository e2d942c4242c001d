import { describe, expect, it } from 'vitest';
import { checkReferences } from './references.ts';
import { minimalPack } from './test-pack.ts';

const paths = (pack: ReturnType<typeof minimalPack>) => checkReferences(pack).map((issue) => issue.path);

describe('checkReferences', () => {
  it('finds nothing wrong in a consistent pack', () => {
    expect(checkReferences(minimalPack())).toEqual([]);
  });

  it('reports a duplicate id in each collection, at the second occurrence', () => {
    const pack = minimalPack();
    pack.terms.push({ ...pack.terms[0]!, label: 'Widget again' });
    pack.entities.push({ ...pack.entities[0]! });
    pack.events.push({ ...pack.events[1]! });
    pack.quotes.push({ ...pack.quotes[0]!, eventId: undefined });
    const issues = checkReferences(pack);
    expect(issues).toContainEqual({ path: 'terms[1].id', reason: 'duplicate id "widget"' });
    expect(issues).toContainEqual({ path: 'entities[1].id', reason: 'duplicate id "ann-example"' });
    expect(issues).toContainEqual({ path: 'events[3].id', reason: 'duplicate id "e-later"' });
    expect(issues).toContainEqual({ path: 'quotes[1].id', reason: 'duplicate id "q-one"' });
    expect(issues.filter((i) => i.reason.startsWith('duplicate'))).toHaveLength(4);
  });

  it('reports a term naming a quote the pack does not hold', () => {
    const pack = minimalPack();
    pack.terms[0]!.quoteIds = ['q-one', 'q-missing'];
    expect(checkReferences(pack)).toEqual([{ path: 'terms[0].quoteIds[1]', reason: 'no quote with id "q-missing"' }]);
  });

  it('reports a term naming an event the pack does not hold', () => {
    const pack = minimalPack();
    pack.terms[0]!.eventIds = ['e-nowhere'];
    expect(paths(pack)).toEqual(['terms[0].eventIds[0]']);
  });

  it('reports an event naming an entity the pack does not hold, and accepts one it does', () => {
    const pack = minimalPack();
    pack.events[0]!.entityIds = ['ann-example', 'bob-missing'];
    expect(checkReferences(pack)).toEqual([{ path: 'events[0].entityIds[1]', reason: 'no entity with id "bob-missing"' }]);
  });

  it('reports an event naming a quote the pack does not hold', () => {
    const pack = minimalPack();
    pack.events[1]!.quoteIds = ['q-gone'];
    expect(paths(pack)).toEqual(['events[1].quoteIds[0]']);
  });

  it('reports a scare quote whose termOf names no entity, and accepts one that does', () => {
    const pack = minimalPack();
    pack.scareQuotes.push({ text: 'so-called', paragraph: 3, note: 'their term', termOf: 'ann-example' });
    pack.scareQuotes.push({ text: 'so-called', paragraph: 3, note: 'their term', termOf: 'nobody' });
    expect(checkReferences(pack)).toEqual([{ path: 'scareQuotes[2].termOf', reason: 'no entity with id "nobody"' }]);
  });

  it('reports a quote whose speaker is missing or of another kind', () => {
    const missing = minimalPack();
    missing.quotes[0]!.source = { kind: 'person', entityId: 'nobody' };
    expect(paths(missing)).toEqual(['quotes[0].source.entityId']);
    const wrongKind = minimalPack();
    wrongKind.entities[0]!.kind = 'organisation';
    expect(checkReferences(wrongKind)).toEqual([
      { path: 'quotes[0].source.kind', reason: '"person" but entity "ann-example" is a organisation' },
    ]);
  });

  it('reports a quote whose event is missing or does not list it back', () => {
    const missing = minimalPack();
    missing.quotes[0]!.eventId = 'e-none';
    expect(paths(missing)).toEqual(['quotes[0].eventId']);
    const oneWay = minimalPack();
    oneWay.events[0]!.quoteIds = [];
    expect(checkReferences(oneWay)).toEqual([
      { path: 'quotes[0].eventId', reason: 'event "e-speech" does not list this quote in its quoteIds' },
    ]);
  });

  it('reports an editorial insertion that is not in the quote', () => {
    const pack = minimalPack();
    pack.quotes[0]!.editorialInsertions = ['will', '[sic]'];
    expect(paths(pack)).toEqual(['quotes[0].editorialInsertions[1]']);
  });
});
