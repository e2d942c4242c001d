// Checks that need the whole pack: unique ids and links between quotes, events, entities and terms.
// The schema checks each value's shape; this checks that what one part names, another part holds.
import { sentencesOf } from './prose.ts';
import type { ContextPack } from './schema.ts';

/** One problem found in a pack: the field's path (e.g. `quotes[3].text`) and the reason. */
export interface PackIssue {
  path: string;
  reason: string;
}

function duplicates(list: readonly { id: string }[], name: string): PackIssue[] {
  const seen = new Set<string>();
  const out: PackIssue[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ path: `${name}[${i}].id`, reason: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return out;
}

function missing(idsList: readonly string[], known: ReadonlySet<string>, path: string, what: string): PackIssue[] {
  return idsList.flatMap((ref, j) =>
    known.has(ref) ? [] : [{ path: `${path}[${j}]`, reason: `no ${what} with id "${ref}"` }],
  );
}

/** Every sentence's background evidence must name an outside source the pack lists. */
function backgroundLinks(pack: ContextPack): PackIssue[] {
  const known = new Set((pack.background ?? []).map((b) => b.id));
  return [...sentencesOf(pack)].flatMap(({ path, sentence }) =>
    sentence.evidence.flatMap((ev, j) =>
      ev.kind === 'background' && !known.has(ev.sourceId)
        ? [{ path: `${path}.evidence[${j}].sourceId`, reason: `no background source with id "${ev.sourceId}"` }]
        : [],
    ),
  );
}

/** Every broken link or duplicate id in a schema-valid pack; empty when the pack is consistent. */
export function checkReferences(pack: ContextPack): PackIssue[] {
  const issues: PackIssue[] = [
    ...duplicates(pack.quotes, 'quotes'),
    ...duplicates(pack.events, 'events'),
    ...duplicates(pack.entities, 'entities'),
    ...duplicates(pack.terms, 'terms'),
    ...duplicates(pack.background ?? [], 'background'),
  ];
  const quoteIds = new Set(pack.quotes.map((q) => q.id));
  const eventIds = new Set(pack.events.map((e) => e.id));
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const entityIds = new Set(entities.keys());
  const events = new Map(pack.events.map((e) => [e.id, e]));

  pack.quotes.forEach((q, i) => {
    const entity = q.source.kind === 'unidentified' ? undefined : entities.get(q.source.entityId);
    if (q.source.kind === 'unidentified') {
      // Nobody to look up: the source names no speaker.
    } else if (!entity) {
      issues.push({ path: `quotes[${i}].source.entityId`, reason: `no entity with id "${q.source.entityId}"` });
    } else if (entity.kind !== q.source.kind) {
      issues.push({ path: `quotes[${i}].source.kind`, reason: `"${q.source.kind}" but entity "${entity.id}" is a ${entity.kind}` });
    }
    if (q.eventId !== undefined) {
      const event = events.get(q.eventId);
      if (!event) issues.push({ path: `quotes[${i}].eventId`, reason: `no event with id "${q.eventId}"` });
      else if (!event.quoteIds.includes(q.id)) {
        issues.push({ path: `quotes[${i}].eventId`, reason: `event "${q.eventId}" does not list this quote in its quoteIds` });
      }
    }
    q.editorialInsertions.forEach((ins, j) => {
      if (!q.text.includes(ins)) {
        issues.push({ path: `quotes[${i}].editorialInsertions[${j}]`, reason: 'not found in the quote\'s text' });
      }
    });
  });
  pack.events.forEach((e, i) => {
    issues.push(...missing(e.quoteIds, quoteIds, `events[${i}].quoteIds`, 'quote'));
    issues.push(...missing(e.entityIds ?? [], entityIds, `events[${i}].entityIds`, 'entity'));
  });
  pack.terms.forEach((t, i) => {
    issues.push(...missing(t.quoteIds, quoteIds, `terms[${i}].quoteIds`, 'quote'));
    issues.push(...missing(t.eventIds, eventIds, `terms[${i}].eventIds`, 'event'));
  });
  pack.quotes.forEach((q, i) => {
    const by = q.translation?.entityId;
    if (by !== undefined && !entityIds.has(by)) issues.push({ path: `quotes[${i}].translation.entityId`, reason: `no entity with id "${by}"` });
  });
  (pack.termLinks ?? []).forEach((link, i) => {
    issues.push(...missing(link.quoteIds, quoteIds, `termLinks[${i}].quoteIds`, 'quote'));
    issues.push(...missing(link.eventIds, eventIds, `termLinks[${i}].eventIds`, 'event'));
  });
  issues.push(...backgroundLinks(pack));
  pack.scareQuotes.forEach((s, i) => {
    if (s.termOf !== undefined && !entityIds.has(s.termOf)) {
      issues.push({ path: `scareQuotes[${i}].termOf`, reason: `no entity with id "${s.termOf}"` });
    }
  });
  return issues;
}
