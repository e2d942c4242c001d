// An ExtractedArticle as a context pack of format 2, provenance "extracted" (never "reviewed"), checked by
// the pack schema before it goes anywhere. Every string the pack carries is the source's, clipped to the
// schema's limits; what the page did not give stays absent and is listed in `missing`.
import * as v from 'valibot';
import { chooseTextDirective, serialiseTextDirective } from '../cite/text-fragment.ts';
import { checkReferences } from '../pack/references.ts';
import { LIMITS, PackSchema, type ContextPack, type Entity, type PackEvent, type Quote, type ScareQuote } from '../pack/schema.ts';
import { paragraphOf } from './article-text.ts';
import type { ExtractedArticle, MetaOrigin, Refusal } from './types.ts';

export const EXTRACTOR = 'context-cards extract 1';
/** The address of a page that names none: the reserved .invalid domain (RFC 2606) never resolves. */
export const UNKNOWN_URL = 'https://unknown.invalid/';

export interface PackOptions {
  readDay: string;
  topic: { id: string; label: string };
}

type DateOrigin = 'url' | 'page-metadata' | 'structured-data' | 'byline' | 'text';

function dateOrigin(from: MetaOrigin): DateOrigin {
  if (from === 'json-ld') return 'structured-data';
  if (from === 'url') return 'url';
  if (from === 'byline' || from === 'dateline' || from === 'time-element') return from === 'time-element' ? 'page-metadata' : 'byline';
  return 'page-metadata';
}

const clip = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max).replace(/\s+\S*$/, '');
};

/** A kebab-case id from any text (ASCII letters and digits; others become a hash). */
function slug(text: string, prefix: string, taken: Set<string>): string {
  let base = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  if (!base) {
    let h = 0;
    for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
    base = h.toString(36);
  }
  let id = `${prefix}-${base}`;
  for (let n = 2; taken.has(id); n++) id = `${prefix}-${base}-${n}`;
  taken.add(id);
  return id;
}

/** Builds and validates the pack; a pack the schema rejects is a refusal, never passed on. */
export function toPack(a: ExtractedArticle, o: PackOptions): { ok: true; pack: ContextPack } | Refusal {
  const m = a.metadata;
  const url = m.canonicalUrl?.value ?? UNKNOWN_URL;
  const host = url === UNKNOWN_URL ? null : new URL(url).hostname.replace(/^www\./, '');
  const ids = new Set<string>();
  const entities: Entity[] = [];
  const entityFor = new Map<string, string>();
  const quotes: Quote[] = [];
  const scareQuotes: ScareQuote[] = [];
  const lang = m.language?.value ?? 'und';
  const speech = a.quotations.filter((q) => q.speech);

  for (const q of speech) {
    const part = q.parts[0]!;
    const sp = q.speaker;
    let source: Quote['source'] = { kind: 'unidentified' };
    if (sp) {
      let entityId = entityFor.get(sp.name);
      if (!entityId) {
        entityId = slug(sp.name, sp.kind === 'person' ? 'p' : 'o', ids);
        entityFor.set(sp.name, entityId);
        const first = a.text.indexOf(sp.name);
        const at = first >= 0 ? first : part.start;
        entities.push({
          id: entityId,
          kind: sp.kind === 'person' ? 'person' : sp.kind === 'organisation' ? 'organisation' : 'document',
          name: clip(sp.name, LIMITS.label),
          ...(sp.role ? { role: clip(sp.role, LIMITS.label) } : {}),
          evidence: { where: 'article', expression: clip(first >= 0 ? sp.name : a.text.slice(part.start, part.end), LIMITS.sentence) || sp.name, paragraph: paragraphOf(a.paragraphStarts, at), offset: at },
        });
      }
      source = { kind: sp.kind === 'person' ? 'person' : sp.kind === 'organisation' ? 'organisation' : 'document', entityId };
    }
    // Each part of a split quotation is its own quote, verbatim; the note says they belong together.
    q.parts.forEach((p, k) => {
      const text = a.text.slice(p.start, p.end);
      if (!text.trim() || text.length > LIMITS.quote) return;
      const id = slug(text.split(/\s+/).slice(0, 5).join(' '), 'q', ids);
      let passage: string | undefined;
      try {
        passage = serialiseTextDirective(chooseTextDirective(text, a.text, p.start));
        if (passage.length > LIMITS.url) passage = undefined;
      } catch {
        passage = undefined;
      }
      quotes.push({
        id,
        text,
        lang,
        source,
        partial: q.partial,
        key: false,
        editorialInsertions: [...text.matchAll(/[([][^)\]]{1,200}[)\]]/g)].map((x) => x[0]),
        speakerInferred: sp?.inferred ?? false,
        evidence: { paragraph: paragraphOf(a.paragraphStarts, p.start), offset: p.start },
        ...(passage ? { passage } : {}),
        note: clip(`${q.how}${q.parts.length > 1 ? `; part ${k + 1} of ${q.parts.length} of a split quotation` : ''}`, LIMITS.note),
      });
    });
  }
  for (const q of a.quotations.filter((x) => !x.speech)) {
    const text = a.text.slice(q.parts[0]!.start, q.parts[0]!.end);
    if (text.trim() && text.length <= LIMITS.sentence) scareQuotes.push({ text, paragraph: q.paragraph, note: clip(q.how, LIMITS.note) });
  }

  const events: PackEvent[] = [];
  const reference = m.updated ? `the update day ${m.updated.value}` : m.published ? `the publication day ${m.published.value}` : `the day it was read, ${o.readDay}`;
  for (const d of a.dates) {
    const sentence = a.text.slice(d.event.start, d.event.end);
    // The event is the sentence that dates it, in the source's words, cut to the schema's limit.
    const start = sentence.length <= LIMITS.sentence ? d.event.start : Math.max(d.event.start, d.span.start - 200);
    const title = clip(a.text.slice(start, Math.min(d.event.end, start + LIMITS.sentence)), LIMITS.sentence);
    if (!title) continue;
    const inSentence = quotes.filter((q) => (q.evidence.offset ?? -1) >= d.event.start && (q.evidence.offset ?? -1) < d.event.end).map((q) => q.id);
    events.push({
      id: slug(d.text, 'e', ids),
      title: [{ text: title, evidence: [{ kind: 'body', start, end: start + Math.max(1, title.length) }] }],
      date: {
        value: d.value,
        precision: d.precision,
        confidence: d.confidence,
        evidence: { where: 'article', expression: clip(d.text, LIMITS.sentence) || d.text, paragraph: d.paragraph, offset: d.span.start },
        resolvedFrom: clip(`"${d.text}" read against ${reference}`, LIMITS.note),
      },
      quoteIds: inSentence,
    });
  }

  // Terms the article mentions, linked to the quotations and dates of the paragraphs that mention them.
  const termLinks = [...new Set(a.termMentions.map((t) => t.termId))].map((termId) => {
    const paragraphs = new Set(a.termMentions.filter((t) => t.termId === termId).map((t) => paragraphOf(a.paragraphStarts, t.span.start)));
    return {
      termId,
      quoteIds: quotes.filter((q) => paragraphs.has(q.evidence.paragraph)).map((q) => q.id),
      eventIds: events.filter((e) => e.date.evidence.where === 'article' && paragraphs.has(e.date.evidence.paragraph)).map((e) => e.id),
    };
  });

  const notes = a.missing.length ? [clip(`Not found on the page: ${a.missing.join('; ')}.`, LIMITS.note)] : [];
  if (!a.datesRead) notes.push(`Dates were not read: the engine reads dates in English, German, French, Japanese, Dutch, Russian, Ukrainian, Portuguese, Chinese, Spanish, Italian and Swedish only.`);
  const description = m.description ? clip(m.description.value, LIMITS.quote) : '';

  const candidate: ContextPack = {
    formatVersion: 2,
    id: slug(`${host ?? 'page'} ${m.title?.value ?? ''}`, 'x', new Set()),
    packVersion: '1.0.0',
    provenance: { kind: 'extracted', url, extracted: o.readDay, extractor: EXTRACTOR },
    topic: o.topic,
    source: {
      title: clip(m.title?.value ?? '', LIMITS.title),
      publisher: clip(m.siteName?.value ?? host ?? 'unknown', LIMITS.label),
      ...(m.siteName ? { containerTitle: clip(m.siteName.value, LIMITS.label) } : {}),
      url,
      ...(m.published ? { published: m.published.value, publishedFrom: dateOrigin(m.published.from) } : {}),
      ...(m.updated ? { updated: { value: m.updated.value, from: dateOrigin(m.updated.from) } } : {}),
      language: lang,
      authors: m.authors.value.map((x) => ('literal' in x ? { literal: clip(x.literal, LIMITS.label) } : { given: clip(x.given, LIMITS.label), family: clip(x.family, LIMITS.label) })),
      type: m.type,
      ...(notes.length ? { notes } : {}),
    },
    ...(description ? { summary: { origin: 'source' as const, text: description, from: m.description!.from === 'json-ld' ? ('structured-data' as const) : m.description!.from === 'readability' ? ('text' as const) : ('page-metadata' as const) } } : {}),
    quotes,
    scareQuotes,
    events,
    entities,
    terms: [],
    ...(termLinks.length ? { termLinks } : {}),
  };
  const parsed = v.safeParse(PackSchema, candidate);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, code: 'invalid-pack', reason: `the extracted pack failed the pack schema at ${path}: ${issue?.message ?? 'unknown'}` };
  }
  const broken = checkReferences(parsed.output);
  if (broken.length) return { ok: false, code: 'invalid-pack', reason: `the extracted pack has a broken reference at ${broken[0]!.path}: ${broken[0]!.reason}` };
  return { ok: true, pack: parsed.output };
}
