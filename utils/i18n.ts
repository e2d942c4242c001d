/**
 * UI strings and the UI locale, from the extension's `_locales` (browser.i18n). Works in every context,
 * content scripts included. Outside an extension (unit tests) a message source can be installed.
 */

import type enMessages from '../public/_locales/en/messages.json';

/** The key of a UI string: typed from the English messages, so a missing or misspelt key fails typecheck. */
export type MessageKey = keyof typeof enMessages | '@@bidi_dir' | '@@ui_locale';

/** Reads one message with its substitutions, as `browser.i18n.getMessage` does. */
export type MessageSource = (key: string, subs?: string[]) => string;

interface I18nApi {
  getMessage(key: string, subs?: string | string[]): string;
  getUILanguage(): string;
}

let override: { get: MessageSource; locale: string } | null = null;

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The UI string for `key`; the key itself when the message is missing, so a gap is visible, not blank. */
export function t(key: MessageKey, subs?: (string | number)[]): string {
  const args = subs?.map(String);
  const text = override ? override.get(key, args) : api()?.getMessage(key, args) ?? '';
  return text || key;
}

/** The browser's UI language as a BCP 47 tag (e.g. "en-US", "zh-CN"), for Intl formatters and `lang`. */
export function uiLocale(): string {
  return override?.locale ?? api()?.getUILanguage() ?? 'en';
}

/** Test seam: use these messages and this locale instead of the extension's (null restores). */
export function setMessageSource(source: MessageSource | null, locale = 'en'): void {
  override = source ? { get: source, locale } : null;
}
