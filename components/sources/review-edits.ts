/**
 * What the reader can change in a draft before keeping it, as pure functions from pack to pack. Edits keep
 * what was typed (an empty field stays empty so the form shows it); `packForSave` tidies the result and
 * `reviewProblems` says, by field, what the pack schema would refuse.
 */
import * as v from 'valibot';
import { checkReferences } from '../../core/pack/references';
import { PackSchema, type ContextPack, type Entity, type Quote } from '../../core/pack/schema';

/** An author as the form edits it: a person (given and family names) or an organisation's name. */
export type AuthorField = { kind: 'person'; given: string; family: string } | { kind: 'organisation'; name: string };

/** Who said a quotation, as the reader chooses it. */
export type SpeakerChoice = { kind: 'entity'; entityId: string } | { kind: 'unidentified' } | { kind: 'new'; name: string; entityKind: 'person' | 'organisation' };

/** The entities that can be a quotation's speaker (the schema allows people, organisations and documents). */
export function speakers(pack: ContextPack): Entity[] {
  return pack.entities.filter((e) => e.kind === 'person' || e.kind === 'organisation' || e.kind === 'document');
}

/** The pack's authors as form fields. */
export function authorFields(pack: ContextPack): AuthorField[] {
  return pack.source.authors.map((a) => (a.literal !== undefined ? { kind: 'organisation', name: a.literal } : { kind: 'person', given: a.given ?? '', family: a.family ?? '' }));
}

/** Replaces the authors with the form's list. */
export function withAuthors(pack: ContextPack, authors: readonly AuthorField[]): ContextPack {
  const list = authors.map((a) => (a.kind === 'organisation' ? { literal: a.name } : { given: a.given, family: a.family }));
  return { ...pack, source: { ...pack.source, authors: list } };
}

/** Sets the title, the site (container title) or the publisher. */
export function withSourceText(pack: ContextPack, field: 'title' | 'containerTitle' | 'publisher', value: string): ContextPack {
  return { ...pack, source: { ...pack.source, [field]: value } };
}

/** Sets (YYYY-MM-DD) or clears ('') the publication or update day; a day the reader sets is marked as theirs. */
export function withSourceDay(pack: ContextPack, field: 'published' | 'updated', day: string): ContextPack {
  const source = { ...pack.source };
  if (field === 'published') {
    delete source.published;
    delete source.publishedFrom;
    if (day) Object.assign(source, { published: day, publishedFrom: 'reader' });
  } else {
    const { value: _old, from: _from, ...rest } = source.updated ?? {};
    const updated = day ? { ...rest, value: day, from: 'reader' as const } : rest;
    delete source.updated;
    if (Object.keys(updated).length) source.updated = updated;
  }
  return { ...pack, source };
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug = base.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'speaker';
  let id = `r-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `r-${slug}-${n}`;
  return id;
}

/** Sets who said a quotation. A new name becomes an entity whose evidence is the quotation's paragraph. */
export function withSpeaker(pack: ContextPack, quoteId: string, choice: SpeakerChoice): ContextPack {
  let entities = pack.entities;
  let source: Quote['source'];
  const quote = pack.quotes.find((q) => q.id === quoteId);
  if (!quote) return pack;
  if (choice.kind === 'unidentified') {
    source = quote.source.kind === 'unidentified' ? quote.source : { kind: 'unidentified' };
  } else if (choice.kind === 'entity') {
    const entity = pack.entities.find((e) => e.id === choice.entityId);
    if (!entity || (entity.kind !== 'person' && entity.kind !== 'organisation' && entity.kind !== 'document')) return pack;
    source = { kind: entity.kind, entityId: entity.id };
  } else {
    const id = uniqueId(choice.name, new Set(pack.entities.map((e) => e.id)));
    const entity: Entity = {
      id,
      kind: choice.entityKind,
      name: choice.name,
      evidence: { where: 'article', expression: choice.name, paragraph: quote.evidence.paragraph },
      note: 'Named by the reader in review, not read from the text.',
    };
    entities = [...entities, entity];
    source = { kind: choice.entityKind, entityId: id };
  }
  // The reader chose the speaker: it is no longer the extension's inference.
  const quotes = pack.quotes.map((q) => (q.id === quoteId ? { ...q, source, speakerInferred: false } : q));
  return { ...pack, entities, quotes };
}

/** Renames a speaker or sets their role ('' clears the role); every quotation of theirs follows. */
export function withEntityText(pack: ContextPack, entityId: string, field: 'name' | 'role', value: string): ContextPack {
  const entities = pack.entities.map((e) => {
    if (e.id !== entityId) return e;
    if (field === 'name') return { ...e, name: value };
    const { role: _role, ...rest } = e;
    return value ? { ...rest, role: value } : rest;
  });
  return { ...pack, entities };
}

/** Leaves out quotations and dates (events): every list that names them forgets them too. */
export function withoutItems(pack: ContextPack, quoteIds: ReadonlySet<string>, eventIds: ReadonlySet<string>): ContextPack {
  if (quoteIds.size === 0 && eventIds.size === 0) return pack;
  const keepQ = (id: string) => !quoteIds.has(id);
  const keepE = (id: string) => !eventIds.has(id);
  const quotes = pack.quotes
    .filter((q) => keepQ(q.id))
    .map((q) => {
      if (q.eventId === undefined || keepE(q.eventId)) return q;
      const { eventId: _gone, ...rest } = q;
      return rest;
    });
  const events = pack.events.filter((e) => keepE(e.id)).map((e) => ({ ...e, quoteIds: e.quoteIds.filter(keepQ) }));
  const terms = pack.terms.map((term) => ({ ...term, quoteIds: term.quoteIds.filter(keepQ), eventIds: term.eventIds.filter(keepE) }));
  const termLinks = (pack.termLinks ?? [])
    .map((link) => ({ ...link, quoteIds: link.quoteIds.filter(keepQ), eventIds: link.eventIds.filter(keepE) }))
    .filter((link) => link.quoteIds.length > 0 || link.eventIds.length > 0);
  const next: ContextPack = { ...pack, quotes, events, terms };
  if (pack.termLinks) {
    if (termLinks.length) next.termLinks = termLinks;
    else delete next.termLinks;
  }
  return next;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The pack as it will be sent: fields trimmed, an empty given name dropped, the removed items left out. */
export function packForSave(pack: ContextPack, removedQuotes: ReadonlySet<string> = new Set(), removedEvents: ReadonlySet<string> = new Set()): ContextPack {
  const base = withoutItems(pack, removedQuotes, removedEvents);
  const authors = base.source.authors.map((a) => {
    if (a.literal !== undefined) return { literal: tidy(a.literal) };
    const given = tidy(a.given ?? '');
    return { ...(given ? { given } : {}), family: tidy(a.family ?? '') };
  });
  const source = { ...base.source, title: tidy(base.source.title), publisher: tidy(base.source.publisher), authors };
  if (source.containerTitle !== undefined) {
    const site = tidy(source.containerTitle);
    if (site) source.containerTitle = site;
    else delete source.containerTitle;
  }
  const entities = base.entities.map((e) => {
    const { role, ...rest } = e;
    const kept = role === undefined ? '' : tidy(role);
    return { ...rest, name: tidy(e.name), ...(kept ? { role: kept } : {}) };
  });
  return { ...base, source, entities };
}

/** The form field a problem belongs to: `title`, `author-2`, `published`, `speaker-<entity id>`, or `pack`. */
export interface ReviewProblem {
  field: string;
  /** The schema's message, in English (the pack format's own wording). */
  message: string;
}

function fieldOf(path: readonly (string | number)[], pack: ContextPack): string {
  const [top, second, third] = path;
  if (top === 'source' && second === 'authors' && typeof third === 'number') return `author-${third}`;
  if (top === 'source' && (second === 'title' || second === 'publisher' || second === 'containerTitle' || second === 'published')) return second;
  if (top === 'source' && second === 'updated') return 'updated';
  if (top === 'entities' && typeof second === 'number') return `speaker-${pack.entities[second]?.id ?? second}`;
  return 'pack';
}

/** What the schema or the pack's links would refuse in the pack as it will be sent; empty when it can be saved. */
export function reviewProblems(pack: ContextPack): ReviewProblem[] {
  const parsed = v.safeParse(PackSchema, pack);
  if (!parsed.success) {
    return parsed.issues.map((issue) => ({
      field: fieldOf((issue.path ?? []).map((p) => p.key as string | number), pack),
      message: issue.message,
    }));
  }
  return checkReferences(parsed.output).map((issue) => ({ field: 'pack', message: `${issue.path}: ${issue.reason}` }));
}
