// A flat view of what a pack holds, for the evaluation (bench/extract-eval) and the CLI's human summary.
// Reads a format-2 pack; anything else gives an empty summary rather than a throw.

/** A flat view of what was extracted, for evaluation and the CLI's human summary. */
export interface ExtractedSummary {
  title: string | null;
  authors: Array<{ given?: string; family?: string; literal?: string }>;
  published: string | null;
  updated: string | null;
  siteName: string | null;
  language: string | null;
  quotations: Array<{ text: string; speaker: string | null }>;
  dates: Array<{ text: string; value: string }>;
}

type Loose = Record<string, unknown>;
const obj = (x: unknown): Loose => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Loose) : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);

export function summarizePack(pack: unknown): ExtractedSummary {
  const p = obj(pack);
  const source = obj(p.source);
  const entities = new Map(arr(p.entities).map((e) => [str(obj(e).id), str(obj(e).name)]));
  const language = str(source.language);
  return {
    title: str(source.title),
    authors: arr(source.authors).map((a) => {
      const x = obj(a);
      const given = str(x.given);
      const family = str(x.family);
      const literal = str(x.literal);
      return { ...(given ? { given } : {}), ...(family ? { family } : {}), ...(literal ? { literal } : {}) };
    }),
    published: str(source.published),
    updated: str(obj(source.updated).value),
    // The publisher falls back to the host name; only a site name the page gave counts here.
    siteName: str(source.containerTitle),
    language: language === 'und' ? null : language,
    quotations: arr(p.quotes).map((q) => {
      const x = obj(q);
      const s = obj(x.source);
      return { text: str(x.text) ?? '', speaker: s.kind === 'unidentified' ? null : (entities.get(str(s.entityId)) ?? null) };
    }),
    dates: arr(p.events).map((e) => {
      const d = obj(obj(e).date);
      return { text: str(obj(d.evidence).expression) ?? '', value: str(d.value) ?? '' };
    }),
  };
}

/** The CLI's few lines for people: title, authors, date, quotations with speakers, dates. */
export function describeSummary(s: ExtractedSummary): string {
  const authors = s.authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`.trim()).join('; ') || '(no author)';
  const lines = [
    `Title:     ${s.title ?? '(none)'}`,
    `Authors:   ${authors}`,
    `Published: ${s.published ?? '(no date)'}${s.updated ? `, updated ${s.updated}` : ''}`,
    `Site:      ${s.siteName ?? '(none)'}   Language: ${s.language ?? '(unknown)'}`,
    `${s.quotations.length} quotation${s.quotations.length === 1 ? '' : 's'}:`,
    ...s.quotations.map((q) => `  - ${q.speaker ?? 'speaker not identified'}: “${q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text}”`),
    `${s.dates.length} date${s.dates.length === 1 ? '' : 's'}:`,
    ...s.dates.map((d) => `  - ${d.text} → ${d.value}`),
  ];
  return lines.join('\n');
}
