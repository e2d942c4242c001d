// The stored form of a draft (a source waiting for review), validated when read like a kept source.
import * as v from 'valibot';
import { loadPack } from '../pack/load-pack.ts';
import { id, LIMITS, limited, webUrl } from '../pack/schema-base.ts';
import { STORE_VERSION } from './record.ts';
import type { Draft } from './types.ts';

/** A draft the reader has not reviewed after this long is dropped. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Draft ids are made here (random UUIDs); this is also the form a page may send. */
export const DRAFT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const draftId = v.pipe(v.string('expected a string'), v.regex(DRAFT_ID, 'expected a draft id'));

const DraftFieldsSchema = v.object({
  storeVersion: v.literal(STORE_VERSION),
  draftId,
  origin: v.picklist(['added', 'imported'], 'expected "added" or "imported"'),
  pageUrl: webUrl,
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  createdAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO date-time')),
  replaces: v.optional(id),
  notes: v.pipe(v.array(limited(LIMITS.note)), v.maxLength(50, 'expected at most 50 notes')),
});

export type StoredDraft = Draft & { storeVersion: number };

export function toStoredDraft(draft: Draft): StoredDraft {
  return { storeVersion: STORE_VERSION, ...draft };
}

/** A stored draft, validated, or why it cannot be used. */
export function readStoredDraft(raw: unknown): { ok: true; draft: Draft } | { ok: false; reason: string } {
  const fields = v.safeParse(DraftFieldsSchema, raw);
  if (!fields.success) return { ok: false, reason: `${fields.issues[0].path?.map((p) => String(p.key)).join('.') ?? '(draft)'}: ${fields.issues[0].message}` };
  const loaded = loadPack((raw as { pack?: unknown }).pack);
  if (!loaded.ok) return { ok: false, reason: `pack: ${loaded.error.message}` };
  const { storeVersion: _version, ...draft } = fields.output;
  return { ok: true, draft: { ...draft, pack: loaded.pack } };
}

/** True when a draft made at `createdAt` is past the age limit at `now`. */
export function draftExpired(createdAt: string, now: Date): boolean {
  const made = Date.parse(createdAt);
  return !Number.isFinite(made) || now.getTime() - made > DRAFT_MAX_AGE_MS;
}
