import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface UndoToastProps {
  /** The deleted source's title. */
  title: string;
  /** Puts the source back. */
  onUndo: () => void;
  /** Closes the notice (the deletion stays). */
  onDismiss: () => void;
}

/** "Deleted …" with Undo. It takes the focus: the Delete button that had it is gone with its row. */
export function UndoToast({ title, onUndo, onDismiss }: UndoToastProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [title]);
  return (
    <div class="cc-toast" role="status">
      <p>{t('sources_deleted', [title])}</p>
      <button ref={undo} type="button" class="cc-button cc-primary" onClick={onUndo}>
        {t('sources_undo')}
      </button>
      <button type="button" class="cc-button" onClick={onDismiss}>
        {t('sources_dismiss')}
      </button>
    </div>
  );
}
