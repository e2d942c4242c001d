/** The options page: wiring only (components/options for the views). */
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/options-app';
import '../../components/brand/pages.css';
import '../../components/options/options.css';
import { mountPage } from '../../components/popup/mount-page';
import { STYLES } from '../../core/cite/styles';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { getPacks } from '../../background/packs';
import { termKey } from '../../core/pack/term-key';
import { deleteSourcesDb } from '../../background/sources/db';
import { deleteListsDb } from '../../background/settings/lists-db';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

async function main(): Promise<void> {
  const [settings, packs] = await Promise.all([loadSettings(), getPacks()]);
  // Muted terms are kept by pack-qualified key (docs/decisions/002).
  const terms = packs.flatMap((p) => p.terms.map((term) => ({ id: termKey(p.id, term.id), label: term.label })));
  mountPage(
    'options_title',
    <OptionsApp
      deps={{
        settings,
        terms,
        packs: packs.map((p) => ({ id: p.id, title: p.source.title, packVersion: p.packVersion, formatVersion: p.formatVersion })),
        citationStyles: STYLES.map((s) => ({ id: s.id, name: s.name })),
        update: (change) => updateSettings(change),
        watch: (onSettings, signal) => watchSettings(onSettings, signal),
        // The first-run page has been seen; resetting should not bring it back.
        reset: () => updateSettings((s) => ({ ...DEFAULT_SETTINGS, firstRunSeen: s.firstRunSeen })),
        commands: () => browser.commands.getAll().then((list) => list.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))),
        browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
        erase: async () => {
          await browser.storage.local.clear();
          await browser.storage.session.clear();
          await deleteSourcesDb(indexedDB);
          await deleteListsDb(indexedDB);
        },
      }}
    />,
  );
}

void main();
