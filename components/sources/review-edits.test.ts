import { describe, expect, it } from 'vitest';
import { packForSave, reviewProblems, withAuthors, withEntityText, withoutItems, withSourceDay, withSourceText, withSpeaker } from './review-edits';
import { passageSnippet, quoteSpan, eventSpan } from './evidence';
import { testPack } from './test-draft';

describe('review edits', () => {
  it('starts from a pack the schema accepts', () => {
    expect(reviewProblems(packForSave(testPack()))).toEqual([]);
  });

  it('sets the speaker to another entity, to nobody, or to a new name the reader types', () => {
    const pack = testPack();
    const toMinistry = withSpeaker(pack, 'q-we-will-look', { kind: 'entity', entityId: 'o-ministry' });
    expect(toMinistry.quotes[0]!.source).toEqual({ kind: 'organisation', entityId: 'o-ministry' });
    expect(toMinistry.quotes[0]!.speakerInferred).toBe(false);
    expect(withSpeaker(pack, 'q-we-will-look', { kind: 'unidentified' }).quotes[0]!.source).toEqual({ kind: 'unidentified' });
    // Unidentified already: how the page refers to the speaker is kept.
    expect(withSpeaker(pack, 'q-unnamed', { kind: 'unidentified' }).quotes[2]!.source).toEqual({ kind: 'unidentified', as: 'a resident' });
    const named = withSpeaker(pack, 'q-unnamed', { kind: 'new', name: 'Omar Haddad', entityKind: 'person' });
    const entity = named.entities.at(-1)!;
    expect(entity).toMatchObject({ id: 'r-omar-haddad', kind: 'person', name: 'Omar Haddad', evidence: { where: 'article', paragraph: 5 } });
    expect(named.quotes[2]!.source).toEqual({ kind: 'person', entityId: 'r-omar-haddad' });
    expect(reviewProblems(packForSave(named))).toEqual([]);
    // A place cannot be a speaker: the choice is refused and the pack unchanged.
    expect(withSpeaker(pack, 'q-unnamed', { kind: 'entity', entityId: 'pl-harbour' })).toBe(pack);
  });

  it('gives a second new speaker of the same name its own id', () => {
    const once = withSpeaker(testPack(), 'q-unnamed', { kind: 'new', name: 'Omar Haddad', entityKind: 'person' });
    const twice = withSpeaker(once, 'q-we-will-look', { kind: 'new', name: 'Omar Haddad', entityKind: 'organisation' });
    expect(twice.entities.map((e) => e.id).filter((id) => id.startsWith('r-'))).toEqual(['r-omar-haddad', 'r-omar-haddad-2']);
    expect(reviewProblems(packForSave(twice))).toEqual([]);
  });

  it('leaves out a quotation and every list that names it', () => {
    const pack = withoutItems(testPack(), new Set(['q-no-comment']), new Set());
    expect(pack.quotes.map((q) => q.id)).toEqual(['q-we-will-look', 'q-unnamed']);
    expect(pack.events[0]!.quoteIds).toEqual([]);
    expect(pack.termLinks).toEqual([{ termId: 'xinjiang', quoteIds: ['q-we-will-look'], eventIds: ['e-monday'] }]);
    expect(reviewProblems(pack)).toEqual([]);
  });

  it('leaves out a date: its quotation forgets the event, and an empty term link goes', () => {
    const pack = withoutItems(testPack(), new Set(['q-we-will-look']), new Set(['e-monday']));
    expect(pack.events.map((e) => e.id)).toEqual(['e-last-year']);
    expect(pack.quotes.find((q) => q.id === 'q-no-comment')!.eventId).toBeUndefined();
    expect(pack.termLinks).toEqual([{ termId: 'xinjiang', quoteIds: ['q-no-comment'], eventIds: [] }]);
    const all = withoutItems(testPack(), new Set(['q-we-will-look', 'q-no-comment']), new Set(['e-monday']));
    expect(all.termLinks).toBeUndefined();
    expect(reviewProblems(all)).toEqual([]);
  });

  it('marks a day the reader sets as theirs, and clears one', () => {
    const set = withSourceDay(testPack(), 'published', '2026-12-01');
    expect(set.source).toMatchObject({ published: '2026-12-01', publishedFrom: 'reader' });
    const cleared = withSourceDay(set, 'published', '');
    expect(cleared.source.published).toBeUndefined();
    expect(cleared.source.publishedFrom).toBeUndefined();
    expect(withSourceDay(testPack(), 'updated', '2026-12-02').source.updated).toEqual({ value: '2026-12-02', from: 'reader' });
    expect(withSourceDay(withSourceDay(testPack(), 'updated', '2026-12-02'), 'updated', '').source.updated).toBeUndefined();
  });

  it('tidies what was typed and drops an empty given name or site', () => {
    let pack = withAuthors(testPack(), [{ kind: 'person', given: '  ', family: ' Ruiz  Soto ' }, { kind: 'organisation', name: 'Desk' }]);
    pack = withSourceText(withSourceText(pack, 'title', '  A   title '), 'containerTitle', ' ');
    pack = withEntityText(pack, 'p-li-wen', 'role', '   ');
    const saved = packForSave(pack);
    expect(saved.source.authors).toEqual([{ family: 'Ruiz Soto' }, { literal: 'Desk' }]);
    expect(saved.source.title).toBe('A title');
    expect(saved.source.containerTitle).toBeUndefined();
    expect(saved.entities[0]!.role).toBeUndefined();
    expect(reviewProblems(saved)).toEqual([]);
  });

  it('names the field of each problem', () => {
    let pack = withSourceText(testPack(), 'title', ' ');
    pack = withAuthors(pack, [{ kind: 'person', given: 'Ana', family: '' }]);
    pack = withEntityText(pack, 'o-ministry', 'name', '');
    pack = withSourceText(pack, 'publisher', 'x'.repeat(161));
    const fields = reviewProblems(packForSave(pack)).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'author-0', 'speaker-o-ministry', 'publisher']));
  });
});

describe('evidence', () => {
  it('reads a text directive back into words', () => {
    expect(passageSnippet('text=said%20Li-,We%20will,every%20case,-on%20Monday')).toEqual({ before: 'said Li', start: 'We will', end: 'every case', after: 'on Monday' });
    expect(passageSnippet('text=with%20a%20lot%20of%20concern.')).toEqual({ start: 'with a lot of concern.' });
    expect(passageSnippet(undefined)).toBeNull();
    expect(passageSnippet('text=%E0%A4%A')).toBeNull();
    expect(passageSnippet('text=a,b,c')).toBeNull();
  });

  it('gives the span of a quotation and of a date', () => {
    const pack = testPack();
    expect(quoteSpan(pack.quotes[0]!)).toEqual({ start: 120, end: 146, text: pack.quotes[0]!.text });
    expect(quoteSpan(pack.quotes[2]!)).toBeNull();
    expect(eventSpan(pack.events[0]!)).toEqual({ start: 312, end: 321, text: 'The ministry answered on Monday.' });
  });
});
