// The requests extension pages send about sources, each read through a schema before anything is done.
import * as v from 'valibot';
import { id } from '../../core/pack/schema-base';
import { draftId } from '../../core/sources/draft-record';

export const SourceRequests = {
  listSources: v.object({}),
  getDraft: v.object({ draftId }),
  discardDraft: v.object({ draftId }),
  /** The pack is read by loadPack, which says what is wrong with it. */
  saveDraft: v.object({ draftId, pack: v.unknown() }),
  reviewSource: v.object({ id }),
  setSourceEnabled: v.object({ id, enabled: v.boolean() }),
  deleteSource: v.object({ id }),
  undoDelete: v.object({ undoToken: draftId }),
  exportSources: v.object({ ids: v.optional(v.pipe(v.array(id), v.maxLength(10_000))) }),
  /** The importer checks the size before it parses, with a readable refusal. */
  importSources: v.object({ text: v.string() }),
  addPageAsSource: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
} as const;

export type SourceRequestType = keyof typeof SourceRequests;

/** The request, or null when it is malformed. */
export function readSourceRequest<K extends SourceRequestType>(type: K, data: unknown): v.InferOutput<(typeof SourceRequests)[K]> | null {
  const result = v.safeParse(SourceRequests[type], data ?? {});
  return result.success ? (result.output as v.InferOutput<(typeof SourceRequests)[K]>) : null;
}
