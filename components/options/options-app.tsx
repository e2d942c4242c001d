import { useEffect, useState } from 'preact/hooks';
import type { CitationStyleId, Settings } from '../../core/settings/settings';
import { t } from '../../utils/i18n';
import type { PackAbout } from './about-section';
import type { ShortcutInfo } from '../brand/shortcuts';
import { OptionsView } from './options-view';

/** The options page's outside world, passed in by the entry point (fakes in tests). */
export interface OptionsDeps {
  /** The settings as the page opened. */
  settings: Settings;
  /** Terms of the shipped packs, for muting. */
  terms: readonly { id: string; label: string }[];
  /** Citation styles by their own names. */
  citationStyles: readonly { id: CitationStyleId; name: string }[];
  /** Stores a change; resolves with the stored settings. */
  update: (change: (s: Settings) => Settings) => Promise<Settings>;
  /** Calls back with the settings whenever they change (here or elsewhere), until the signal aborts. */
  watch: (onSettings: (s: Settings) => void, signal: AbortSignal) => void;
  /** Resets every setting to its default. */
  reset: () => Promise<Settings>;
  /** Clears local and session extension storage. */
  erase: () => Promise<void>;
  /** The loaded context packs, for the About section. */
  packs?: readonly PackAbout[];
  /** The keyboard commands and their keys (`commands.getAll`), and which browser this is. */
  commands?: () => Promise<ShortcutInfo[]>;
  browser?: 'chrome' | 'firefox';
}

/** The options page with its state: every change goes to storage at once, which open tabs watch. */
export function OptionsApp({ deps }: { /** The page's outside world. */ deps: OptionsDeps }) {
  const [settings, setSettings] = useState(deps.settings);
  const [status, setStatus] = useState('');
  const [commands, setCommands] = useState<ShortcutInfo[] | undefined>(undefined);
  useEffect(() => void deps.commands?.().then(setCommands, () => setCommands([])), [deps]);
  useEffect(() => {
    const controller = new AbortController();
    deps.watch(setSettings, controller.signal);
    return () => controller.abort();
  }, [deps]);
  const run = (work: Promise<Settings | void>, message: string) =>
    void work.then((next) => {
      if (next) setSettings(next);
      setStatus(message);
    });
  return (
    <OptionsView
      settings={settings}
      terms={deps.terms}
      citationStyles={deps.citationStyles}
      {...(deps.packs ? { packs: deps.packs } : {})}
      status={status}
      shortcuts={deps.commands ? { commands, browser: deps.browser ?? 'chrome' } : undefined}
      onUpdate={(change) => {
        setSettings(change(settings));
        run(deps.update(change), t('options_saved'));
      }}
      onReset={() => run(deps.reset(), t('options_resetDone'))}
      onErase={() => run(deps.erase(), t('options_erased'))}
    />
  );
}
