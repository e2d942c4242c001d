// Extraction in Node, for the CLI and the evaluation: the same code the extension runs, with jsdom as the
// DOM (a spec-compliant parser, so the text and its offsets are the browser's).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { MatchTerm } from '../../core/match/types.ts';
import { extractFromHtml } from '../../extension-document/extract-page.ts';

export type ExtractOutcome = { ok: true; pack: unknown; missing: string[] } | { ok: false; code: string; reason: string };

const PACK = fileURLToPath(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url));

let topic: { topic: { id: string; label: string }; terms: MatchTerm[] } | undefined;
/** The shipped curated pack's topic and terms: which of them an extracted article mentions. */
function curatedTopic() {
  if (!topic) {
    const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { topic: { id: string; label: string }; terms: MatchTerm[] };
    topic = { topic: pack.topic, terms: pack.terms };
  }
  return topic;
}

function isWebUrl(s: string | undefined): s is string {
  try {
    return !!s && /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** Parses with jsdom: no scripts run, no resources load, its console is silenced (pages' CSS is noisy). */
export function parseWithJsdom(html: string, url?: string): Document {
  const dom = new JSDOM(html, { ...(isWebUrl(url) ? { url } : {}), virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function extractHtmlInNode(html: string, options: { url?: string; readDay?: string }): Promise<ExtractOutcome> {
  const { topic: t, terms } = curatedTopic();
  const url = isWebUrl(options.url) ? options.url : null;
  const outcome = extractFromHtml(html, (h) => parseWithJsdom(h, url ?? undefined), {
    url,
    readDay: options.readDay && /^\d{4}-\d{2}-\d{2}$/.test(options.readDay) ? options.readDay : todayUtc(),
    topic: t,
    terms,
  });
  return outcome.ok ? { ok: true, pack: outcome.pack, missing: outcome.missing } : { ok: false, code: outcome.code, reason: outcome.reason };
}
