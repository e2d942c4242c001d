/**
 * Every mention found in one document, indexed by text node (for hit testing and for dropping what a
 * mutation removed), with the document's relevance by region; which of them show is core/match/shown-mentions'.
 */
import { Relevance } from '../core/match/relevance';
import { selectShown, type ShownSelection } from '../core/match/shown-mentions';

/** One mention in the page. */
export interface MentionRecord {
  readonly range: StaticRange;
  /** The term's pack-qualified key (docs/decisions/002): what counts, mutes and labels are keyed by. */
  readonly key: string;
  readonly packId: string;
  /** The term's id in its pack. */
  readonly termId: string;
  readonly strength: 'strong' | 'weak';
  /** The matched text as the page shows it. */
  readonly text: string;
  /** Text nodes the mention covers, first to last. */
  readonly nodes: readonly Text[];
  /** Scan order, which is document order within one scan. */
  readonly seq: number;
  /** The region of the page it is in (content/regions.ts): a weak mention shows only in a region where a
   * visible strong one is. Compared by identity. */
  readonly region: object;
  /** Not rendered (display:none, visibility:hidden, closed details): not highlighted, not counted.
   * Hidden when found until judged after the next frame, and judged again when the reader may have
   * revealed it (visibility.ts). */
  hidden: boolean;
}

/** What the page shows now. */
export type ShownMentions = ShownSelection<MentionRecord>;

export class MentionStore {
  private readonly byNode = new Map<Text, Set<MentionRecord>>();
  /** Records by start node and start offset, so finding one range costs the same however many a node holds. */
  private readonly byStart = new Map<Node, Map<number, MentionRecord[]>>();
  private readonly records = new Set<MentionRecord>();
  private seq = 0;
  readonly relevance = new Relevance<MentionRecord>((record) => record.region);

  /** Whether some region has a visible strong mention (sticky): then weak terms are looked for too. */
  get relevant(): boolean {
    return this.relevance.relevant;
  }

  get size(): number {
    return this.records.size;
  }

  nextSeq(): number {
    return this.seq++;
  }

  /** Adds a mention; false when one with the same range is already there. */
  add(record: MentionRecord): boolean {
    // The same text can be walked twice (a block queued by a mutation while the first walk has not
    // reached it yet): keep one record per range, or the highlight and the badge count it twice.
    const r = record.range;
    if (this.rangeOf(r.startContainer, r.startOffset, r.endContainer, r.endOffset)) return false;
    this.records.add(record);
    this.relevance.note(record);
    for (const node of record.nodes) {
      const set = this.byNode.get(node);
      if (set) set.add(record);
      else this.byNode.set(node, new Set([record]));
    }
    let offsets = this.byStart.get(r.startContainer);
    if (!offsets) this.byStart.set(r.startContainer, (offsets = new Map()));
    const same = offsets.get(r.startOffset);
    if (same) same.push(record);
    else offsets.set(r.startOffset, [record]);
    return true;
  }

  /** Whether this record is one of the store's (not dropped since). */
  has(record: MentionRecord): boolean {
    return this.records.has(record);
  }

  /** The range of the mention from `node`:`start` to `endNode`:`end`, if there is one. */
  rangeOf(node: Node, start: number, endNode: Node, end: number): StaticRange | undefined {
    // Records that start at one place differ by their end only: a handful at most.
    return this.byStart.get(node)?.get(start)?.find(({ range: o }) => o.endContainer === endNode && o.endOffset === end)?.range;
  }

  /** Every mention, in no particular order. */
  all(): Iterable<MentionRecord> {
    return this.records;
  }

  /** Records whether the reader can see a mention now; a strong one that came into view makes its region relevant. */
  setHidden(record: MentionRecord, hidden: boolean): void {
    record.hidden = hidden;
    this.relevance.note(record);
  }

  /** Mentions that cover a text node. */
  at(node: Text): readonly MentionRecord[] {
    const set = this.byNode.get(node);
    return set ? [...set] : [];
  }

  /** Drops the mentions that cover any of these text nodes; returns how many went. */
  dropNodes(nodes: Iterable<Text>): number {
    let dropped = 0;
    for (const node of nodes) dropped += this.drop(this.byNode.get(node));
    return dropped;
  }

  /** Drops mentions whose text left the document. */
  dropDisconnected(): number {
    let dropped = 0;
    for (const [node, set] of this.byNode) if (!node.isConnected) dropped += this.drop(set);
    return dropped;
  }

  private drop(records: Set<MentionRecord> | undefined): number {
    let dropped = 0;
    for (const record of [...(records ?? [])]) dropped += this.remove(record) ? 1 : 0;
    return dropped;
  }

  private remove(record: MentionRecord): boolean {
    if (!this.records.delete(record)) return false;
    for (const node of record.nodes) {
      const set = this.byNode.get(node);
      if (!set) continue;
      set.delete(record);
      if (!set.size) this.byNode.delete(node);
    }
    const r = record.range;
    const offsets = this.byStart.get(r.startContainer);
    const same = offsets?.get(r.startOffset);
    if (offsets && same) {
      const rest = same.filter((o) => o !== record);
      if (rest.length) offsets.set(r.startOffset, rest);
      else offsets.delete(r.startOffset);
      if (!offsets.size) this.byStart.delete(r.startContainer);
    }
    return true;
  }

  /** The mentions to highlight, nearest `anchorSeq` (the viewport) first when over the cap. */
  shown(muted: ReadonlySet<string>, anchorSeq: number | null, cap?: number): ShownMentions {
    return selectShown(this.records, { muted, relevance: this.relevance, anchorSeq, cap });
  }
}
