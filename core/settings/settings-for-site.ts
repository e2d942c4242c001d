/** What one frame may learn of the settings: the lists that reveal the reader's browsing, cut to its own site. */
import type { Settings } from './settings';

/** The settings with `disabledSites` and `mutedTerms` reduced to the entries of `site` (none when null). */
export function settingsForSite(settings: Settings, site: string | null): Settings {
  const disabled = site !== null && settings.disabledSites.includes(site);
  const muted = site !== null && Object.hasOwn(settings.mutedTerms, site) ? settings.mutedTerms[site]! : null;
  return {
    ...settings,
    disabledSites: disabled ? [site] : [],
    mutedTerms: muted ? { [site!]: [...muted] } : {},
  };
}
