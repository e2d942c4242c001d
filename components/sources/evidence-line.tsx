import { t } from '../../utils/i18n';
import type { PassageSnippet, TextSpan } from './evidence';

export interface EvidenceLineProps {
  /** 0-based paragraph of the article, when known. */
  paragraph?: number;
  /** The passage's words (the quotation's context, or the dated sentence). */
  snippet?: PassageSnippet | string | null;
  /** The span in the article; with `onShow`, a button scrolls the tab to it. */
  span: TextSpan | null;
  /** Scrolls the open page to the span; absent when the page is not open (or the source was imported). */
  onShow?: (span: TextSpan) => void;
  /** Names the item for the button's accessible name ("Show in page: …"). */
  itemLabel: string;
}

/** Where an item came from in the article: its paragraph, a snippet of the passage, and "Show in page". */
export function EvidenceLine({ paragraph, snippet, span, onShow, itemLabel }: EvidenceLineProps) {
  return (
    <div class="cc-evidence">
      <p class="cc-help">
        {paragraph !== undefined && <span>{t('review_paragraph', [String(paragraph + 1)])}</span>}
        {typeof snippet === 'string' && (
          <q class="cc-snippet" dir="auto">
            {snippet}
          </q>
        )}
        {snippet && typeof snippet === 'object' && (
          <span class="cc-snippet" dir="auto">
            {snippet.before && <span class="cc-context">…{snippet.before} </span>}
            <mark>{snippet.start}</mark>
            {snippet.end && (
              <>
                {' … '}
                <mark>{snippet.end}</mark>
              </>
            )}
            {snippet.after && <span class="cc-context"> {snippet.after}…</span>}
          </span>
        )}
      </p>
      {onShow && span && (
        <button type="button" class="cc-button cc-small" data-action="show" aria-label={t('review_showInPageFor', [itemLabel])} onClick={() => onShow(span)}>
          {t('review_showInPage')}
        </button>
      )}
    </div>
  );
}
