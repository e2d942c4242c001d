import { t } from '../../utils/i18n';

export interface NeutralCardProps {
  /** The term's name (the pack's label). */
  label: string;
  onClose: () => void;
  /** Shows the source's content for the term anyway (the full card). */
  onShowSource: () => void;
}

/** The card of a place or people name in a part of the page that does not speak of the detention camps
 * (docs/relevance.md): it names the term and says what the extension found, nothing about the world. */
export function NeutralCard({ label, onClose, onShowSource }: NeutralCardProps) {
  return (
    <>
      <button type="button" class="cc-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <article class="cc-context" aria-labelledby="cc-neutral-term" data-state="neutral">
        <h2 id="cc-neutral-term" class="cc-term" dir="auto">
          {label}
        </h2>
        <p class="cc-note">{t('card_neutralNote')}</p>
        <div class="cc-footer">
          <div class="cc-actions" role="group" aria-label={t('card_actionsLabel')}>
            <button type="button" class="cc-button" onClick={onShowSource}>
              {t('card_neutralShowSource')}
            </button>
          </div>
        </div>
      </article>
    </>
  );
}
