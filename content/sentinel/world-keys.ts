/** The marks the page scripts leave on their isolated world's global, so that each starts once in a document
 * and the sentinel knows when the scanner has taken over (registry symbols: both bundles reach the same). */

/** Set by the scanner (entrypoints/mentions.ts) when it starts. */
export const SCANNER_RUNNING = Symbol.for('context-cards.running');
/** Set by the sentinel (entrypoints/sentinel.ts) when it starts. */
export const SENTINEL_RUNNING = Symbol.for('context-cards.sentinel');
