import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** The background's answer to "Add this page as a source". */
export type AddSourceAnswer = { ok: true; draftId: string } | { ok: false; reason: string };

export interface AddSourceProps {
  /** Asks the background to read the tab's page (`addPageAsSource`); the entry point opens the review on success. */
  onAdd: () => Promise<AddSourceAnswer>;
  /** Opens the Sources page. */
  onOpenSources: () => void;
}

/** "Add this page as a source", with the reason when the page cannot be read, and the way to the Sources page. */
export function AddSource({ onAdd, onOpenSources }: AddSourceProps) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'refused'; reason: string }>({ kind: 'idle' });
  const add = () => {
    setState({ kind: 'working' });
    onAdd().then(
      (answer) => setState(answer.ok ? { kind: 'idle' } : { kind: 'refused', reason: answer.reason }),
      () => setState({ kind: 'refused', reason: t('sources_addNoAnswer') }),
    );
  };
  return (
    <section class="cc-popup-section cc-add-source" aria-labelledby="popup-sources-h">
      <h2 id="popup-sources-h" class="cc-popup-h2">
        {t('sources_popupHeading')}
      </h2>
      <p class="cc-inline">
        <button type="button" class="cc-button" aria-busy={state.kind === 'working' ? 'true' : undefined} disabled={state.kind === 'working'} onClick={add}>
          {t(state.kind === 'working' ? 'sources_adding' : 'sources_addPage')}
        </button>
        <button type="button" class="cc-link" onClick={onOpenSources}>
          {t('sources_openLink')}
        </button>
      </p>
      <p class="cc-error" role="alert">
        {state.kind === 'refused' ? t('sources_addRefused', [state.reason]) : ''}
      </p>
    </section>
  );
}
