import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load-pack.ts';
import { capCollections, overlongList, PACK_CAPS } from './trim.ts';
import { readerPack } from './test-source.ts';

type Json = Record<string, unknown>;

describe('capping a pack', () => {
  it('leaves a pack within the caps exactly as it was', () => {
    const pack = readerPack() as unknown as Json;
    expect(capCollections(pack)).toEqual({ pack, notes: [] });
  });

  it('cuts 100,000 quotations to the cap and removes every reference to those cut', () => {
    const p = readerPack();
    p.quotes = Array.from({ length: 100_000 }, (_, i) => ({ ...p.quotes[0]!, id: `q-${i}`, eventId: undefined }));
    delete p.quotes[0]!.eventId;
    p.quotes[0]!.eventId = 'e-speech';
    p.events[0]!.quoteIds = ['q-0', 'q-99999'];
    p.termLinks = [{ termId: 'widget', quoteIds: ['q-1', 'q-50000'], eventIds: ['e-speech'] }];
    const { pack, notes } = capCollections(p as unknown as Json);
    expect(notes).toEqual(['Kept the first 2,000 quotations of 100,000 (a source may bring at most 2,000).']);
    expect((pack.quotes as unknown[]).length).toBe(PACK_CAPS.quotes);
    expect((pack.events as { quoteIds: string[] }[])[0]!.quoteIds).toEqual(['q-0']);
    expect(pack.termLinks).toEqual([{ termId: 'widget', quoteIds: ['q-1'], eventIds: ['e-speech'] }]);
    expect(loadPack(pack)).toMatchObject({ ok: true });
  }, 30_000);

  it('drops quotations whose speaker was cut with the entities, and links to cut events', () => {
    const p = readerPack();
    p.entities = Array.from({ length: 2001 }, (_, i) => ({ ...p.entities[0]!, id: `person-${i}` }));
    p.quotes[0]!.source = { kind: 'person', entityId: 'person-2000' };
    p.events = Array.from({ length: 2001 }, (_, i) => ({ ...p.events[1]!, id: `e-${i}`, quoteIds: [] }));
    p.events[2000]!.quoteIds = ['q-one'];
    p.quotes[0]!.eventId = 'e-2000';
    p.termLinks = [{ termId: 'widget', quoteIds: ['q-one'], eventIds: ['e-0', 'e-2000'] }];
    const { pack, notes } = capCollections(JSON.parse(JSON.stringify(p)) as Json);
    expect(notes).toEqual([
      'Kept the first 2,000 entities of 2,001 (a source may bring at most 2,000).',
      'Kept the first 2,000 events of 2,001 (a source may bring at most 2,000).',
      'Removed 1 quotation whose speaker was among the entities cut.',
    ]);
    expect(pack.quotes).toEqual([]);
    expect(pack.termLinks).toEqual([{ termId: 'widget', quoteIds: [], eventIds: ['e-0'] }]);
    expect(loadPack(pack)).toMatchObject({ ok: true });
  });

  it('cuts a translator who was cut to "not stated"', () => {
    const p = readerPack();
    p.entities = Array.from({ length: 2001 }, (_, i) => ({ ...p.entities[0]!, id: i === 0 ? 'ann-example' : `person-${i}` }));
    p.quotes[0]!.translation = { by: 'entity', entityId: 'person-2000', evidence: [] };
    const { pack } = capCollections(JSON.parse(JSON.stringify(p)) as Json);
    expect((pack.quotes as Json[])[0]!.translation).toEqual({ by: 'unknown', evidence: [] });
    expect(loadPack(pack)).toMatchObject({ ok: true });
  });
});

describe('over-long lists', () => {
  it('finds the first list longer than the limit outside the capped collections', () => {
    expect(overlongList(readerPack() as unknown as Json)).toBeNull();
    expect(overlongList({ quotes: new Array(5000).fill(1) })).toBeNull();
    expect(overlongList({ entities: [{ aliases: new Array(501).fill('a') }] })).toBe('entities[0].aliases');
    expect(overlongList({ source: { notes: new Array(501).fill('n') } })).toBe('source.notes');
  });
});

describe('lists of ids', () => {
  it('may be as long as the collection they name, and no longer', () => {
    expect(overlongList({ events: [{ quoteIds: new Array(2000).fill('q') }] })).toBeNull();
    expect(overlongList({ termLinks: [{ termId: 'w', quoteIds: [], eventIds: new Array(2001).fill('e') }] })).toBe('termLinks[0].eventIds');
  });
});
