// Requirements of format 2 that depend on who made the pack. Only a curated pack can promise a summary in
// the project's own words, an entity for every quotation and near-misses for every term; a pack made by a
// machine or a reader attaches to the topic's existing terms and never brings variants of its own.
import type { PackIssue } from './references.ts';
import type { ContextPack } from './schema.ts';

/** Every requirement the pack's provenance puts on it and it does not meet; empty when it meets them all. */
export function checkProvenanceRules(pack: ContextPack): PackIssue[] {
  if (pack.provenance.kind !== 'curated') {
    return pack.terms.length === 0
      ? []
      : [{ path: 'terms', reason: 'only a curated pack may define terms; link to the topic\'s terms with termLinks' }];
  }
  const issues: PackIssue[] = [];
  if (pack.summary?.origin !== 'project') {
    issues.push({ path: 'summary', reason: 'a curated pack needs a summary in the project\'s own words (origin "project")' });
  }
  pack.quotes.forEach((q, i) => {
    if (q.source.kind === 'unidentified') {
      issues.push({ path: `quotes[${i}].source.kind`, reason: 'a curated pack names an entity for every quotation' });
    }
  });
  pack.terms.forEach((t, i) => {
    if (t.nearMisses.length === 0) issues.push({ path: `terms[${i}].nearMisses`, reason: 'a curated pack needs at least one near-miss per term' });
  });
  return issues;
}
