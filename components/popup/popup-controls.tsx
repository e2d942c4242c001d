import { t } from '../../utils/i18n';

export interface PopupControlsProps {
  /** Whether the extension is paused everywhere. */
  paused: boolean;
  /** The tab's site, or null where there is none (browser pages). */
  site: string | null;
  /** Whether the extension is turned off on this site. */
  siteDisabled: boolean;
  /** Pauses or resumes everywhere. */
  onPause: (paused: boolean) => void;
  /** Turns the extension off or on for the site. */
  onSiteDisabled: (disabled: boolean) => void;
  /** Opens the options page. */
  onOpenOptions: () => void;
}

/** Pause everywhere, disable on this site, and the way to the options. */
export function PopupControls({ paused, site, siteDisabled, onPause, onSiteDisabled, onOpenOptions }: PopupControlsProps) {
  return (
    <div class="cc-controls">
      <label class="cc-check">
        <input type="checkbox" name="paused" checked={paused} onChange={(e) => onPause(e.currentTarget.checked)} />
        {t('popup_pauseEverywhere')}
      </label>
      {site && (
        <label class="cc-check">
          <input type="checkbox" name="site-disabled" checked={siteDisabled} onChange={(e) => onSiteDisabled(e.currentTarget.checked)} />
          <span>
            {t('popup_disableOnSite')} <bdi class="cc-site">{site}</bdi>
          </span>
        </label>
      )}
      <p>
        <button type="button" class="cc-link" onClick={onOpenOptions}>
          {t('popup_openOptions')}
        </button>
      </p>
    </div>
  );
}
