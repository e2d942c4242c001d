import { t } from '../../utils/i18n';
import { BrandHeader } from '../brand/brand-header';
import { Shortcuts, type ShortcutsProps } from '../brand/shortcuts';

export interface WelcomeViewProps {
  /** Whether quiet mode is on now. */
  quietMode: boolean;
  /** Turns quiet mode on or off. */
  onQuietMode: (quiet: boolean) => void;
  /** Opens the options page. */
  onOpenOptions: () => void;
  /** The keyboard shortcuts and where to set them. */
  shortcuts?: ShortcutsProps;
}

/** The first-run page: what the extension does, that nothing leaves the device, and quiet mode. */
export function WelcomeView({ quietMode, onQuietMode, onOpenOptions, shortcuts }: WelcomeViewProps) {
  return (
    <main class="cc-welcome">
      <BrandHeader />
      <h1>{t('welcome_title')}</h1>
      <p class="cc-lead">{t('welcome_what')}</p>
      <p>{t('welcome_badge')}</p>
      <p class="cc-emphasis">{t('welcome_private')}</p>
      <section aria-labelledby="welcome-quiet" class="cc-options-section">
        <h2 id="welcome-quiet">{t('options_quietHeading')}</h2>
        <p>{t('welcome_quietText')}</p>
        <label class="cc-check">
          <input type="checkbox" name="quiet-mode" checked={quietMode} aria-describedby="welcome-default" onChange={(e) => onQuietMode(e.currentTarget.checked)} />
          {t('options_quietLabel')}
        </label>
        <p id="welcome-default" class="cc-help">
          {t('welcome_default')}
        </p>
        <p class="cc-status" role="status">
          {quietMode ? t('welcome_quietOn') : t('welcome_quietOff')}
        </p>
      </section>
      {shortcuts && <Shortcuts {...shortcuts} />}
      <p class="cc-options-section">
        <button type="button" class="cc-link" onClick={onOpenOptions}>
          {t('welcome_optionsLink')}
        </button>
      </p>
    </main>
  );
}
