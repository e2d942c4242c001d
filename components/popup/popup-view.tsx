import { speakerOf, quotesForTerm, termById } from '../../core/pack/lookups';
import type { ContextPack, Quote } from '../../core/pack/schema';
import { termKey } from '../../core/pack/term-key';
import type { PopupState } from '../../core/popup-state';
import { t } from '../../utils/i18n';
import { ProseView } from '../context/prose-view';
import { translationCredit } from '../../core/pack/quote-display';
import { QuoteBlock } from '../context/quote-block';
import { CitationPanel, type CitationChoice } from './citation-panel';
import type { CopyPayload } from '../../utils/clipboard';
import { AddSource, type AddSourceProps } from './add-source';
import { CopyFeedback } from './copy-feedback';
import { Disclosure } from './disclosure';
import { KeyQuotes } from './key-quotes';
import { OnThisPage, type StateActions } from './on-this-page';
import { PopupControls } from './popup-controls';
import { PopupHeader } from './popup-header';
import { SummarySection } from './summary-section';
import { sourceKey, type PageSource } from './page-sources';
import { PopupTimeline } from './popup-timeline';
import { SourceChooser } from './source-chooser';
import { SourceLine } from '../context/source-line';
import type { CopyStatus } from './use-copy';

export interface PopupViewProps extends StateActions {
  /** The source shown (by default the curated one the tab mentions most). */
  source: PageSource;
  /** Every source that concerns the page, curated first (the chooser's options; the timeline draws them all). */
  sources: readonly PageSource[];
  /** Shows another of `sources`, by its key. */
  onChooseSource: (key: string) => void;
  /** The curated packs: they define the terms the page's mentions and the full context name. */
  curated: readonly ContextPack[];
  /** BCP 47 locale of the UI, for dates and numbers. */
  locale: string;
  /** The tab's state; undefined while it is being read. */
  state: PopupState | undefined;
  /** The tab's site, or null (browser pages). */
  site: string | null;
  /** Whether the extension is paused everywhere. */
  paused: boolean;
  /** Whether the extension is turned off on the tab's site. */
  siteDisabled: boolean;
  /** Every citation style with its strings, computed before any click. */
  citations: readonly CitationChoice[];
  /** The user's default citation style. */
  defaultStyle: string;
  /** The outcome of the last copy. */
  copyStatus: CopyStatus;
  /** Copies a citation or a quotation. */
  onCopy: (payload: CopyPayload, what: string) => void;
  /** The text a quotation's copy button writes (quotation, attribution, its source's citation, link). */
  quotePayload: (pack: ContextPack, quote: Quote) => CopyPayload;
  /** Goes to the index-th mention of a term in the tab. */
  onReveal: (termKey: string, index: number) => void;
  /** Pauses or resumes everywhere. */
  onPause: (paused: boolean) => void;
  /** Turns the extension off or on for the tab's site. */
  onSiteDisabled: (disabled: boolean) => void;
  /** Opens the options page. */
  onOpenOptions: () => void;
  /** Shown in a tab as the full context (every section open), for the term it was opened for. */
  full?: { packId?: string; termId?: string };
  /** "Add this page as a source" and the way to the Sources page (the toolbar popup only). */
  addSource?: AddSourceProps;
}

/** The term the full context was opened for: marked, with its note and its quotations, first in view. */
function FullTerm({ pack, termId, locale, onCopyQuote }: { pack: ContextPack; termId: string; locale: string; onCopyQuote: (q: Quote) => void }) {
  const term = termById(pack, termId);
  if (!term) return null;
  const lang = pack.source.language;
  return (
    <section class="cc-full-term" id="full-term" aria-labelledby="full-term-h" tabIndex={-1}>
      <p class="cc-label">{t('full_openedFor')}</p>
      <h2 id="full-term-h" class="cc-term" lang={lang} dir="auto">
        <mark>{term.label}</mark>
      </h2>
      <p class="cc-note" lang={lang} dir="auto">
        <ProseView prose={term.note} />
      </p>
      {quotesForTerm(pack, termId).map((q) => (
        <QuoteBlock key={q.id} quote={q} speaker={speakerOf(pack, q)} translation={translationCredit(pack, q)} locale={locale} showLabel={false} onCopy={onCopyQuote} />
      ))}
    </section>
  );
}

/** The pack whose term the full context names: the named pack, or without one the only pack with that term id. */
function definingPack(packs: readonly ContextPack[], packId: string | undefined, termId: string): ContextPack | undefined {
  const defining = packs.filter((p) => (packId === undefined || p.id === packId) && termById(p, termId));
  return defining.length === 1 ? defining[0] : undefined;
}

/**
 * The whole popup. First screen: the source, what the page mentions, the citation and its copy button;
 * then sections the reader opens: summary, quotations, timeline, settings. As the full context (a tab),
 * the term it was opened for comes first and every section is open.
 */
export function PopupView(props: PopupViewProps) {
  const { source, locale, full } = props;
  const { pack } = source;
  const copyFrom = (from: ContextPack) => (quote: Quote) => props.onCopy(props.quotePayload(from, quote), t('popup_whatQuote'));
  const copyQuote = copyFrom(pack);
  const terms = props.curated.flatMap((p) => p.terms.map((term) => ({ key: termKey(p.id, term.id), packId: p.id, id: term.id, label: term.label })));
  const defining = full?.termId ? definingPack(props.curated, full.packId, full.termId) : undefined;
  const open = full !== undefined;
  return (
    <main class={open ? 'cc-popup cc-full' : 'cc-popup'}>
      <PopupHeader pack={pack} locale={locale} withTitle={open} label={source.label} />
      <SourceChooser sources={props.sources} chosen={sourceKey(source)} onChoose={props.onChooseSource} locale={locale} />
      {full?.termId && defining && <FullTerm pack={defining} termId={full.termId} locale={locale} onCopyQuote={copyFrom(defining)} />}
      {(
        <OnThisPage
          state={props.state}
          terms={terms}
          locale={locale}
          onReveal={props.onReveal}
          onRequestAccess={props.onRequestAccess}
          onReload={props.onReload}
          onResume={props.onResume}
          onEnableSite={props.onEnableSite}
        />
      )}
      <CitationPanel choices={props.citations} defaultStyle={props.defaultStyle} onCopy={props.onCopy} />
      <Disclosure id="popup-summary-section" title={t('popup_summaryHeading')} open={open}>
        {!open && <SourceLine source={pack.source} locale={locale} withTitle />}
        <SummarySection summary={pack.summary} lang={pack.source.language} />
      </Disclosure>
      <Disclosure id="popup-quotes-section" title={t('popup_quotesHeading')} open={open}>
        <KeyQuotes key={sourceKey(source)} pack={pack} locale={locale} onCopyQuote={copyQuote} />
      </Disclosure>
      <Disclosure id="popup-timeline-section" title={t('timeline_heading')} open={open}>
        <PopupTimeline sources={props.sources} locale={locale} onCopyQuote={(from, quote) => copyFrom(from.pack)(quote)} />
      </Disclosure>
      {!open && (
        <Disclosure id="popup-controls-section" title={t('popup_controlsHeading')}>
          <PopupControls
            paused={props.paused}
            site={props.site}
            siteDisabled={props.siteDisabled}
            onPause={props.onPause}
            onSiteDisabled={props.onSiteDisabled}
            onOpenOptions={props.onOpenOptions}
          />
        </Disclosure>
      )}
      {!open && props.addSource && <AddSource {...props.addSource} />}
      <CopyFeedback status={props.copyStatus} />
    </main>
  );
}
