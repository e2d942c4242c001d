/** The extraction request the background sends the offscreen document, and its answer: both read through a
 * schema on arrival (the document answers only the background; the background trusts no shape it receives). */
import * as v from 'valibot';
import { MAX_HTML_CHARS } from '../core/extract/refusals';
import { loadPack } from '../core/pack/load-pack';
import type { ContextPack } from '../core/pack/schema';

export const OFFSCREEN_EXTRACT = 'offscreen-extract';

export interface ExtractRequest {
  html: string;
  /** The page's address (null for a page without a web address of its own). */
  url: string | null;
  /** The day the page is read, YYYY-MM-DD. */
  readDay: string;
}

export type ExtractAnswer = { ok: true; pack: ContextPack; missing: string[] } | { ok: false; code: string; reason: string };

const RequestSchema = v.strictObject({
  target: v.literal(OFFSCREEN_EXTRACT),
  // One character over the cap is still sent: the engine refuses it by name.
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS + 1)),
  url: v.nullable(v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//))),
  readDay: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
});

interface SenderLike {
  id?: string;
  tab?: unknown;
}

/** The request, when it is one and comes from the background (same extension, no tab); else null. */
export function readOffscreenExtract(message: unknown, sender: SenderLike, runtimeId: string): ExtractRequest | null {
  if (sender.id !== runtimeId || sender.tab !== undefined) return null;
  const result = v.safeParse(RequestSchema, message);
  if (!result.success) return null;
  const { html, url, readDay } = result.output;
  return { html, url, readDay };
}

export function extractMessage(request: ExtractRequest): { target: typeof OFFSCREEN_EXTRACT } & ExtractRequest {
  return { target: OFFSCREEN_EXTRACT, ...request };
}

const RefusalSchema = v.strictObject({
  ok: v.literal(false),
  code: v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/)),
  reason: v.pipe(v.string(), v.maxLength(500)),
});
const PackedSchema = v.strictObject({
  ok: v.literal(true),
  pack: v.unknown(),
  missing: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
});

/** The document's answer, validated: a pack the pack schema accepts, or a refusal in one line. */
export function readExtractAnswer(answer: unknown): ExtractAnswer {
  const refusal = v.safeParse(RefusalSchema, answer);
  if (refusal.success) return refusal.output;
  const packed = v.safeParse(PackedSchema, answer);
  if (!packed.success) return { ok: false, code: 'failed', reason: 'the extension document gave no answer it could read' };
  const loaded = loadPack(packed.output.pack);
  if (!loaded.ok) return { ok: false, code: 'invalid-pack', reason: `the extracted pack is not valid: ${loaded.error.message}` };
  return { ok: true, pack: loaded.pack, missing: packed.output.missing };
}
