// Caps on what one imported pack may bring, applied to the file's JSON before validation: the longest
// collections are cut to their limit (with every reference to what was cut removed), and any other list
// longer than a reader could use refuses the pack. The file's size limit bounds the work done here.
type Json = Record<string, unknown>;

export const PACK_CAPS = { quotes: 2000, events: 2000, entities: 2000, scareQuotes: 2000 } as const;
/** Any other list in a pack (authors, aliases, sentences, evidence, links): longer refuses the pack. */
export const MAX_LIST = 500;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const idsOf = (list: unknown[]): Set<unknown> => new Set(list.map((x) => (isObject(x) ? x.id : undefined)).filter((x) => x !== undefined));
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function withoutIds(x: unknown, gone: Set<unknown>): unknown {
  return Array.isArray(x) ? x.filter((ref) => !gone.has(ref)) : x;
}

function mapObjects(x: unknown, step: (item: Json) => Json): unknown {
  return Array.isArray(x) ? x.map((item) => (isObject(item) ? step(item) : item)) : x;
}

function omit(item: Json, key: string): Json {
  const { [key]: _dropped, ...rest } = item;
  return rest;
}

/** Cuts the pack's collections to PACK_CAPS, removing references to what was cut; the notes say what went. */
export function capCollections(input: Json): { pack: Json; notes: string[] } {
  const notes: string[] = [];
  const pack: Json = { ...input };
  const cut = (key: keyof typeof PACK_CAPS, what: string): Set<unknown> => {
    const list = pack[key];
    if (!Array.isArray(list) || list.length <= PACK_CAPS[key]) return new Set();
    notes.push(`Kept the first ${PACK_CAPS[key].toLocaleString('en')} ${what} of ${list.length.toLocaleString('en')} (a source may bring at most ${PACK_CAPS[key].toLocaleString('en')}).`);
    pack[key] = list.slice(0, PACK_CAPS[key]);
    return idsOf(list.slice(PACK_CAPS[key]));
  };

  const goneEntities = cut('entities', 'entities');
  let goneQuotes = cut('quotes', 'quotations');
  const goneEvents = cut('events', 'events');
  cut('scareQuotes', 'scare-quoted terms');

  if (goneEntities.size > 0 && Array.isArray(pack.quotes)) {
    // A quotation whose speaker was cut cannot be attributed: it goes too (never a guess).
    const speakerGone = (q: unknown) => isObject(q) && isObject(q.source) && goneEntities.has(q.source.entityId);
    const orphans = pack.quotes.filter(speakerGone);
    if (orphans.length > 0) {
      notes.push(`Removed ${plural(orphans.length, 'quotation', 'quotations')} whose speaker was among the entities cut.`);
      pack.quotes = pack.quotes.filter((q) => !speakerGone(q));
      goneQuotes = new Set([...goneQuotes, ...idsOf(orphans)]);
    }
    // A translator who was cut becomes "not stated".
    pack.quotes = mapObjects(pack.quotes, (q) => (isObject(q.translation) && goneEntities.has(q.translation.entityId) ? { ...q, translation: { ...omit(q.translation, 'entityId'), by: 'unknown' } } : q));
    pack.scareQuotes = mapObjects(pack.scareQuotes, (s) => (goneEntities.has(s.termOf) ? omit(s, 'termOf') : s));
    pack.events = mapObjects(pack.events, (e) => (Array.isArray(e.entityIds) ? { ...e, entityIds: withoutIds(e.entityIds, goneEntities) } : e));
  }
  if (goneEvents.size > 0) pack.quotes = mapObjects(pack.quotes, (q) => (goneEvents.has(q.eventId) ? omit(q, 'eventId') : q));
  if (goneQuotes.size > 0) pack.events = mapObjects(pack.events, (e) => ({ ...e, quoteIds: withoutIds(e.quoteIds, goneQuotes) }));
  if (goneQuotes.size > 0 || goneEvents.size > 0) {
    pack.termLinks = mapObjects(pack.termLinks, (l) => ({ ...l, quoteIds: withoutIds(l.quoteIds, goneQuotes), eventIds: withoutIds(l.eventIds, goneEvents) }));
  }
  return { pack, notes };
}

/** Lists of ids that name a pack's quotations, events or entities: as long as the collection may be. */
const ID_LISTS = new Set(['quoteIds', 'eventIds', 'entityIds']);

function limitOf(path: string, depth: number): number {
  if (depth === 1 && path in PACK_CAPS) return Infinity;
  return ID_LISTS.has(path.slice(path.lastIndexOf('.') + 1)) ? PACK_CAPS.quotes : MAX_LIST;
}

/** The path of the first list longer than its limit outside the capped collections, or null. */
export function overlongList(pack: Json): string | null {
  const walk = (x: unknown, path: string, depth: number): string | null => {
    // The schema is a few levels deep; anything deeper is not a pack and is not walked further.
    if (depth > 12) return null;
    if (Array.isArray(x)) {
      if (x.length > limitOf(path, depth)) return path;
      for (let i = 0; i < x.length; i++) {
        const found = walk(x[i], `${path}[${i}]`, depth + 1);
        if (found) return found;
      }
    } else if (isObject(x)) {
      for (const [key, value] of Object.entries(x)) {
        const found = walk(value, path ? `${path}.${key}` : key, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(pack, '', 0);
}
