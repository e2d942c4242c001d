import { t } from '../../utils/i18n';
import { formatDay } from '../context/date-format';
import { sourceLabelText } from '../context/source-tag';
import { sourceKey, type PageSource } from './page-sources';

export interface SourceChooserProps {
  /** The sources that concern the page, curated first. */
  sources: readonly PageSource[];
  /** The key of the source shown. */
  chosen: string;
  /** Shows another source. */
  onChoose: (key: string) => void;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
}

/** One option's words: publisher, date, title, and how the source reached the reader. */
function optionText(s: PageSource, locale: string): string {
  const { publisher, published, title } = s.pack.source;
  return `${publisher}${published ? `, ${formatDay(published, locale)}` : ''}: ${title} (${sourceLabelText(s.label, locale)})`;
}

/** A native select (keyboard and screen readers know it), shown only when several sources apply. */
export function SourceChooser({ sources, chosen, onChoose, locale }: SourceChooserProps) {
  if (sources.length < 2) return null;
  return (
    <div class="cc-popup-section cc-source-chooser">
      <label for="popup-source" class="cc-label">
        {t('popup_sourceChooser')}
      </label>
      <select id="popup-source" value={chosen} aria-describedby="popup-source-hint" onChange={(e) => onChoose(e.currentTarget.value)}>
        {sources.map((s) => (
          <option key={sourceKey(s)} value={sourceKey(s)} dir="auto">
            {optionText(s, locale)}
          </option>
        ))}
      </select>
      <p id="popup-source-hint" class="cc-muted">
        {t('popup_sourceChooserHint', [String(sources.length)])}
      </p>
    </div>
  );
}
