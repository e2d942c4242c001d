// How a Stryker mutant status (mutation-testing-report-schema) scores, and the folder a file is scored under.

/** Statuses that count as the tests catching the mutant. */
export const DETECTED = new Set(['Killed', 'Timeout']);

/** The folder a file is scored under: its first two path segments ('core/cite'), or one for a top-level file. */
export function folderOf(file) {
  const parts = file.replace(/\\/g, '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}
