import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface SiteListProps {
  /** The sites where the extension is off. */
  sites: readonly string[];
  /** Stores a new list. */
  onChange: (sites: string[]) => void;
}

/** The host name of what a user typed ("https://www.News.example/x" -> "news.example"), or null. */
export function siteFromInput(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host = raw;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) && /[a-z0-9]/.test(host) ? host : null;
}

/** The list of disabled sites, with add and remove. */
export function SiteList({ sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(draft);
    setInvalid(site === null);
    if (!site) return;
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
            aria-invalid={invalid}
            aria-describedby={invalid ? 'options-site-error' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="cc-button">
            {t('options_siteAdd')}
          </button>
        </div>
        {invalid && (
          <p id="options-site-error" class="cc-error">
            {t('options_siteInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
