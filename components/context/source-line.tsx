import type { PackSource } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { formatDay } from './date-format';

export interface SourceLineProps {
  /** The pack's source (or a card's view of it, whose date may be null). */
  source: Pick<PackSource, 'title' | 'publisher' | 'language'> & { published?: string | null | undefined };
  /** BCP 47 locale for the date (the UI's). */
  locale: string;
  /** Also show the source's title (the popup has room for it; the card does not). */
  withTitle?: boolean;
}

/** "Source: CNN, 31 Oct 2018": who published the source and when. */
export function SourceLine({ source, locale, withTitle = false }: SourceLineProps) {
  return (
    <p class="cc-source">
      <span class="cc-label-inline">{t('card_sourceLabel')}</span>{' '}
      {withTitle && (
        <>
          <cite lang={source.language} dir="auto">
            {source.title}
          </cite>
          {', '}
        </>
      )}
      {source.publisher}
      {source.published && (
        <>
          {', '}
          <time dateTime={source.published}>{formatDay(source.published, locale)}</time>
        </>
      )}
    </p>
  );
}
