import { describe, expect, it } from 'vitest';
import { planMatcher, termsOf } from '../match/plan-matcher.ts';
import { attachToTopic } from './attach.ts';
import { readImportFile } from './import-file.ts';
import { curatedPacks, readerPack } from './test-source.ts';

describe('attaching to the topic', () => {
  it('keeps links to the terms the curated packs define', () => {
    const result = attachToTopic(readerPack(), curatedPacks());
    expect(result).toEqual({ ok: true, pack: readerPack(), notes: [] });
  });

  it('drops links to terms nobody defines, and repeated links, and says so', () => {
    const pack = readerPack();
    pack.termLinks = [
      { termId: 'widget', quoteIds: ['q-one'], eventIds: [] },
      { termId: 'gadget', quoteIds: ['q-one'], eventIds: [] },
      { termId: 'widget', quoteIds: [], eventIds: ['e-later'] },
    ];
    const result = attachToTopic(pack, curatedPacks());
    if (!result.ok) throw new Error(result.reason);
    expect(result.pack.termLinks).toEqual([{ termId: 'widget', quoteIds: ['q-one'], eventIds: [] }]);
    expect(result.notes).toEqual(['Removed links to 1 term the topic does not define ("gadget").']);
  });

  it('drops the links key when none is left', () => {
    const pack = readerPack();
    pack.termLinks = [{ termId: 'gadget', quoteIds: [], eventIds: [] }];
    const result = attachToTopic(pack, curatedPacks());
    expect(result.ok && 'termLinks' in result.pack).toBe(false);
  });

  it('strips any terms, so no source adds words to look for', () => {
    const pack = readerPack();
    pack.terms = structuredClone(curatedPacks()[0]!.terms);
    const result = attachToTopic(pack, curatedPacks());
    expect(result.ok && result.pack.terms).toEqual([]);
    expect(result.ok && result.notes[0]).toMatch(/^Removed 1 term with their variants/);
  });

  it('refuses a source of a topic the extension does not have', () => {
    const pack = readerPack();
    pack.topic = { id: 'elsewhere', label: 'Elsewhere' };
    expect(attachToTopic(pack, curatedPacks())).toEqual({ ok: false, reason: 'topic.id: "elsewhere" is not a topic of this extension' });
  });
});

describe('the matcher plan', () => {
  it('is the same before and after hostile sources are imported and attached', () => {
    const curated = curatedPacks();
    const before = planMatcher(termsOf(curated));
    const hostile = readerPack('hostile');
    // A file that tries to make the extension light up words of its choosing, in every way a pack can.
    const file = {
      ...hostile,
      terms: [
        { ...curated[0]!.terms[0]!, id: 'evil', variants: [{ text: 'the', lang: 'en' }, { text: 'a', lang: 'en' }] },
        { ...curated[0]!.terms[0]!, variants: [{ text: 'and', lang: 'en' }] },
      ],
      termLinks: [{ termId: 'evil', quoteIds: [], eventIds: [] }, ...hostile.termLinks!],
    };
    const read = readImportFile(JSON.stringify(file), { curated, takenIds: new Set(), today: '2026-12-06' });
    expect(read.refused).toEqual([]);
    const sources = read.packs.map((p) => p.pack);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.terms).toEqual([]);
    expect(sources[0]!.termLinks).toEqual(hostile.termLinks);
    // Sources listed before the curated packs, too: termsOf keeps the first term of an id.
    expect(planMatcher(termsOf([...curated, ...sources]))).toEqual(before);
    expect(planMatcher(termsOf([...sources, ...curated]))).toEqual(before);
  });
});
