// The headline as readers see it: citations name what the page shows, so when the page's own <h1> is the
// machine title reworded (an SEO or social headline), or is one of the machine titles that disagree, it wins.
import { isGenericTitle } from './title-rules.ts';

const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[“”„‟"«»‘’‚‛'`´]/g, '').replace(/[‐-―−-]/g, '-').replace(/\s+/g, ' ').replace(/[\s.!?:;,…]+$/u, '').trim();

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words, or characters for a text written without spaces (Chinese, Japanese), even with a spaced Latin name in it. */
function units(s: string, byCharacter = CJK.test(s)): string[] {
  const n = norm(s);
  return !byCharacter && /\s/.test(n) ? n.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean) : [...n.replace(/[^\p{L}\p{N}]/gu, '')];
}

/** The share of the longer text's words that the other has too. */
function overlap(a: string, b: string): number {
  const byCharacter = CJK.test(a) || CJK.test(b);
  const ua = units(a, byCharacter);
  const ub = units(b, byCharacter);
  if (ua.length === 0 || ub.length === 0) return 0;
  const sb = new Set(ub);
  const common = new Set(ua.filter((u) => sb.has(u))).size;
  return common / Math.max(new Set(ua).size, sb.size);
}

/**
 * The visible headline to cite instead of `chosen`, or null to keep it: an <h1> equal to another machine
 * title, else the <h1> closest to `chosen` when most of their words agree. A site's logo or a section's
 * heading shares too few words to count.
 */
export function visibleHeadline(chosen: string, candidates: readonly string[], headings: readonly string[]): string | null {
  const usable = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.length >= 8 && h.length <= 400 && !isGenericTitle(h));
  if (usable.length === 0 || usable.some((h) => norm(h) === norm(chosen))) return null;
  const equal = usable.find((h) => candidates.some((c) => norm(c) === norm(h)));
  if (equal) return equal;
  let best: { h: string; score: number } | null = null;
  for (const h of usable) {
    const score = overlap(h, chosen);
    if (units(h).length >= 3 && score >= 0.6 && (!best || score > best.score)) best = { h, score };
  }
  return best?.h ?? null;
}
