// Serialises the page for extraction, injected on demand (never part of the content script every page
// loads). Large documents go out in pieces with a yield between slices, so the page's main thread is never
// held for long; the pieces join into exactly what the HTML serializer gives for the whole document.

export interface SerializeOptions {
  /** Stop past this many characters (UTF-16 code units): the page is too large to read. */
  maxChars: number;
  /** Work this long (ms) at most before yielding to the page. */
  sliceMs?: number;
  /** A subtree with more elements than this is opened and serialised child by child. */
  chunkElements?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
}

export interface SerializeStats {
  /** The longest stretch of work between two yields, ms. */
  longestSliceMs: number;
  slices: number;
  pieces: number;
}

export type SerializedPage =
  | { ok: true; html: string; url: string; title: string; lang: string; contentType: string; stats: SerializeStats }
  | { ok: false; code: 'too-large'; chars: number; url: string; contentType: string; stats: SerializeStats };

const XHTML = 'http://www.w3.org/1999/xhtml';

/** A task boundary that background tabs do not throttle (timers there wait a second). */
function postTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00A0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00A0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The serializer's name for an element: its local name in HTML, its qualified name elsewhere (SVG keeps case). */
const tagOf = (el: Element) => (el.namespaceURI === XHTML ? el.localName : el.tagName);

/** An element's start tag, written as the serializer writes it (no clone: cloning runs custom element code). */
function startTag(el: Element): string {
  let tag = `<${tagOf(el)}`;
  for (const attr of Array.from(el.attributes)) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

/** One node whole, as the HTML serializer writes it inside a normal element. */
function serializeNode(node: Node): string {
  // 1 element, 3 text, 4 CDATA, 7 processing instruction, 8 comment (numbers: the page's Node may be shadowed).
  switch (node.nodeType) {
    case 1:
      // Reading the serializer's output is what this module is for; nothing is ever written as markup.
      // eslint-disable-next-line no-restricted-syntax
      return (node as Element).outerHTML;
    case 3:
    case 4:
      return escapeText((node as CharacterData).data);
    case 7:
      return `<?${(node as ProcessingInstruction).target} ${(node as ProcessingInstruction).data}>`;
    case 8:
      return `<!--${(node as CharacterData).data}-->`;
    default:
      return '';
  }
}

/** The doctype as written, public and system ids kept so a re-parse picks the same (quirks) mode. */
function doctypeOf(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  if (d.publicId) return `<!DOCTYPE ${d.name} PUBLIC "${d.publicId}"${d.systemId ? ` "${d.systemId}"` : ''}>`;
  if (d.systemId) return `<!DOCTYPE ${d.name} SYSTEM "${d.systemId}">`;
  return `<!DOCTYPE ${d.name}>`;
}

/**
 * The document's HTML (doctype and root element), or a size refusal. A subtree larger than
 * `chunkElements` is written as its start tag, its children one by one, and its end tag.
 */
export async function serializeDocument(doc: Document, options: SerializeOptions): Promise<SerializedPage> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 5;
  const chunk = options.chunkElements ?? 400;
  const yieldToPage = options.yieldToPage ?? postTask;
  const url = doc.URL;
  const contentType = doc.contentType ?? 'text/html';
  const stats: SerializeStats = { longestSliceMs: 0, slices: 1, pieces: 0 };
  const parts: string[] = [doctypeOf(doc)];
  let chars = parts[0]!.length;
  // A stack of what is left to write: nodes, and end tags as strings.
  const work: Array<Node | string> = doc.documentElement ? [doc.documentElement] : [];
  let sliceStart = now();
  while (work.length) {
    const item = work.pop()!;
    let piece: string;
    if (typeof item === 'string') piece = item;
    else if (item.nodeType === 1 && (item as Element).childElementCount > 0 && (item as Element).getElementsByTagName('*').length > chunk) {
      const el = item as Element;
      piece = startTag(el);
      work.push(`</${tagOf(el)}>`);
      for (let child = el.lastChild; child; child = child.previousSibling) work.push(child);
    } else piece = serializeNode(item);
    parts.push(piece);
    stats.pieces++;
    chars += piece.length;
    if (chars > options.maxChars) {
      stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
      return { ok: false, code: 'too-large', chars, url, contentType, stats };
    }
    const spent = now() - sliceStart;
    if (spent >= sliceMs && work.length) {
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
      await yieldToPage();
      stats.slices++;
      sliceStart = now();
    }
  }
  // Joining is work on the page's thread too.
  const html = parts.join('');
  stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
  return { ok: true, html, url, title: doc.title, lang: doc.documentElement?.getAttribute('lang') ?? '', contentType, stats };
}
