/**
 * What the card's copy and mute buttons do beyond the card: the clipboard (with the manual fallback) and the
 * site's mute list, with the notice that offers Undo.
 */
import type { CopyRequest } from '../../core/cite/pack-citation';
import type { TermContent } from '../../core/pack/term-content';
import { t, uiLocale } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import type { ContentApp } from '../controller';
import { copyToClipboard } from './clipboard';
import { copyStringsFor } from './copy-request';
import { showMuteToast } from './mute-toast';

/** The card's status line after a copy, and the text to copy by hand when the clipboard refused. */
export async function copyForCard(content: TermContent | null, request: CopyRequest): Promise<{ status: string; manualCopy?: string }> {
  const payload = await copyStringsFor(content, request);
  const result = await copyToClipboard(payload, request);
  return result === 'copied' ? { status: t('card_copied') } : { status: t('card_copyManual'), manualCopy: payload.text };
}

export interface MuteOptions {
  app: ContentApp;
  doc: Document;
  site: string;
  /** The term's pack-qualified key, as the settings keep it. */
  termKey: string;
  /** The term's label as the card showed it. */
  label: string;
  theme: string | undefined;
  /** Closes the card (its highlight goes on the next render anyway). */
  close(): void;
}

/** Mutes the term on the site, closes the card and shows the notice with Undo. */
export async function muteForCard({ app, doc, site, termKey, label, theme, close }: MuteOptions): Promise<void> {
  await toBackground('muteTerm', { site, termKey, muted: true });
  app.refresh();
  close();
  const undo = () => toBackground('muteTerm', { site, termKey, muted: false }).then(() => app.refresh());
  showMuteToast({ doc, label, theme, dir: t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr', lang: uiLocale(), undo });
}
