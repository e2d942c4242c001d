import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, withMute, type CitationStyleId, type Settings } from '../../core/settings/settings';
import { t } from '../../utils/i18n';
import { AboutSection, type PackAbout } from './about-section';
import { BrandHeader } from '../brand/brand-header';
import { Shortcuts, type ShortcutsProps } from '../brand/shortcuts';
import { MutedTerms } from './muted-terms';
import { PrivacySection } from './privacy-section';
import { SiteList } from './site-list';

export interface OptionsViewProps {
  /** The current settings. */
  settings: Settings;
  /** Terms of the shipped packs, for muting. */
  terms: readonly { id: string; label: string }[];
  /** Citation styles by their own names ("APA 7"). */
  citationStyles: readonly { id: CitationStyleId; name: string }[];
  /** Stores a change of settings; open tabs see it at once. */
  onUpdate: (change: (s: Settings) => Settings) => void;
  /** Resets every setting to its default. */
  onReset: () => void;
  /** Erases everything the extension stored (after the user confirmed). */
  onErase: () => void;
  /** The result of the last action, announced politely. */
  status?: string;
  /** The loaded context packs, for the About section (none: no section). */
  packs?: readonly PackAbout[];
  /** The keyboard shortcuts section, where the page can read them. */
  shortcuts?: ShortcutsProps;
}

/** The options page: look of highlights and cards, citations, sites, muted terms, quiet mode, privacy, reset. */
export function OptionsView({ settings, terms, citationStyles, onUpdate, onReset, onErase, status, packs = [], shortcuts }: OptionsViewProps) {
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onUpdate((s) => ({ ...s, [key]: value }));
  return (
    <main class="cc-options">
      <BrandHeader />
      <h1>{t('options_title')}</h1>
      <section class="cc-options-section" aria-labelledby="options-appearance">
        <h2 id="options-appearance">{t('options_appearanceHeading')}</h2>
        <div class="cc-field">
          <label for="options-hover">{t('options_hoverDelay')}</label>
          <div class="cc-inline">
            <input
              id="options-hover"
              type="range"
              min={0}
              max={3000}
              step={50}
              value={settings.hoverDelayMs}
              aria-valuetext={t('options_hoverDelayValue', [String(settings.hoverDelayMs)])}
              onChange={(e) => set('hoverDelayMs', Number(e.currentTarget.value))}
            />
            <output for="options-hover">{t('options_hoverDelayValue', [String(settings.hoverDelayMs)])}</output>
          </div>
        </div>
        <fieldset class="cc-field">
          <legend>{t('options_highlightStyle')}</legend>
          {(['background', 'underline'] as const).map((style) => (
            <label key={style} class="cc-check">
              <input type="radio" name="highlight-style" value={style} checked={settings.highlightStyle === style} onChange={() => set('highlightStyle', style)} />
              {t(style === 'background' ? 'options_styleBackground' : 'options_styleUnderline')}
            </label>
          ))}
        </fieldset>
        <fieldset class="cc-field">
          <legend>{t('options_highlightColor')}</legend>
          {HIGHLIGHT_COLORS.map((color) => (
            <label key={color} class="cc-check">
              <input type="radio" name="highlight-color" value={color} checked={settings.highlightColor === color} onChange={() => set('highlightColor', color)} />
              <span class={`cc-swatch cc-swatch-${color}`} aria-hidden="true" />
              {t(`options_color_${color}`)}
            </label>
          ))}
        </fieldset>
      </section>
      <section class="cc-options-section" aria-labelledby="options-citation">
        <h2 id="options-citation">{t('options_citationHeading')}</h2>
        <label for="options-citation-style">{t('options_citationStyle')}</label>{' '}
        <select id="options-citation-style" value={settings.citationStyle} onChange={(e) => set('citationStyle', e.currentTarget.value as CitationStyleId)}>
          {citationStyles.map((style) => (
            <option key={style.id} value={style.id}>
              {style.name}
            </option>
          ))}
        </select>
      </section>
      <section class="cc-options-section" aria-labelledby="options-sources">
        <h2 id="options-sources">{t('sources_heading')}</h2>
        <p class="cc-help">{t('sources_optionsHelp')}</p>
        <p>
          <a class="cc-link" href="/sources.html">
            {t('sources_openLink')}
          </a>
        </p>
      </section>
      {shortcuts && <Shortcuts {...shortcuts} />}
      <section class="cc-options-section" aria-labelledby="options-quiet">
        <h2 id="options-quiet">{t('options_quietHeading')}</h2>
        <label class="cc-check">
          <input type="checkbox" name="quiet-mode" checked={settings.quietMode} aria-describedby="options-quiet-help" onChange={(e) => set('quietMode', e.currentTarget.checked)} />
          {t('options_quietLabel')}
        </label>
        <p id="options-quiet-help" class="cc-help">
          {t('options_quietHelp')}
        </p>
      </section>
      <SiteList sites={settings.disabledSites} onChange={(sites) => set('disabledSites', sites)} />
      <MutedTerms muted={settings.mutedTerms} terms={terms} onMute={(site, termId, muted) => onUpdate((s) => withMute(s, site, termId, muted))} />
      <PrivacySection />
      {packs.length > 0 && <AboutSection packs={packs} />}
      <section class="cc-options-section" aria-labelledby="options-reset">
        <h2 id="options-reset">{t('options_resetHeading')}</h2>
        <p>
          <button type="button" class="cc-button" onClick={onReset}>
            {t('options_reset')}
          </button>
        </p>
        <div class="cc-danger-zone">
        <h3>{t('options_eraseHeading')}</h3>
        {confirming ? (
          <div class="cc-confirm" role="alertdialog" aria-labelledby="options-erase-warning">
            <p id="options-erase-warning">{t('options_eraseConfirm')}</p>
            <button
              type="button"
              class="cc-button cc-danger"
              onClick={() => {
                setConfirming(false);
                onErase();
              }}
            >
              {t('options_eraseYes')}
            </button>{' '}
            <button type="button" class="cc-button" onClick={() => setConfirming(false)}>
              {t('options_eraseCancel')}
            </button>
          </div>
        ) : (
          <p>
            <button type="button" class="cc-button cc-danger" onClick={() => setConfirming(true)}>
              {t('options_erase')}
            </button>
          </p>
        )}
        </div>
      </section>
      <p class="cc-status" role="status">
        {status ?? ''}
      </p>
    </main>
  );
}
