/** What the card UI holds about the card shown now (types only). */
import type { ContentState } from '../../components/context/term-context';
import type { TermContent } from '../../core/pack/term-content';
import type { OpenCard } from './card-ui-contract';

export interface CurrentCard extends OpenCard {
  /** What the sources say, once the background has answered (or kept from an earlier card). */
  content: TermContent | null;
  state: ContentState;
  /** The source whose item the reader last pointed at or focused: the citation button cites it. */
  citing?: string;
  range: Range;
  /** Which of the mention's line boxes the card sits by (a wrapped mention has several). */
  box: number;
  status?: string;
  manualCopy?: string;
  /** A place or people name in a region not about the camps: the neutral card (neutral-card.tsx). */
  neutral?: boolean;
}
