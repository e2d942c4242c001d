import { speakerOf, quoteById, timeline } from '../../core/pack/lookups';
import type { ContextPack, Quote } from '../../core/pack/schema';
import type { PopupState } from '../../core/popup-state';
import { t } from '../../utils/i18n';
import { translationCredit } from '../../core/pack/quote-display';
import { QuoteBlock } from '../context/quote-block';
import { Timeline } from '../timeline/timeline';
import { CitationPanel, type CitationChoice } from './citation-panel';
import type { CopyPayload } from '../../utils/clipboard';
import { CopyFeedback } from './copy-feedback';
import { KeyQuotes } from './key-quotes';
import { OnThisPage, type StateActions } from './on-this-page';
import { PopupControls } from './popup-controls';
import { PopupHeader } from './popup-header';
import { SummarySection } from './summary-section';
import type { CopyStatus } from './use-copy';

export interface PopupViewProps extends StateActions {
  /** The pack shown (the one with the most mentions on the tab). */
  pack: ContextPack;
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
  /** The text a quotation's copy button writes (quotation, attribution, citation, link). */
  quotePayload: (quote: Quote) => CopyPayload;
  /** Goes to the index-th mention of a term in the tab. */
  onReveal: (termId: string, index: number) => void;
  /** Pauses or resumes everywhere. */
  onPause: (paused: boolean) => void;
  /** Turns the extension off or on for the tab's site. */
  onSiteDisabled: (disabled: boolean) => void;
  /** Opens the options page. */
  onOpenOptions: () => void;
}

/** The whole popup: source and summary, quotations, timeline, what is on the page, citations, controls. */
export function PopupView(props: PopupViewProps) {
  const { pack, locale } = props;
  const copyQuote = (quote: Quote) => props.onCopy(props.quotePayload(quote), t('popup_whatQuote'));
  const terms = pack.terms.map((term) => ({ id: term.id, label: term.label }));
  return (
    <main class="cc-popup">
      <PopupHeader pack={pack} locale={locale} />
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
      <SummarySection summary={pack.summary} />
      <KeyQuotes pack={pack} locale={locale} onCopyQuote={copyQuote} />
      <section class="cc-popup-section" aria-labelledby="popup-timeline">
        <h2 id="popup-timeline" class="cc-popup-h2">
          {t('timeline_heading')}
        </h2>
        <Timeline
          events={timeline(pack)}
          locale={locale}
          idPrefix="popup-timeline"
          renderQuotes={(event) =>
            event.quoteIds
              .map((id) => quoteById(pack, id))
              .filter((q): q is Quote => q !== undefined)
              .map((q) => (
                <QuoteBlock key={q.id} quote={q} speaker={speakerOf(pack, q)} translation={translationCredit(pack, q)} locale={locale} onCopy={copyQuote} />
              ))
          }
        />
      </section>
      <CitationPanel choices={props.citations} defaultStyle={props.defaultStyle} onCopy={props.onCopy} />
      <CopyFeedback status={props.copyStatus} />
      <PopupControls
        paused={props.paused}
        site={props.site}
        siteDisabled={props.siteDisabled}
        onPause={props.onPause}
        onSiteDisabled={props.onSiteDisabled}
        onOpenOptions={props.onOpenOptions}
      />
    </main>
  );
}
