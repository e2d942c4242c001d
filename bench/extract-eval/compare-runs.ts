/** Compares two runs of the engine over the same pages: what was lost, what changed. Pure; bench-only. */

export interface PageRun {
  slug: string;
  refused?: string;
  title?: string | null;
  authors?: Array<{ given?: string; family?: string; literal?: string }>;
  published?: string | null;
  updated?: string | null;
  siteName?: string | null;
  quotations?: Array<{ text: string; speaker: string | null }>;
  dates?: number;
}

const authorsText = (r: PageRun) => (r.authors ?? []).map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`.trim()).join('; ');
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Lines describing each page's changes, and how many pages lost an author, a date or their pack. */
export function compareRuns(before: readonly PageRun[], after: readonly PageRun[]): { lines: string[]; losses: number } {
  const lines: string[] = [];
  let losses = 0;
  const afterBySlug = new Map(after.map((r) => [r.slug, r]));
  for (const b of before) {
    const a = afterBySlug.get(b.slug);
    const out: string[] = [];
    let lost = false;
    if (!a) {
      out.push('missing from the second run');
      lost = true;
    } else if (a.refused !== b.refused) {
      out.push(`refused: ${b.refused ?? 'no'} → ${a.refused ?? 'no'}`);
      lost = !!a.refused;
    } else if (!a.refused) {
      if (authorsText(a) !== authorsText(b)) {
        out.push(`authors: ${authorsText(b) || '(none)'} → ${authorsText(a) || '(none)'}`);
        lost ||= (b.authors ?? []).length > (a.authors ?? []).length;
      }
      if (a.published !== b.published) {
        out.push(`published: ${b.published ?? '(none)'} → ${a.published ?? '(none)'}`);
        lost ||= !!b.published;
      }
      if (a.updated !== b.updated) out.push(`updated: ${b.updated ?? '(none)'} → ${a.updated ?? '(none)'}`);
      if (a.title !== b.title) out.push(`title: ${b.title ?? '(none)'} → ${a.title ?? '(none)'}`);
      if (a.siteName !== b.siteName) out.push(`site: ${b.siteName ?? '(none)'} → ${a.siteName ?? '(none)'}`);
      if (a.dates !== b.dates) out.push(`dates: ${b.dates ?? 0} → ${a.dates ?? 0}`);
      const qa = a.quotations ?? [];
      const qb = b.quotations ?? [];
      if (qa.length !== qb.length) out.push(`quotations: ${qb.length} → ${qa.length}`);
      // A text quoted more than once is paired occurrence by occurrence, so repeats are not read as changes.
      const seen = new Map<string, number>();
      for (const q of qb) {
        const nth = seen.get(q.text) ?? 0;
        seen.set(q.text, nth + 1);
        const same = qa.filter((x) => x.text === q.text)[nth];
        if (!same) out.push(`  quotation gone: “${short(q.text)}”`);
        else if (same.speaker !== q.speaker) out.push(`  speaker ${q.speaker ?? '-'} → ${same.speaker ?? '-'}: “${short(q.text)}”`);
      }
      for (const q of qa) if (!qb.some((x) => x.text === q.text)) out.push(`  quotation new (${q.speaker ?? '-'}): “${short(q.text)}”`);
    }
    if (lost) losses += 1;
    if (out.length) lines.push(`${b.slug}:`, ...out.map((l) => `  ${l}`));
  }
  for (const a of after) if (!before.some((b) => b.slug === a.slug)) lines.push(`${a.slug}: new in the second run`);
  return { lines, losses };
}
