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
