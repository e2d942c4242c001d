import { useState } from 'preact/hooks';
import { LIMITS } from '../../core/settings/repair';
import { t } from '../../utils/i18n';
import { formatCount, siteFromInput } from './site-list';

export interface MutedTermsProps {
  /** Muted term ids by site. */
  muted: Readonly<Record<string, readonly string[]>>;
  /** The terms a user may mute, with their labels. */
  terms: readonly { id: string; label: string }[];
  /** Mutes (true) or unmutes (false) a term on a site. */
  onMute: (site: string, termId: string, muted: boolean) => void;
  /** How many terms a site and how many sites the list may hold (the settings' limits unless a test says otherwise). */
  limits?: { perSite: number; sites: number };
}

/** Muted terms per site, with add and remove. */
export function MutedTerms({ muted, terms, onMute, limits = { perSite: LIMITS.mutedTermsPerSite, sites: LIMITS.mutedSites } }: MutedTermsProps) {
  const [site, setSite] = useState('');
  const [termId, setTermId] = useState(terms[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const label = (id: string) => terms.find((term) => term.id === id)?.label ?? id;
  const pairs = Object.entries(muted).flatMap(([s, ids]) => ids.map((id) => ({ site: s, id })));
  const add = (e: Event) => {
    e.preventDefault();
    const host = siteFromInput(site);
    if (!host || !termId) return setError(t('options_siteInvalid'));
    // Own entries only: a host may be called "constructor".
    const onSite = Object.hasOwn(muted, host) ? muted[host]! : null;
    if (!onSite?.includes(termId)) {
      if (onSite && onSite.length >= limits.perSite) return setError(t('options_mutedSiteFull', [host, formatCount(limits.perSite)]));
      if (!onSite && Object.keys(muted).length >= limits.sites) return setError(t('options_mutedSitesFull', [formatCount(limits.sites)]));
    }
    setError(null);
    onMute(host, termId, true);
    setSite('');
  };
  return (
    <section class="cc-options-section" aria-labelledby="options-muted">
      <h2 id="options-muted">{t('options_mutedHeading')}</h2>
      <p class="cc-help">{t('options_mutedHelp')}</p>
      <p class="cc-help">{t('options_mutedLimit', [formatCount(limits.perSite), formatCount(limits.sites)])}</p>
      {pairs.length ? (
        <ul class="cc-item-list" data-list="muted">
          {pairs.map((p) => {
            const text = t('options_mutedItem', [label(p.id), p.site]);
            return (
              <li key={`${p.site}|${p.id}`}>
                <span dir="auto">{text}</span>
                <button type="button" class="cc-button cc-small" aria-label={t('options_remove', [text])} onClick={() => onMute(p.site, p.id, false)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="cc-muted">{t('options_mutedEmpty')}</p>
      )}
      <form class="cc-inline-form" onSubmit={add}>
        <div class="cc-inline">
          <label>
            {t('options_mutedTerm')}{' '}
            <select value={termId} onChange={(e) => setTermId(e.currentTarget.value)}>
              {terms.map((term) => (
                <option key={term.id} value={term.id}>
                  {term.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('options_mutedSite')}{' '}
            <input type="text" value={site} autoComplete="off" spellcheck={false} aria-invalid={error !== null} onInput={(e) => setSite(e.currentTarget.value)} />
          </label>
          <button type="submit" class="cc-button">
            {t('options_mutedAdd')}
          </button>
        </div>
        {error && (
          <p class="cc-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
