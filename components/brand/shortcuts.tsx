import { t } from '../../utils/i18n';

/** One command as `commands.getAll()` reports it. */
export interface ShortcutInfo {
  name: string;
  description: string;
  /** The keys, or '' when none is set. */
  shortcut: string;
}

export interface ShortcutsProps {
  /** The extension's commands; undefined while they are being read. */
  commands: readonly ShortcutInfo[] | undefined;
  /** Which browser's settings page to point to. */
  browser: 'chrome' | 'firefox';
}

/** The keyboard commands with their current keys, and where to set the keys (each browser has its own page). */
export function Shortcuts({ commands, browser }: ShortcutsProps) {
  // The toolbar button's own entry (_execute_action) has no description; it is not one of ours to explain.
  const shown = (commands ?? []).filter((c) => !c.name.startsWith('_'));
  const unset = shown.some((c) => !c.shortcut);
  return (
    <section class="cc-options-section" aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">{t('shortcuts_heading')}</h2>
      {commands === undefined ? null : (
        <table class="cc-shortcuts">
          <tbody>
            {shown.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <th scope="row">{c.description}</th>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="cc-muted">{t('shortcuts_notSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class={unset ? undefined : 'cc-help'}>{t(browser === 'firefox' ? 'shortcuts_howFirefox' : 'shortcuts_howChrome')}</p>
    </section>
  );
}
