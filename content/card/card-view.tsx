import { TermContext, type TermContextProps } from '../../components/context/term-context';
import { t } from '../../utils/i18n';

export interface CardViewProps extends TermContextProps {
  /** Text the reader must copy by hand (the clipboard refused); shown selected. */
  manualCopy?: string;
  /** Closes the card. */
  onClose: () => void;
}

/** The card's content: a close button, the term's context, and the manual-copy box when needed. */
export function CardView({ manualCopy, onClose, ...context }: CardViewProps) {
  // Selected and focused so Ctrl+C copies it at once (the reader just clicked a copy button). A ref
  // callback rather than hooks keeps preact/hooks out of the content script.
  const select = (el: HTMLTextAreaElement | null) => {
    el?.focus({ preventScroll: true });
    el?.select();
  };
  return (
    <>
      <button type="button" class="cc-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <TermContext {...context} />
      {manualCopy !== undefined && (
        <textarea ref={select} class="cc-manual" readOnly rows={4} aria-label={t('card_copyManual')} value={manualCopy} />
      )}
    </>
  );
}
