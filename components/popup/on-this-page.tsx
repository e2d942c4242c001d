import { useState } from 'preact/hooks';
import { termsByCount, type PopupState } from '../../core/popup-state';
import { t } from '../../utils/i18n';

/** Actions the state messages offer. */
export interface StateActions {
  /** Asks the browser for access to the tab's origin. */
  onRequestAccess: (origin: string) => void;
  /** Reloads the tab so the extension can scan it. */
  onReload: () => void;
  /** Ends the pause everywhere. */
  onResume: () => void;
  /** Turns the extension back on for this site. */
  onEnableSite: () => void;
}

export interface OnThisPageProps extends StateActions {
  /** What the popup found out about the tab; undefined while it is still asking. */
  state: PopupState | undefined;
  /** The installed packs' terms in their order: key (docs/decisions/002), pack, id in the pack, label. */
  terms: readonly { key: string; packId: string; id: string; label: string }[];
  /** BCP 47 locale for numbers (the UI's). */
  locale: string;
  /** Scrolls the page to the index-th mention of a term (by key) and flashes it. */
  onReveal: (termKey: string, index: number) => void;
}

const UNSCANNABLE_MESSAGE = {
  'browser-page': 'state_browserPage',
  'web-store': 'state_webStore',
  'pdf-viewer': 'state_pdfViewer',
  unknown: 'state_unknownPage',
} as const;

/** The plain message (and its one action) for every state but the list of mentions. */
function StateMessage({ state, ...actions }: { state: PopupState } & StateActions) {
  switch (state.kind) {
    case 'unscannable':
      return <p class="cc-state" data-state={state.kind}>{t(UNSCANNABLE_MESSAGE[state.reason])}</p>;
    case 'no-access':
      return (
        <div class="cc-state" data-state={state.kind}>
          <p>{t('state_noAccess')}</p>
          <button type="button" class="cc-button" onClick={() => actions.onRequestAccess(state.origin)}>
            {t('state_allowAccess')}
          </button>
        </div>
      );
    case 'needs-reload':
      return (
        <div class="cc-state" data-state={state.kind}>
          <p>{t('state_needsReload')}</p>
          <button type="button" class="cc-button" onClick={actions.onReload}>
            {t('state_reload')}
          </button>
        </div>
      );
    case 'paused':
      return (
        <div class="cc-state" data-state={state.kind}>
          <p>{t('state_paused')}</p>
          <button type="button" class="cc-button" onClick={actions.onResume}>
            {t('state_resume')}
          </button>
        </div>
      );
    case 'disabled-site':
      return (
        <div class="cc-state" data-state={state.kind}>
          <p>{t('state_disabledSite', [state.site])}</p>
          <button type="button" class="cc-button" onClick={actions.onEnableSite}>
            {t('state_enableSite')}
          </button>
        </div>
      );
    case 'nothing-found':
      return <p class="cc-state" data-state={state.kind}>{t('state_nothingFound')}</p>;
    default:
      return null;
  }
}

/**
 * "On this page": the page's state in plain words, or the mentions found grouped by term with counts.
 * Choosing a term goes to its first mention, choosing it again to the next one, and so on.
 */
export function OnThisPage({ state, terms, locale, onReveal, ...actions }: OnThisPageProps) {
  const [next, setNext] = useState<Record<string, number>>({});
  const number = new Intl.NumberFormat(locale);
  const byKey = new Map(terms.map((term) => [term.key, term]));
  let body;
  if (!state) body = <p class="cc-state cc-muted" data-state="loading">{t('state_loading')}</p>;
  else if (state.kind !== 'mentions' && state.kind !== 'capped') body = <StateMessage state={state} {...actions} />;
  else {
    const keys = termsByCount(state.counts, terms.map((term) => term.key));
    body = (
      <>
        <p class="cc-state" data-state={state.kind}>
          {state.kind === 'capped' ? t('state_capped', [number.format(state.total)]) : t('state_found', [number.format(state.total)])}
        </p>
        <ul class="cc-mentions">
          {keys.map((key) => {
            const count = state.counts[key] ?? 0;
            const index = (next[key] ?? 0) % Math.max(count, 1);
            const term = byKey.get(key);
            return (
              <li key={key}>
                <button
                  type="button"
                  class="cc-mention"
                  data-term-id={term?.id ?? key}
                  data-pack-id={term?.packId}
                  onClick={() => {
                    onReveal(key, index);
                    setNext({ ...next, [key]: index + 1 });
                  }}
                >
                  <span class="cc-mention-label" dir="auto">
                    {term?.label ?? key}
                  </span>
                  <span class="cc-count">{number.format(count)}</span>
                  <span class="cc-sr">{t('popup_revealHint', [number.format(index + 1)])}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <section class="cc-popup-section" aria-labelledby="popup-on-page">
      <h2 id="popup-on-page" class="cc-popup-h2">
        {t('popup_onThisPage')}
      </h2>
      <div aria-live="polite">{body}</div>
    </section>
  );
}
