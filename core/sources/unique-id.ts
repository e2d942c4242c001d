// A pack id the store does not hold yet: the same id with the lowest free "-2", "-3"... suffix, still a
// kebab-case id within the schema's length.
import { LIMITS } from '../pack/schema-base.ts';

/** `base` when free, else `base-n` for the lowest free n; the base is shortened so the id fits LIMITS.id. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, LIMITS.id - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
