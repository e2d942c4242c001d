import { t } from '../../utils/i18n';

/** What an import gave: drafts to review (with their titles), the packs refused and what was trimmed. */
export interface ImportResult {
  drafts: readonly { draftId: string; title: string }[];
  refused: readonly string[];
  notes: readonly string[];
}

export interface ImportPanelProps {
  /** Reads the chosen file (the page checks its size first). */
  onFile: (file: File) => void;
  /** The last import's result, if any. */
  result: ImportResult | null;
  /** Address of the review page for a draft. */
  reviewHref: (draftId: string) => string;
}

/** Import a file of sources: each source in it is reviewed before it is kept; refusals are said plainly. */
export function ImportPanel({ onFile, result, reviewHref }: ImportPanelProps) {
  return (
    <div class="cc-import">
      <label for="sources-import">{t('sources_importLabel')}</label>
      <input
        id="sources-import"
        type="file"
        accept=".json,application/json"
        aria-describedby="sources-import-help"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = '';
        }}
      />
      <p id="sources-import-help" class="cc-help">
        {t('sources_importHelp')}
      </p>
      {result && (
        <div class="cc-import-result" data-import-result>
          {result.drafts.length > 0 && (
            <>
              <p class="cc-emphasis">{t('sources_importToReview', [String(result.drafts.length)])}</p>
              <ul class="cc-item-list">
                {result.drafts.map((d) => (
                  <li key={d.draftId}>
                    <a class="cc-link" href={reviewHref(d.draftId)} target="_blank" rel="noopener">
                      {t('sources_reviewDraft', [d.title])}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.drafts.length === 0 && <p class="cc-emphasis">{t('sources_importNone')}</p>}
          {result.refused.length > 0 && (
            <>
              <p class="cc-error">{t('sources_importRefused', [String(result.refused.length)])}</p>
              <ul class="cc-notes" data-refused>
                {result.refused.map((r, i) => (
                  <li key={i} dir="auto">
                    {r}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.notes.length > 0 && (
            <ul class="cc-notes" aria-label={t('sources_importNotes')} data-notes>
              {result.notes.map((n, i) => (
                <li key={i} dir="auto">
                  {n}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
