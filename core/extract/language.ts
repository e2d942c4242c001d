// Language tags as pages write them ("en_US", "EN-gb", "zh-cn") into BCP 47 form, and a guess from the
// script of the text when the page names none.

/** A BCP 47 tag ("en", "en-GB", "zh-Hans"), or null for what is not one. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, '-').split(/\s*[,;]\s*/)[0] ?? '';
  const m = /^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{2,8})*)$/.exec(tag);
  if (!m) return null;
  const rest = (m[2] ?? '')
    .split('-')
    .filter(Boolean)
    .map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()));
  return [m[1]!.toLowerCase(), ...rest].join('-');
}

/** The language a text's script implies, for the scripts that imply one; null otherwise. */
export function languageFromScript(text: string): string | null {
  const sample = text.slice(0, 4000);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const letters = count(/\p{L}/gu) || 1;
  if (count(/[\u3040-\u30ff]/g) / letters > 0.05) return 'ja';
  if (count(/\p{Script=Hangul}/gu) / letters > 0.3) return 'ko';
  if (count(/\p{Script=Han}/gu) / letters > 0.3) return 'zh';
  return null;
}

/** The primary language subtag: "en" of "en-GB". */
export function primaryLanguage(tag: string | null): string {
  return (tag ?? '').split('-')[0]?.toLowerCase() ?? '';
}

/** Words frequent in running text of one Latin-script language and rare in the others. */
const FUNCTION_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|is|that|for|was|with|this)\b/g,
  es: /\b(?:el|los|las|del|que|por|con|una|para|como|pero|más)\b/g,
  pt: /\b(?:os|não|uma|do|da|dos|das|em|para|com|que|mais|pelo)\b/g,
  fr: /\b(?:le|les|des|est|une|du|dans|pour|pas|qui|sur|avec)\b/g,
  de: /\b(?:der|die|und|das|ist|nicht|mit|den|von|zu|sich|auch)\b/g,
  it: /\b(?:il|di|che|della|per|non|una|sono|gli|anche|nel|alla)\b/g,
  nl: /\b(?:het|een|van|en|niet|zijn|voor|met|ook|maar|dat|wordt)\b/g,
};

/** The Latin-script language whose function words fill the text (over 4% of its words), or null. */
export function languageFromWords(text: string): string | null {
  const sample = text.slice(0, 20000).toLowerCase();
  const words = (sample.match(/\p{L}+/gu) ?? []).length;
  if (words < 30) return null;
  let best: [string, number] | null = null;
  for (const [lang, re] of Object.entries(FUNCTION_WORDS)) {
    const share = (sample.match(re) ?? []).length / words;
    if (share > 0.04 && (!best || share > best[1])) best = [lang, share];
  }
  return best?.[0] ?? null;
}
