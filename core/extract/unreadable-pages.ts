// Pages the extension cannot or may not read, named before anything is injected: the browser's own pages,
// other extensions' pages, the add-on stores, the PDF viewer, view-source and local files without access.
// Also what a tab's content type says: an image, JSON or a PDF is not an article page.

export type UnreadableCode = 'no-address' | 'browser-page' | 'extension-page' | 'store-page' | 'pdf-viewer' | 'view-source' | 'file-access' | 'not-web-page' | 'cannot-read';

export interface Unreadable {
  code: UnreadableCode;
  message: string;
}

/** Schemes of the browsers' own pages (Chromium and its kin, Firefox). */
const BROWSER_SCHEMES = new Set(['about:', 'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-native:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'resource:', 'moz-safe-about:']);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);
/** Chrome's built-in PDF viewer is an extension with this id. */
const CHROME_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Add-on stores, where browsers forbid extensions to run: host and path prefix. */
const STORES: Array<[string, string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

const no = (code: UnreadableCode, message: string): Unreadable => ({ code, message });

/**
 * Why the page at `url` cannot be read, or null when the extension may try. `fileAccess` is whether the
 * reader allowed the extension on local files (undefined when the browser does not say).
 */
export function unreadablePage(url: string | undefined, options: { fileAccess?: boolean } = {}): Unreadable | null {
  let parsed: URL;
  try {
    if (!url) throw new Error('no address');
    parsed = new URL(url);
  } catch {
    return no('no-address', 'The extension cannot see this tab’s address (the page may still be loading, or the browser keeps it private).');
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') return no('view-source', 'This tab shows a page’s source code (view-source:); open the page itself to read it.');
  if (scheme === 'chrome-extension:' && parsed.hostname === CHROME_PDF_VIEWER) return pdfViewer();
  if (BROWSER_SCHEMES.has(scheme)) return no('browser-page', `This is one of the browser’s own pages (${scheme}), which extensions may not read.`);
  if (EXTENSION_SCHEMES.has(scheme)) return no('extension-page', 'This page belongs to an extension, not to a website; extensions may not read each other’s pages.');
  if (scheme === 'file:') {
    if (options.fileAccess === false) return no('file-access', 'This is a file on your computer, and the extension is not allowed to read local files (turn on “Allow access to file URLs” in the extension’s details to allow it).');
    return null;
  }
  if (scheme !== 'http:' && scheme !== 'https:') return no('not-web-page', `This tab does not show a web page (its address starts with ${scheme}).`);
  const host = parsed.hostname.toLowerCase();
  if (STORES.some(([h, prefix]) => host === h && parsed.pathname.startsWith(prefix))) {
    return no('store-page', 'This is an add-on store page, where the browser does not let extensions run.');
  }
  return null;
}

function pdfViewer(): { code: 'pdf-viewer'; message: string } {
  return { code: 'pdf-viewer', message: 'This tab shows a PDF in the browser’s PDF viewer, which extensions may not read; only web pages can become sources.' };
}

/** Why the browser refused to let the extension into a page it looked readable by its address. */
export function explainInjectionFailure(url: string | undefined): Unreadable {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  if (parsed?.protocol === 'file:') return no('file-access', 'The browser did not let the extension read this local file (in Chrome, turn on “Allow access to file URLs” in the extension’s details).');
  if (parsed && /\.pdf$/i.test(parsed.pathname)) return pdfViewer();
  return no('cannot-read', 'The browser did not let the extension read this page (it may be an error page, a page the browser protects, or the tab was closed).');
}

export type ContentRefusalCode = 'pdf-viewer' | 'image' | 'feed' | 'not-html';

/** What the tab's document type says, when it is not an HTML page; null for HTML and XHTML. */
export function refuseContentType(contentType: string): { code: ContentRefusalCode; message: string } | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '' || type === 'text/html' || type === 'application/xhtml+xml') return null;
  if (type === 'application/pdf') return pdfViewer();
  if (type.startsWith('image/')) return { code: 'image', message: `This tab shows an image (${type}), not an article.` };
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type)) return { code: 'feed', message: `This tab shows a news feed (${type}), not an article page.` };
  const kind = /json/.test(type) ? 'JSON data' : type === 'text/plain' ? 'plain text' : /xml/.test(type) ? 'an XML document' : /^(?:video|audio)\//.test(type) ? 'a media file' : 'a file';
  return { code: 'not-html', message: `This tab shows ${kind} (${type}), not a web page.` };
}
