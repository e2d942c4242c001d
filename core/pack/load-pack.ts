// Loading a pack: JSON text or a parsed value in, a checked pack or a readable error out. Nothing here
// throws, so one broken pack cannot stop the extension from using the others.
import * as v from 'valibot';
import { checkProvenanceRules } from './curated.ts';
import { migratePack } from './migrate.ts';
import { checkReferences, type PackIssue } from './references.ts';
import { PackSchema, type ContextPack } from './schema.ts';

export type { PackIssue } from './references.ts';

/** Why a pack was rejected: `message` is the first issue as "path: reason"; `issues` lists all of them. */
export interface PackLoadError {
  /** The pack's id when it could be read, for messages such as "pack x was skipped". */
  packId?: string;
  message: string;
  issues: PackIssue[];
}

/** A loaded pack, or the reason it was rejected. */
export type LoadPackResult = { ok: true; pack: ContextPack } | { ok: false; error: PackLoadError };

type IssuePath = NonNullable<v.BaseIssue<unknown>['path']>;

/** Formats a valibot path as `quotes[3].text`. */
function formatPath(path: IssuePath | undefined): string {
  if (!path || path.length === 0) return '(pack)';
  return path
    .map((item, i) => {
      const key = item.key as PropertyKey;
      if (typeof key === 'number') return `[${key}]`;
      return i === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function fail(issues: PackIssue[], packId?: string): LoadPackResult {
  const first = issues[0] ?? { path: '(pack)', reason: 'invalid pack' };
  return { ok: false, error: { ...(packId ? { packId } : {}), message: `${first.path}: ${first.reason}`, issues } };
}

function idOf(x: Record<string, unknown>): string | undefined {
  return typeof x.id === 'string' ? x.id : undefined;
}

/** Parses (if text), migrates by `formatVersion`, validates and cross-checks one pack. Never throws. */
export function loadPack(input: unknown): LoadPackResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return fail([{ path: '(pack)', reason: `not valid JSON (${(e as Error).message})` }]);
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([{ path: '(pack)', reason: 'expected a JSON object' }]);
  }
  const raw = json as Record<string, unknown>;
  const migrated = migratePack(raw);
  if (!migrated.ok) return fail([{ path: migrated.path, reason: migrated.reason }], idOf(raw));

  const parsed = v.safeParse(PackSchema, migrated.pack);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({ path: formatPath(issue.path), reason: issue.message }));
    return fail(issues, idOf(migrated.pack));
  }
  const broken = [...checkReferences(parsed.output), ...checkProvenanceRules(parsed.output)];
  if (broken.length > 0) return fail(broken, parsed.output.id);
  return { ok: true, pack: parsed.output };
}

/** A pack that `loadPacks` left out: its position in the input and why. */
export interface RejectedPack {
  index: number;
  error: PackLoadError;
}

/** Loads many packs: keeps every good one, reports each bad one (or a repeated id) and never throws. */
export function loadPacks(inputs: readonly unknown[]): { packs: ContextPack[]; rejected: RejectedPack[] } {
  const packs: ContextPack[] = [];
  const rejected: RejectedPack[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const result = loadPack(input);
    if (!result.ok) {
      rejected.push({ index, error: result.error });
    } else if (seen.has(result.pack.id)) {
      const issue = { path: 'id', reason: `another pack already has id "${result.pack.id}"` };
      rejected.push({ index, error: { packId: result.pack.id, message: `${issue.path}: ${issue.reason}`, issues: [issue] } });
    } else {
      seen.add(result.pack.id);
      packs.push(result.pack);
    }
  });
  return { packs, rejected };
}
