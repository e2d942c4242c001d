import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { CopyStatus } from './use-copy';

export interface CopyFeedbackProps {
  /** The outcome of the last copy. */
  status: CopyStatus;
}

/** "Copied", or on failure the text in a read-only field, selected and ready for Ctrl+C. */
export function CopyFeedback({ status }: CopyFeedbackProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (status.kind !== 'failed' || !field.current) return;
    field.current.focus();
    field.current.select();
  }, [status]);
  return (
    <div class="cc-copy-feedback" role="status">
      {status.kind === 'copied' && <p class="cc-status">{t('popup_copied', [status.what])}</p>}
      {status.kind === 'failed' && (
        <>
          <p class="cc-status">{t('popup_copyFailed')}</p>
          <textarea ref={field} class="cc-manual-copy" readOnly rows={4} aria-label={t('popup_copyManualLabel')} value={status.text} />
        </>
      )}
    </div>
  );
}
