/** The background checks what content scripts and pages send before it stores or acts on it. */
import * as v from 'valibot';
import { ITEM_ID } from '../core/ids';
import { TERM_KEY } from '../core/pack/term-key';
import { siteName } from '../core/settings/settings';
import type { FrameReport } from '../utils/messages';

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const itemId = v.pipe(v.string(), v.regex(ITEM_ID));
/** A pack-qualified term key (docs/decisions/002). */
const termKey = v.pipe(v.string(), v.regex(TERM_KEY));

const FrameReportSchema = v.object({
  documentId: v.pipe(v.string(), v.maxLength(64)),
  counts: v.pipe(v.record(termKey, count), v.check((c) => Object.keys(c).length <= 500)),
  total: count,
  capped: v.boolean(),
  keys: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}\/[a-z0-9-]{1,64}:[0-9a-z]{1,7}$/))), v.maxLength(5000))),
  readable: v.boolean(),
});

/** A frame report, or null when it is malformed. */
export function readFrameReport(data: unknown): FrameReport | null {
  const result = v.safeParse(FrameReportSchema, data);
  return result.success ? result.output : null;
}

const MuteRequestSchema = v.object({
  site: siteName,
  termKey,
  muted: v.boolean(),
});

/** A request to mute or unmute a term on a site, or null when it is malformed. */
export function readMuteRequest(data: unknown): { site: string; termKey: string; muted: boolean } | null {
  const result = v.safeParse(MuteRequestSchema, data);
  return result.success ? result.output : null;
}

// The pack may be left out (a caller from before keys were qualified): copyStrings then takes the one pack
// defining the term id, and none when several do.
const CardCopySchema = v.object({ packId: v.optional(itemId), termId: itemId, sourceId: v.optional(itemId), quoteId: v.optional(itemId) });

/** The term (and source, and quotation) a card asks copy strings for, or null. */
export function readCardCopyRequest(data: unknown): { packId?: string; termId: string; sourceId?: string; quoteId?: string } | null {
  const result = v.safeParse(CardCopySchema, data ?? {});
  if (!result.success) return null;
  const { packId, termId, sourceId, quoteId } = result.output;
  return { ...(packId === undefined ? {} : { packId }), termId, ...(sourceId === undefined ? {} : { sourceId }), ...(quoteId === undefined ? {} : { quoteId }) };
}

const TermContentSchema = v.object({ packId: itemId, termId: itemId });

/** The term a card asks its content for (its pack and id), or null. */
export function readTermContentRequest(data: unknown): { packId: string; termId: string } | null {
  const result = v.safeParse(TermContentSchema, data ?? {});
  return result.success ? { packId: result.output.packId, termId: result.output.termId } : null;
}

const PopupSourcesSchema = v.object({ termKeys: v.pipe(v.array(termKey), v.maxLength(500)) });

/** The terms (by key) the popup's page mentions, for the sources that concern it; null when malformed. */
export function readPopupSourcesRequest(data: unknown): { termKeys: string[] } | null {
  const result = v.safeParse(PopupSourcesSchema, data);
  return result.success ? { termKeys: [...new Set(result.output.termKeys)] } : null;
}

/** An id when it has the form of one, else null: a context-menu target may name nothing. */
export function itemIdOrNull(value: unknown): string | null {
  return typeof value === 'string' && ITEM_ID.test(value) ? value : null;
}

/** The mention a context menu opened on (any part may be null; a term without its pack names none). */
export function readContextTarget(data: unknown): { packId: string | null; termId: string | null; quoteId: string | null } {
  const { packId, termId, quoteId } = (data ?? {}) as { packId?: unknown; termId?: unknown; quoteId?: unknown };
  const pack = itemIdOrNull(packId);
  return { packId: pack, termId: pack && itemIdOrNull(termId), quoteId: itemIdOrNull(quoteId) };
}

const ExtractTabSchema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)) });

/** The tab an extension page asks to read, or null. */
export function readExtractTabRequest(data: unknown): { tabId: number } | null {
  const result = v.safeParse(ExtractTabSchema, data);
  return result.success ? { tabId: result.output.tabId } : null;
}

const RevealSchema = v.object({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
});

/** The passage the review page asks to show in the tab a draft was read in, or null. */
export function readRevealRequest(data: unknown): { tabId: number; text: string } | null {
  const result = v.safeParse(RevealSchema, data);
  return result.success ? { tabId: result.output.tabId, text: result.output.text } : null;
}

/** Whether a message comes from one of the extension's own pages (popup, options, review), not a content
 * script: those share the extension's id but their sender URL is the web page's. */
export function fromExtensionPage(sender: { id?: string; url?: string }, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
