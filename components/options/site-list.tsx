import { useState } from 'preact/hooks';
import { LIMITS } from '../../core/settings/repair';
import { normalizeSite } from '../../core/settings/site-name';
import { t, uiLocale } from '../../utils/i18n';

export interface SiteListProps {
  /** The sites where the extension is off. */
  sites: readonly string[];
  /** Stores a new list. */
  onChange: (sites: string[]) => void;
  /** How many sites the list may hold (the settings' limit unless a test says otherwise). */
  limit?: number;
}

/** The site of what a user typed ("https://www.News.example/x" -> "news.example"), or null. */
export const siteFromInput = normalizeSite;

/** A count in the reader's language ("5,000", "5000"). */
export const formatCount = (n: number) => new Intl.NumberFormat(uiLocale()).format(n);

/** The list of disabled sites, with add and remove. */
export function SiteList({ sites, onChange, limit = LIMITS.disabledSites }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const max = formatCount(limit);
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(draft);
    if (!site) return setError(t('options_siteInvalid'));
    // Full: say so, and keep what the reader typed (storing it would drop it, see core/settings/repair.ts).
    if (!sites.includes(site) && sites.length >= limit) return setError(t('options_sitesFull', [max]));
    setError(null);
    if (!sites.includes(site)) onChange([...sites, site]);
    setDraft('');
  };
  return (
    <section class="cc-options-section" aria-labelledby="options-sites">
      <h2 id="options-sites">{t('options_sitesHeading')}</h2>
      {sites.length ? (
        <ul class="cc-item-list" data-list="sites">
          {sites.map((site) => (
            <li key={site}>
              <bdi>{site}</bdi>
              <button type="button" class="cc-button cc-small" aria-label={t('options_remove', [site])} onClick={() => onChange(sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cc-muted">{t('options_sitesEmpty')}</p>
      )}
      <p class="cc-help" id="options-sites-limit">
        {t('options_sitesLimit', [formatCount(sites.length), max])}
      </p>
      <form class="cc-inline-form" onSubmit={add}>
        <label for="options-site-input">{t('options_siteInput')}</label>
        <div class="cc-inline">
          <input
            id="options-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={error !== null}
            aria-describedby={error ? 'options-site-error options-sites-limit' : 'options-sites-limit'}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="cc-button">
            {t('options_siteAdd')}
          </button>
        </div>
        {error && (
          <p id="options-site-error" class="cc-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
