import { useState } from 'preact/hooks';
import type { ContextPack } from '../../core/pack/schema';
import type { Draft } from '../../core/sources/types';
import { t, type MessageKey } from '../../utils/i18n';
import { BrandHeader } from '../brand/brand-header';
import { formatDay } from '../context/date-format';
import { DateItems } from './date-items';
import type { TextSpan } from './evidence';
import type { FieldErrors } from './field-error';
import { MetadataFields } from './metadata-fields';
import { QuoteItems } from './quote-items';
import type { ReviewProblem } from './review-edits';
import { SpeakerFields } from './speaker-fields';

/** The citation as it will be copied, in the reader's default style. */
export interface CitationPreview {
  styleName: string;
  text: string;
  /** The citation's language (the style's). */
  lang: string;
}

/** Where the review stands: editing, sending, or done. */
export type ReviewStatus = { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'discarded' } | { kind: 'error'; message: string };

export interface ReviewViewProps {
  /** The draft as the background gave it (origin, notes, the tab it was read in). */
  draft: Draft;
  /** The pack as edited so far. */
  pack: ContextPack;
  removedQuotes: ReadonlySet<string>;
  removedEvents: ReadonlySet<string>;
  /** What the pack schema would refuse in the pack as it would be saved. */
  problems: readonly ReviewProblem[];
  citation: CitationPreview | null;
  /** BCP 47 locale of the UI. */
  locale: string;
  status: ReviewStatus;
  onEdit: (change: (p: ContextPack) => ContextPack) => void;
  onRemoveQuote: (quoteId: string, removed: boolean) => void;
  onRemoveEvent: (eventId: string, removed: boolean) => void;
  /** Scrolls the tab the page was read in to a span; absent when the page is not open or the source was imported. */
  onShowInPage?: (span: TextSpan) => void;
  /** Keeps the source as edited. */
  onSave: () => void;
  /** Drops the draft (after the reader confirmed). */
  onDiscard: () => void;
  /** Address of the Sources page. */
  sourcesHref: string;
}

const FIELD_ERRORS: Record<string, MessageKey> = {
  title: 'review_errorTitle',
  published: 'review_errorDate',
  updated: 'review_errorDate',
  containerTitle: 'review_errorSite',
  publisher: 'review_errorPublisher',
};

/** Each problem in the reader's language, by field; problems of the pack as a whole keep the schema's words. */
export function fieldErrors(problems: readonly ReviewProblem[]): FieldErrors {
  const out: Record<string, string> = {};
  for (const p of problems) {
    if (out[p.field]) continue;
    const key = FIELD_ERRORS[p.field] ?? (p.field.startsWith('author-') ? 'review_errorAuthor' : p.field.startsWith('speaker-') ? 'review_errorSpeakerName' : undefined);
    out[p.field] = key ? t(key) : t('review_errorPack', [p.message]);
  }
  return out;
}

/** What the draft is: extracted here or imported, and who reviewed it when (a file's review is not the reader's). */
function provenanceLines(draft: Draft, locale: string): string[] {
  const p = draft.pack.provenance;
  const reviewed = p.kind === 'reader-reviewed' ? formatDay(p.reviewed, locale) : null;
  if (draft.origin === 'imported') {
    const review = reviewed ? [t(draft.replaces ? 'review_reviewedByYou' : 'review_reviewedInFile', [reviewed])] : [];
    return [t('review_labelImported'), ...review];
  }
  return [reviewed ? t('review_labelExtractedReviewed', [reviewed]) : t('review_labelExtracted')];
}

function Provenance({ draft, locale }: { draft: Draft; locale: string }) {
  const [label, ...more] = provenanceLines(draft, locale);
  return (
    <div class="cc-provenance">
      <p class="cc-emphasis">{label}</p>
      {more.map((line, i) => (
        <p key={i} class="cc-help">
          {line}
        </p>
      ))}
      {draft.replaces && <p class="cc-help">{t('review_rereview')}</p>}
      <p class="cc-help">
        {t('review_readFrom')} <bdi class="cc-url">{draft.pageUrl}</bdi>
      </p>
      {draft.notes.length > 0 && (
        <ul class="cc-notes" aria-label={t('review_notesLabel')}>
          {draft.notes.map((note, i) => (
            <li key={i} dir="auto">
              {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Finished({ status, sourcesHref }: { status: 'saved' | 'discarded'; sourcesHref: string }) {
  return (
    <div class="cc-finished" role="status">
      <p class="cc-emphasis">{t(status === 'saved' ? 'review_saved' : 'review_discarded')}</p>
      <p>
        <a class="cc-link" href={sourcesHref}>
          {t('sources_openLink')}
        </a>
      </p>
    </div>
  );
}

/** The review of a draft source: metadata, citation, speakers, quotations and dates; nothing kept until Save. */
export function ReviewView(props: ReviewViewProps) {
  const { draft, pack, status, problems, citation } = props;
  const [confirming, setConfirming] = useState(false);
  const errors = fieldErrors(problems);
  const done = status.kind === 'saved' || status.kind === 'discarded';
  return (
    <main class="cc-options cc-review">
      <BrandHeader />
      <h1>{t('review_heading')}</h1>
      <Provenance draft={draft} locale={props.locale} />
      {done ? (
        <Finished status={status.kind as 'saved' | 'discarded'} sourcesHref={props.sourcesHref} />
      ) : (
        <>
          <MetadataFields pack={pack} errors={errors} onEdit={props.onEdit} />
          <section class="cc-options-section" aria-labelledby="review-cite-h">
            <h2 id="review-cite-h">{t('review_citationHeading')}</h2>
            {citation ? (
              <>
                <p class="cc-help" id="review-cite-style">
                  {t('review_citationStyle', [citation.styleName])}
                </p>
                <output class="cc-cite-preview" aria-labelledby="review-cite-h" aria-describedby="review-cite-style" lang={citation.lang} data-testid="citation">
                  {citation.text}
                </output>
              </>
            ) : (
              <p class="cc-error">{t('review_citationUnavailable')}</p>
            )}
          </section>
          <SpeakerFields pack={pack} removed={props.removedQuotes} errors={errors} onEdit={props.onEdit} />
          <QuoteItems pack={pack} removed={props.removedQuotes} locale={props.locale} onEdit={props.onEdit} onRemove={props.onRemoveQuote} {...(props.onShowInPage ? { onShow: props.onShowInPage } : {})} />
          <DateItems pack={pack} removed={props.removedEvents} locale={props.locale} onRemove={props.onRemoveEvent} {...(props.onShowInPage ? { onShow: props.onShowInPage } : {})} />
          <section class="cc-options-section cc-review-actions" aria-labelledby="review-actions-h">
            <h2 id="review-actions-h">{t('review_actionsHeading')}</h2>
            <p class="cc-help">{t('review_nothingSaved')}</p>
            {confirming ? (
              <div class="cc-confirm" role="alertdialog" aria-labelledby="review-discard-warning">
                <p id="review-discard-warning">{t('review_discardConfirm')}</p>
                <button type="button" class="cc-button cc-danger" onClick={() => { setConfirming(false); props.onDiscard(); }}>
                  {t('review_discardYes')}
                </button>{' '}
                <button type="button" class="cc-button" onClick={() => setConfirming(false)}>
                  {t('review_cancel')}
                </button>
              </div>
            ) : (
              <p class="cc-inline">
                <button type="button" class="cc-button cc-primary" disabled={status.kind === 'saving'} onClick={props.onSave}>
                  {t(status.kind === 'saving' ? 'review_saving' : 'review_save')}
                </button>
                <button type="button" class="cc-button" disabled={status.kind === 'saving'} onClick={() => setConfirming(true)}>
                  {t('review_discard')}
                </button>
              </p>
            )}
          </section>
        </>
      )}
      <p class="cc-status cc-error" role="alert">
        {status.kind === 'error' ? status.message : ''}
      </p>
    </main>
  );
}
