/**
 * After "Not about this topic here": a short notice on the page that the term is muted on this site, with
 * Undo, for a few seconds. Its own host and closed shadow root, as the card's, since the card has closed.
 */
import { t } from '../../utils/i18n';
import { addStyles, cardStyles } from './card-styles';

/** How long the notice and its Undo stay. */
export const UNDO_MS = 8000;

export interface MuteToastOptions {
  doc: Document;
  /** The muted term's label, as the page shows it. */
  label: string;
  /** The card's theme, so the notice matches it. */
  theme: string | undefined;
  /** UI direction and language. */
  dir: string;
  lang: string;
  /** Unmutes the term; resolves when done. */
  undo: () => Promise<unknown>;
}

/** Shows the notice; returns a function that removes it at once. */
export function showMuteToast({ doc, label, theme, dir, lang, undo }: MuteToastOptions): () => void {
  const host = doc.createElement(`cc-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}-n`);
  const shadow = host.attachShadow({ mode: 'closed' });
  addStyles(shadow, cardStyles);
  const box = doc.createElement('div');
  box.className = 'cc-root cc-toast';
  if (theme) box.dataset.theme = theme;
  box.dir = dir;
  box.lang = lang;
  // Announced when it appears; the text is set after insertion so screen readers notice the change.
  box.setAttribute('role', 'status');
  const text = doc.createElement('span');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'cc-button';
  button.textContent = t('card_undo');
  box.append(text, button);
  // Above the page's own overlays where the top layer exists.
  if ('popover' in box) box.popover = 'manual';
  shadow.append(box);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.append(host);
  if ('showPopover' in box) box.showPopover();
  text.textContent = t('card_muted', [label]);

  let timer = setTimeout(remove, UNDO_MS);
  function remove() {
    clearTimeout(timer);
    host.remove();
  }
  button.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    button.disabled = true;
    void undo().then(() => {
      text.textContent = t('card_unmuted', [label]);
      button.remove();
      clearTimeout(timer);
      timer = setTimeout(remove, 2500);
    });
  });
  return remove;
}
