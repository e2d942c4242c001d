import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SourceRow } from './filter-sources';
import type { ImportResult } from './import-panel';
import { SourcesView } from './sources-view';

/** The Sources page's outside world, passed in by the entry point (fakes in tests). */
export interface SourcesDeps {
  /** `listSources`. */
  list: () => Promise<readonly SourceRow[]>;
  /** `setSourceEnabled`. */
  setEnabled: (id: string, enabled: boolean) => Promise<{ ok: boolean }>;
  /** `deleteSource`. */
  remove: (id: string) => Promise<{ ok: boolean; undoToken: string }>;
  /** `undoDelete`. */
  undo: (undoToken: string) => Promise<{ ok: boolean }>;
  /** `reviewSource`: a draft of a kept source. */
  review: (id: string) => Promise<{ draftId: string } | null>;
  /** Opens the review page of a draft (a new tab). */
  openReview: (draftId: string) => void;
  /** `exportSources`. */
  exportSources: (ids?: string[]) => Promise<{ fileName: string; text: string }>;
  /** Saves the exported text as a file. */
  download: (fileName: string, text: string) => void;
  /** `importSources`. */
  importSources: (text: string) => Promise<{ draftIds: string[]; refused: string[]; notes: string[] }>;
  /** A draft's title, for the list of imported drafts to review (`getDraft`). */
  draftTitle: (draftId: string) => Promise<string | null>;
  /** Calls back when the list may have changed elsewhere (a review saved in another tab), until the signal aborts. */
  watch?: (onChange: () => void, signal: AbortSignal) => void;
  /** Files larger than this are refused before they are read. */
  maxImportBytes: number;
  /** Address of the review page for a draft. */
  reviewHref: (draftId: string) => string;
  /** BCP 47 locale of the UI. */
  locale: string;
}

/** A size in the UI's words: "20 MB", "1 kB". */
export function fileSize(bytes: number, locale: string): string {
  const mega = bytes >= 1_048_576;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes / (mega ? 1_048_576 : 1024));
}

/** How long Undo is offered, a little under the background's minute so the button never outlives its token. */
export const UNDO_MS = 50_000;

/** The Sources page with its state: the list, the search, deletions that can be undone, export and import. */
export function SourcesApp({ deps }: { /** The page's outside world. */ deps: SourcesDeps }) {
  const [sources, setSources] = useState<readonly SourceRow[] | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ title: string; token: string } | null>(null);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(() => {
    deps.list().then(
      (list) => {
        setSources(list);
        setSelected((s) => new Set([...s].filter((id) => list.some((x) => x.id === id))));
      },
      () => {
        setSources((s) => s ?? []);
        setError(t('sources_errorList'));
      },
    );
  }, [deps]);

  useEffect(() => {
    const controller = new AbortController();
    refresh();
    deps.watch?.(refresh, controller.signal);
    return () => {
      controller.abort();
      clearTimeout(undoTimer.current);
    };
  }, [deps, refresh]);

  const act = <T,>(work: Promise<T>, done: (value: T) => void, failure: string) => {
    setError('');
    setStatus('');
    work.then(done, () => setError(failure));
  };
  const titleOf = (id: string) => sources?.find((s) => s.id === id)?.title ?? id;

  return (
    <SourcesView
      sources={sources}
      locale={deps.locale}
      query={query}
      onQuery={setQuery}
      selected={selected}
      onSelect={(id, on) => setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))))}
      onEnabled={(id, enabled) =>
        act(deps.setEnabled(id, enabled), (r) => {
          if (!r.ok) return setError(t('sources_errorAction'));
          setStatus(t(enabled ? 'sources_turnedOn' : 'sources_turnedOff', [titleOf(id)]));
          refresh();
        }, t('sources_errorAction'))
      }
      onReview={(id) =>
        act(deps.review(id), (r) => (r ? deps.openReview(r.draftId) : setError(t('sources_errorAction'))), t('sources_errorAction'))
      }
      onDelete={(id) => {
        const title = titleOf(id);
        act(deps.remove(id), (r) => {
          if (!r.ok) return setError(t('sources_errorAction'));
          setUndo({ title, token: r.undoToken });
          clearTimeout(undoTimer.current);
          undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
          refresh();
        }, t('sources_errorAction'));
      }}
      undo={undo}
      onUndo={() => {
        if (!undo) return;
        clearTimeout(undoTimer.current);
        setUndo(null);
        act(deps.undo(undo.token), (r) => {
          if (!r.ok) return setError(t('sources_errorUndo'));
          setStatus(t('sources_restored', [undo.title]));
          refresh();
        }, t('sources_errorUndo'));
        // Focus returns to the search, the first control of the page, once the toast is gone.
        requestAnimationFrame(() => document.getElementById('sources-search')?.focus());
      }}
      onDismissUndo={() => {
        clearTimeout(undoTimer.current);
        setUndo(null);
        requestAnimationFrame(() => document.getElementById('sources-search')?.focus());
      }}
      onExport={(ids) =>
        act(deps.exportSources(ids), (r) => {
          deps.download(r.fileName, r.text);
          setStatus(t('sources_exported', [r.fileName]));
        }, t('sources_errorExport'))
      }
      onImportFile={(file) => {
        setImportResult(null);
        if (file.size > deps.maxImportBytes) {
          setStatus('');
          setError(t('sources_errorTooLarge', [fileSize(deps.maxImportBytes, deps.locale)]));
          return;
        }
        act(
          file.text().then(deps.importSources).then(async (r) => {
            const drafts = await Promise.all(r.draftIds.map(async (draftId) => ({ draftId, title: (await deps.draftTitle(draftId).catch(() => null)) ?? draftId })));
            return { drafts, refused: r.refused, notes: r.notes };
          }),
          (result) => {
            setImportResult(result);
            if (result.drafts.length === 1) deps.openReview(result.drafts[0]!.draftId);
          },
          t('sources_errorImport'),
        );
      }}
      importResult={importResult}
      reviewHref={deps.reviewHref}
      status={status}
      error={error}
    />
  );
}
