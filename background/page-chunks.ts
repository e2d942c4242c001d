// The background's side of a read: puts the injected serializer's chunks back together, trusting nothing of
// their shape. Chunks must come in order, each no larger than a chunk, at most so many of them and so many
// characters in all; the end message must count the chunks that came.
import * as v from 'valibot';
import { CHUNK_CHARS } from '../content/serialize/stream-protocol';

export interface ChunkLimits {
  /** The page is too large past this many characters (the engine's cap). */
  maxChars: number;
  maxChunks: number;
  maxChunkChars: number;
}

/** The page as received: its HTML whole, a size refusal, or a read that went wrong. */
export type ReceivedPage =
  | { ok: true; html: string; url: string; title: string; lang: string; contentType: string; chunks: number; stats: { longestSliceMs: number; slices: number; pieces: number } }
  | { ok: false; code: 'too-large'; contentType: string | null }
  | { ok: false; code: 'cannot-read'; reason: string };

export type ChunkStep = { done: false } | { done: true; page: ReceivedPage };

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const StatsSchema = v.object({ longestSliceMs: v.pipe(v.number(), v.minValue(0)), slices: count, pieces: count });
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
// A URL may be as long as Chrome allows (2 MB); a title or a language longer than these is no page's.
const PageSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), url: text(2 ** 21), title: text(2 ** 16), lang: text(256), contentType: text(256), stats: StatsSchema }),
  v.object({ ok: v.literal(false), code: v.literal('too-large'), chars: count, url: text(2 ** 21), contentType: text(256), stats: StatsSchema }),
]);
const MessageSchema = v.variant('t', [
  v.strictObject({ t: v.literal('chunk'), i: count, piece: v.string() }),
  v.strictObject({ t: v.literal('end'), chunks: count, page: PageSchema }),
]);

const broken = (reason: string): ChunkStep => ({ done: true, page: { ok: false, code: 'cannot-read', reason } });

/** Takes the port's messages one at a time; says when the page is whole, refused, or the stream is broken. */
export function createChunkAssembler(limits: ChunkLimits = { maxChars: Infinity, maxChunks: 20_000, maxChunkChars: CHUNK_CHARS }) {
  const parts: string[] = [];
  let chars = 0;
  let finished = false;
  return {
    accept(message: unknown): ChunkStep {
      if (finished) return broken('a message after the end');
      const step = read(message);
      if (step.done) {
        finished = true;
        // Nothing is kept once the read is over, whichever way it went.
        if (!step.page.ok) parts.length = 0;
      }
      return step;
    },
  };

  function read(message: unknown): ChunkStep {
    const parsed = v.safeParse(MessageSchema, message);
    if (!parsed.success) return broken('a message of the wrong shape');
    const m = parsed.output;
    if (m.t === 'chunk') {
      if (m.i !== parts.length) return broken(`chunk ${m.i} where ${parts.length} was due`);
      if (m.piece.length > limits.maxChunkChars) return broken('a chunk over the chunk size');
      if (parts.length + 1 > limits.maxChunks) return broken('more chunks than a page may take');
      chars += m.piece.length;
      if (chars > limits.maxChars) return { done: true, page: { ok: false, code: 'too-large', contentType: null } };
      parts.push(m.piece);
      return { done: false };
    }
    if (m.chunks !== parts.length) return broken(`the end counts ${m.chunks} chunks where ${parts.length} came`);
    const page = m.page;
    if (!page.ok) return { done: true, page: { ok: false, code: 'too-large', contentType: page.contentType } };
    const html = parts.join('');
    parts.length = 0;
    return { done: true, page: { ok: true, html, url: page.url, title: page.title, lang: page.lang, contentType: page.contentType, chunks: m.chunks, stats: page.stats } };
  }
}
