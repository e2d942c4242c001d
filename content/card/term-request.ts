/**
 * A card's content comes from the background when it opens (frames hold no packs). The last few answers are
 * kept, so a card opened again, or whose hover already asked, shows its content in its first frame.
 */
import type { TermRef } from '../../core/pack/term-key';
import type { TermContent } from '../../core/pack/term-content';
import { toBackground } from '../../utils/messaging';

/** How long the background gets (a sleeping service worker must wake) before the card says it did not answer. */
export const TERM_CONTENT_TIMEOUT_MS = 4000;
/** Answers kept: enough for the terms of one page, small beside the packs a frame no longer holds. */
const KEPT = 8;

type Ask = (term: TermRef) => Promise<unknown>;
/** A term by its key (docs/decisions/002) and, for the background, its pack and id: a mention record is one. */
export type KeyedTerm = TermRef & { readonly key: string };

/** A background answer a card can render: an object with a list of sources (the background built it). */
function isContent(value: unknown): value is TermContent {
  const v = value as Partial<TermContent> | null;
  return !!v && typeof v === 'object' && typeof v.label === 'string' && Array.isArray(v.note) && Array.isArray(v.sources);
}

export class TermContents {
  private readonly kept = new Map<string, TermContent>();
  private readonly asking = new Map<string, Promise<TermContent | null>>();

  constructor(
    private readonly ask: Ask = (term) => toBackground('termContent', { packId: term.packId, termId: term.termId }),
    private readonly timeoutMs = TERM_CONTENT_TIMEOUT_MS,
  ) {}

  /** The last answer for a term, if one is kept. */
  cached(term: KeyedTerm): TermContent | undefined {
    return this.kept.get(term.key);
  }

  /**
   * Asks the background (once at a time per term). Resolves with the content, or null when no source has the
   * term; rejects when the background fails or does not answer in time.
   */
  load(term: KeyedTerm): Promise<TermContent | null> {
    const { key } = term;
    let pending = this.asking.get(key);
    if (!pending) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the background did not answer')), this.timeoutMs);
      });
      pending = Promise.race([this.ask(term), timeout])
        .then((answer) => {
          if (answer === null) return null;
          if (!isContent(answer)) throw new Error('the background sent no card content');
          this.kept.delete(key);
          this.kept.set(key, answer);
          if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
          return answer;
        })
        .finally(() => {
          clearTimeout(timer);
          this.asking.delete(key);
        });
      this.asking.set(key, pending);
    }
    return pending;
  }
}
