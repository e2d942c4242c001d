import { useEffect, useMemo, useState } from 'preact/hooks';
import { sourceCitation } from '../../core/cite/pack-citation';
import { styleInfo, type StyleId } from '../../core/cite/styles';
import type { ContextPack } from '../../core/pack/schema';
import type { Draft } from '../../core/sources/types';
import { t } from '../../utils/i18n';
import { BrandHeader } from '../brand/brand-header';
import type { TextSpan } from './evidence';
import { packForSave, reviewProblems } from './review-edits';
import { ReviewView, type CitationPreview, type ReviewStatus } from './review-view';

/** The review page's outside world, passed in by the entry point (fakes in tests). */
export interface ReviewDeps {
  /** The draft named in the page's address, or null when there is none. */
  draftId: string | null;
  /** Why the page could not be read, when "Add this page as a source" came from the context menu. */
  refused?: string | null;
  /** `getDraft`: the draft, or null when it is gone. */
  getDraft: (draftId: string) => Promise<{ draft: Draft } | null>;
  /** `saveDraft`: keeps the pack as edited. */
  save: (draftId: string, pack: ContextPack) => Promise<{ ok: true; id: string } | { ok: false; error: string }>;
  /** `discardDraft`. */
  discard: (draftId: string) => Promise<unknown>;
  /** Scrolls the tab to a span of its article; false when the page is gone or changed. */
  reveal?: (tabId: number, span: TextSpan) => Promise<boolean>;
  /** The reader's default citation style. */
  citationStyle: StyleId;
  /** The access date a citation states (today, on this device). */
  today: Date;
  /** BCP 47 locale of the UI. */
  locale: string;
  /** Address of the Sources page. */
  sourcesHref: string;
}

/** The citation of the pack as it would be saved; null when it cannot be formatted (a field is empty). */
export function citationPreview(pack: ContextPack, style: StyleId, today: Date): CitationPreview | null {
  try {
    const info = styleInfo(style);
    return { styleName: info.name, text: sourceCitation(pack, style, today).text, lang: info.locale ?? 'en' };
  } catch {
    return null;
  }
}

const toggled = (set: ReadonlySet<string>, id: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** The review page with its state: loads the draft, keeps the edits, and sends Save or Discard. */
export function ReviewApp({ deps }: { /** The page's outside world. */ deps: ReviewDeps }) {
  const [loaded, setLoaded] = useState<{ draft: Draft } | null | 'loading' | 'failed'>('loading');
  const [pack, setPack] = useState<ContextPack | null>(null);
  const [removedQuotes, setRemovedQuotes] = useState<ReadonlySet<string>>(new Set());
  const [removedEvents, setRemovedEvents] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<ReviewStatus>({ kind: 'editing' });

  useEffect(() => {
    if (!deps.draftId) return setLoaded(null);
    deps.getDraft(deps.draftId).then(
      (answer) => {
        setLoaded(answer);
        if (answer) setPack(answer.draft.pack);
      },
      () => setLoaded('failed'),
    );
  }, [deps]);

  const finalPack = useMemo(() => (pack ? packForSave(pack, removedQuotes, removedEvents) : null), [pack, removedQuotes, removedEvents]);
  const problems = useMemo(() => (finalPack ? reviewProblems(finalPack) : []), [finalPack]);
  const citation = useMemo(() => (finalPack ? citationPreview(finalPack, deps.citationStyle, deps.today) : null), [finalPack, deps]);

  if (loaded === 'loading') return <main class="cc-options" aria-busy="true" />;
  if (loaded === null || loaded === 'failed' || !pack || !finalPack) {
    return (
      <main class="cc-options cc-review">
        <BrandHeader />
        <h1>{t('review_heading')}</h1>
        <p class="cc-error" role="alert">
          {deps.refused ? t('review_errorRefused', [deps.refused]) : t(loaded === 'failed' ? 'review_errorLoad' : 'review_errorNoDraft')}
        </p>
        <p>
          <a class="cc-link" href={deps.sourcesHref}>
            {t('sources_openLink')}
          </a>
        </p>
      </main>
    );
  }
  const { draft } = loaded;
  const canShow = draft.origin === 'added' && draft.tabId !== undefined && deps.reveal;
  const save = () => {
    if (problems.length) {
      setStatus({ kind: 'error', message: t('review_errorFix', [String(problems.length)]) });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.cc-review [aria-invalid="true"]')?.focus());
      return;
    }
    setStatus({ kind: 'saving' });
    deps.save(draft.draftId, finalPack).then(
      (answer) => setStatus(answer.ok ? { kind: 'saved' } : { kind: 'error', message: t('review_errorSave', [answer.error]) }),
      () => setStatus({ kind: 'error', message: t('review_errorSave', [t('review_errorNoAnswer')]) }),
    );
  };
  return (
    <ReviewView
      draft={draft}
      pack={pack}
      removedQuotes={removedQuotes}
      removedEvents={removedEvents}
      problems={problems}
      citation={citation}
      locale={deps.locale}
      status={status}
      sourcesHref={deps.sourcesHref}
      onEdit={(change) => {
        setPack((p) => (p ? change(p) : p));
        if (status.kind === 'error') setStatus({ kind: 'editing' });
      }}
      onRemoveQuote={(id, on) => setRemovedQuotes((s) => toggled(s, id, on))}
      onRemoveEvent={(id, on) => setRemovedEvents((s) => toggled(s, id, on))}
      {...(canShow
        ? {
            onShowInPage: (span: TextSpan) =>
              void deps.reveal!(draft.tabId!, span).then(
                (ok) => setStatus(ok ? { kind: 'editing' } : { kind: 'error', message: t('review_errorReveal') }),
                () => setStatus({ kind: 'error', message: t('review_errorReveal') }),
              ),
          }
        : {})}
      onSave={save}
      onDiscard={() =>
        void deps.discard(draft.draftId).then(
          () => setStatus({ kind: 'discarded' }),
          () => setStatus({ kind: 'error', message: t('review_errorDiscard') }),
        )
      }
    />
  );
}
