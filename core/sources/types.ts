// The shared contract for a reader's sources (session 11 plan): a source is a format-2 context pack plus a
// record of where it came from and whether the reader reviewed it. Pages and the card read these shapes.
import type { ContextPack } from '../pack/schema.ts';

/** How the reader got the source: added from a page they read, or imported from a file. */
export type SourceOrigin = 'added' | 'imported';

/** One kept source. */
export interface SourceRecord {
  /** The pack's id (unique in the store; an import whose id exists gets a new one). */
  id: string;
  /** Format 2, validated by core/pack's schema. */
  pack: ContextPack;
  origin: SourceOrigin;
  /** Where it was read (added) or the pack's canonical URL (imported). */
  pageUrl: string;
  /** ISO date-time. */
  addedAt: string;
  /** ISO date-time of the reader's review; null = not reviewed. */
  reviewedAt: string | null;
  enabled: boolean;
}

/** A source waiting for the reader's review: nothing is kept until they save it. */
export interface Draft {
  draftId: string;
  pack: ContextPack;
  origin: SourceOrigin;
  pageUrl: string;
  /** The tab the page is open in, for "show in the page". */
  tabId?: number;
  /** ISO date-time. */
  createdAt: string;
  /** Id of the source being re-reviewed. */
  replaces?: string;
  /** What was trimmed or is missing, shown in the review view. */
  notes: string[];
}

/** What the Sources page lists for one source. */
export interface SourceSummary {
  id: string;
  title: string;
  /** The site's name (container title), else the publisher. */
  site: string;
  /** YYYY-MM-DD, or null when the source states no date. */
  published: string | null;
  quotes: number;
  dates: number;
  origin: SourceOrigin;
  pageUrl: string;
  addedAt: string;
  reviewedAt: string | null;
  enabled: boolean;
}
