/** The gold files' schema: a gold is data typed by hand, so it is checked before anything is scored against it. */
import * as v from 'valibot';
import type { GoldPage } from './score';

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const isoValue = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const text = v.pipe(v.string(), v.trim(), v.minLength(1));

const author = v.union([
  v.strictObject({ given: text, family: text }),
  v.strictObject({ family: text }),
  v.strictObject({ literal: text }),
]);

export const goldSchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  url: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:/))),
  title: text,
  authors: v.array(author),
  published: v.nullable(isoDay),
  siteName: v.nullable(text),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  // Optional: a metadata-only page (the fresh held-out set) leaves them out and is not scored on them.
  quotations: v.optional(v.array(v.strictObject({ text, speaker: v.nullable(text), isSpeech: v.boolean() }))),
  scareQuotes: v.optional(v.array(text)),
  dates: v.optional(v.array(v.strictObject({ text, value: isoValue }))),
  notes: v.optional(v.string()),
});

/** A checked gold page, or the first problem found, with its path in the file. */
export function parseGold(json: unknown): { ok: true; gold: GoldPage } | { ok: false; reason: string } {
  const result = v.safeParse(goldSchema, json);
  if (result.success) return { ok: true, gold: result.output };
  const issue = result.issues[0];
  const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  return { ok: false, reason: `${where || 'gold'}: ${issue?.message ?? 'invalid'}` };
}
