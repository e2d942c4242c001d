// The engine's data: what the DOM layer reads off a page (PageData, plain data only, so core/ never
// touches a DOM) and what the engine makes of it (ExtractedArticle), before it becomes a context pack.

/** One block of the article body (a paragraph, heading, list item, quotation block, caption). */
export interface PageBlock {
  text: string;
  kind: 'paragraph' | 'heading' | 'quote' | 'caption' | 'item' | 'other';
}

/** What the DOM layer reads from a page, as plain data. Strings are as the page has them (untrusted). */
export interface PageData {
  /** The page's address as given by the caller (may be absent for a local file). */
  url: string | null;
  /** `<html lang>`, or a `content-language` meta. */
  htmlLang: string | null;
  /** `<title>`. */
  documentTitle: string | null;
  /** Every `<meta>` with a name, property or itemprop, lower-cased key, in document order. */
  meta: Array<{ key: string; value: string }>;
  /** The text of every `<script type="application/ld+json">`, unparsed. */
  jsonLd: string[];
  /** `<link>` elements with a rel. */
  links: Array<{ rel: string; href: string; hreflang: string | null }>;
  /** `<time>` elements: datetime attribute, text, and whether the time is inside the article's header area. */
  times: Array<{ datetime: string | null; text: string; itemprop: string | null; pubdate: boolean }>;
  /** Visible byline candidates: text of elements marked as author/byline (rel=author, itemprop=author, .byline), nearest the article's body first. */
  bylines: string[];
  /** How many of the leading `bylines` sit in or nearest the article's body (the rest are teasers', menus'); absent when the body was not found. */
  bylinesNearArticle?: number;
  /** Visible dateline candidates (elements marked as a date or timestamp without `<time>`), nearest the article's body first. */
  datelines: string[];
  /** The texts of the page's `<h1>` elements, in document order. */
  headings?: string[];
  /** Visible credits of the text's source: elements marked as its source or agency ("来源：新华网", "UOL"). */
  credits?: string[];
  /** The body's text as readers see it (no scripts or styles), white space collapsed, capped. */
  visibleText?: string;
  /** The readable article as Readability found it, or null when it found none. */
  article: {
    title: string | null;
    byline: string | null;
    /** False when Readability's byline came from an element farther from the body than the nearest byline element (a teaser's). */
    bylineNearArticle?: boolean;
    siteName: string | null;
    excerpt: string | null;
    publishedTime: string | null;
    lang: string | null;
    blocks: PageBlock[];
  } | null;
  /** Facts for refusing what is not an article. */
  signals: PageSignals;
}

export interface PageSignals {
  /** Characters of HTML the layer was given. */
  htmlLength: number;
  /** The root element's name, lower-case (html, rss, feed, svg...). */
  rootName: string;
  /** Characters of visible text in the body. */
  bodyTextLength: number;
  /** `<input type=password>` elements. */
  passwordFields: number;
  /** `<img>`, `<video>` and `<picture>` elements in the body. */
  mediaElements: number;
  /** `<form>` elements whose action or fields suggest a search. */
  searchForms: number;
  /** Links in the body and the characters of their text (a link list is not an article). */
  linkTextLength: number;
  /** Whether Readability judged the page probably readable. */
  probablyReaderable: boolean;
}

/** A refusal: the page is not something the engine can make a source of. One line, for people. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

export type RefusalCode =
  | 'empty'
  | 'too-large'
  | 'not-html'
  | 'feed'
  | 'image'
  | 'login-wall'
  | 'not-an-article'
  | 'no-text'
  | 'no-title'
  | 'invalid-pack'
  | 'failed';

/** Where a metadata value was read. */
export type MetaOrigin =
  | 'json-ld'
  | 'citation-meta'
  | 'dublin-core'
  | 'open-graph'
  | 'article-meta'
  | 'meta'
  | 'time-element'
  | 'byline'
  | 'dateline'
  | 'readability'
  | 'document-title'
  | 'heading'
  | 'link'
  | 'url'
  | 'html-lang'
  | 'caller';

export interface Sourced<T> {
  value: T;
  from: MetaOrigin;
}

export type Author = { given: string; family: string } | { literal: string };

export type CslType = 'article-newspaper' | 'article-magazine' | 'post-weblog' | 'webpage';

export interface ExtractedMetadata {
  title: Sourced<string> | null;
  authors: Sourced<Author[]>;
  /** Days, YYYY-MM-DD, in the publisher's time zone where the page gives an offset. */
  published: Sourced<string> | null;
  updated: Sourced<string> | null;
  siteName: Sourced<string> | null;
  canonicalUrl: Sourced<string> | null;
  language: Sourced<string> | null;
  type: CslType;
  description: Sourced<string> | null;
  dateline: string | null;
}

/** A span of the article text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedQuotation {
  /** Verbatim, without the marks; for a split quotation, the parts joined by a space. */
  text: string;
  /** The parts inside the marks (one, or more for a split quotation). */
  parts: Span[];
  paragraph: number;
  speaker: Speaker | null;
  /** Why it is taken as speech, or why not (then it is not a quotation but a term in quotation marks). */
  speech: boolean;
  /** A few words on how the speaker was found (or why none was). */
  how: string;
  /** Part of a sentence (the quotation marks open or close mid-sentence). */
  partial: boolean;
}

export interface Speaker {
  name: string;
  kind: 'person' | 'organisation' | 'description';
  role: string | null;
  /** The speaker is implied (pronoun, title, continuing quotation), not named at the quotation. */
  inferred: boolean;
}

export interface ExtractedDate {
  text: string;
  span: Span;
  paragraph: number;
  value: string;
  precision: 'day' | 'week' | 'month' | 'year';
  confidence: 'stated' | 'high' | 'medium' | 'low';
  /** The sentence it sits in, as the event it dates. */
  event: Span;
}

export interface ExtractedArticle {
  text: string;
  /** Start offset of each paragraph in `text` (paragraphs are joined by one newline). */
  paragraphStarts: number[];
  blockKinds: PageBlock['kind'][];
  metadata: ExtractedMetadata;
  quotations: ExtractedQuotation[];
  dates: ExtractedDate[];
  /** Whether dates could be read in the article's language. */
  datesRead: boolean;
  termMentions: Array<{ termId: string; span: Span }>;
  /** What could not be found, in words ("author", "publication date"...). */
  missing: string[];
}
