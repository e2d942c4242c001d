import { t } from '../../utils/i18n';

/** A loaded pack as the About section names it. */
export interface PackAbout {
  id: string;
  /** The source's title. */
  title: string;
  packVersion: string;
  formatVersion: number;
}

/** "About": the version and format of each context pack (the popup says only when it was checked). */
export function AboutSection({ packs }: { /** The packs the extension loaded. */ packs: readonly PackAbout[] }) {
  return (
    <section class="cc-options-section" aria-labelledby="options-about">
      <h2 id="options-about">{t('options_aboutHeading')}</h2>
      <ul class="cc-privacy">
        {packs.map((p) => (
          <li key={p.id} dir="auto">
            {t('options_aboutPack', [p.title, p.packVersion, String(p.formatVersion)])}
          </li>
        ))}
      </ul>
    </section>
  );
}
