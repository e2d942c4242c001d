/** Shared start of the extension's pages (popup, options, first run): language, title, theme, render. */
import { render, type VNode } from 'preact';
import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import { contextStyles, systemThemeStyles } from '../context/styles';

/** Renders `view` into #app with the UI's language and direction, the page title and the theme styles. */
export function mountPage(titleKey: MessageKey, view: VNode): void {
  const root = document.documentElement;
  root.lang = uiLocale();
  root.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  // The theme variables live on .cc-root; putting it on <html> themes the whole page, body included.
  root.classList.add('cc-root');
  document.title = t(titleKey);
  const style = document.createElement('style');
  // Extension pages follow the system's light or dark preference.
  style.textContent = contextStyles + systemThemeStyles;
  document.head.append(style);
  render(view, document.getElementById('app')!);
}
