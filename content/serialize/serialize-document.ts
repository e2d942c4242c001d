// Serialises the page for extraction, injected on demand (never part of the content script every page
// loads). Large documents go out in pieces with a yield between slices, so the page's main thread is never
// held for long; the pieces, handed out one slice at a time, join into exactly what the HTML serializer
// gives for the whole document.

export interface SerializeOptions {
  /** Stop past this many characters (UTF-16 code units): the page is too large to read. */
  maxChars: number;
  /** Work this long (ms) at most before yielding to the page. */
  sliceMs?: number;
  /** Write this many characters at most in one slice (joining them costs the page's thread too). */
  sliceChars?: number;
  /** A subtree with more elements than this is opened and serialised child by child. */
  chunkElements?: number;
  /** Text longer than this (an inline script's data, a huge paragraph) is written in pieces of this size. */
  chunkChars?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Hand out at most this many characters at a time; a larger slice goes in parts, a yield between them. */
  emitChars?: number;
  /** Takes the HTML in order, each part in its own task; when it throws, serialising stops. */
  emit: (html: string) => void | Promise<void>;
}

export interface SerializeStats {
  /** The longest stretch of work between two yields, ms. */
  longestSliceMs: number;
  slices: number;
  pieces: number;
}

/** What is known of the page once every slice was emitted (the emitted slices joined are its HTML). */
export type SerializedPage =
  | { ok: true; url: string; title: string; lang: string; contentType: string; stats: SerializeStats }
  | { ok: false; code: 'too-large'; chars: number; url: string; contentType: string; stats: SerializeStats };

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements whose text the serializer writes as it is (noscript too: scripting is on where this runs). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const inRawText = (node: Node) => {
  const parent = node.parentNode as Element | null;
  return !!parent && parent.namespaceURI === XHTML && RAW_TEXT.has(parent.localName);
};

/** A part of a long text, escaped when it is written. */
interface TextPart {
  text: string;
  raw: boolean;
}

/** A task boundary that background tabs do not throttle (timers there wait a second). */
export function postTask(): Promise<void> {
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

/** One node whole, as the HTML serializer writes it. */
function serializeNode(node: Node): string {
  // 1 element, 3 text, 4 CDATA, 7 processing instruction, 8 comment (numbers: the page's Node may be shadowed).
  switch (node.nodeType) {
    case 1:
      // Reading the serializer's output is what this module is for; nothing is ever written as markup.
      // eslint-disable-next-line no-restricted-syntax
      return (node as Element).outerHTML;
    case 3:
    case 4:
      return inRawText(node) ? (node as CharacterData).data : escapeText((node as CharacterData).data);
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
 * The document's HTML (doctype and root element) in pieces, or a size refusal. A subtree larger than
 * `chunkElements`, or an element with more than `chunkChars` of text (an inline script's data), is written
 * as its start tag, its children one by one, and its end tag; a long text in parts. Each slice's pieces
 * are joined and emitted before the yield; the whole is joined by the extension.
 */
export async function serializeDocument(doc: Document, options: SerializeOptions): Promise<SerializedPage> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 5;
  const chunk = options.chunkElements ?? 400;
  const chunkChars = options.chunkChars ?? 32_768;
  const sliceChars = options.sliceChars ?? 262_144;
  const yieldToPage = options.yieldToPage ?? postTask;
  const emitChars = options.emitChars ?? Infinity;
  const url = doc.URL;
  const contentType = doc.contentType ?? 'text/html';
  const stats: SerializeStats = { longestSliceMs: 0, slices: 1, pieces: 0 };
  let slice: string[] = [doctypeOf(doc)];
  let chars = slice[0]!.length;
  let charsInSlice = chars;
  // A stack of what is left to write: nodes, end tags as strings, and parts of long texts.
  const work: Array<Node | string | TextPart> = doc.documentElement ? [doc.documentElement] : [];
  let sliceStart = now();
  const endSlice = async () => {
    stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
    await yieldToPage();
    stats.slices++;
    sliceStart = now();
  };
  /** Hands a slice's HTML out, a part per task (one piece, an attribute of megabytes, may exceed a slice). */
  const emit = async (html: string) => {
    for (let at = 0; at < html.length; at += emitChars) {
      if (at > 0) await endSlice();
      await options.emit(emitChars >= html.length ? html : html.slice(at, at + emitChars));
    }
  };
  while (work.length) {
    const item = work.pop()!;
    let piece: string;
    if (typeof item === 'string') piece = item;
    else if ('raw' in item) piece = item.raw ? item.text : escapeText(item.text);
    else if (item.nodeType === 1 && opens(item as Element, chunk, chunkChars)) {
      const el = item as Element;
      piece = startTag(el);
      work.push(`</${tagOf(el)}>`);
      for (let child = el.lastChild; child; child = child.previousSibling) work.push(child);
    } else if ((item.nodeType === 3 || item.nodeType === 4) && (item as CharacterData).length > chunkChars) {
      const text = (item as CharacterData).data;
      const raw = inRawText(item);
      for (let end = text.length; end > 0; end -= chunkChars) work.push({ text: text.slice(Math.max(0, end - chunkChars), end), raw });
      piece = '';
    } else piece = serializeNode(item);
    slice.push(piece);
    stats.pieces++;
    chars += piece.length;
    charsInSlice += piece.length;
    if (chars > options.maxChars) {
      stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
      return { ok: false, code: 'too-large', chars, url, contentType, stats };
    }
    const spent = now() - sliceStart;
    if ((spent >= sliceMs || charsInSlice >= sliceChars) && work.length) {
      await emit(slice.join(''));
      slice = [];
      charsInSlice = 0;
      await endSlice();
    }
  }
  await emit(slice.join(''));
  stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - sliceStart);
  return { ok: true, url, title: doc.title, lang: doc.documentElement?.getAttribute('lang') ?? '', contentType, stats };
}

/** Whether an element is written in parts: many elements below it, or a long text of its own. */
function opens(el: Element, chunk: number, chunkChars: number): boolean {
  if (el.localName === 'template' && el.namespaceURI === XHTML) return false;
  if (el.childElementCount > 0) return el.getElementsByTagName('*').length > chunk;
  let text = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) text += child.nodeType === 3 || child.nodeType === 4 ? (child as CharacterData).length : 0;
  return text > chunkChars;
}
