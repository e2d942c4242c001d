/**
 * What a "site" is, in one place: the host name as the browser's URL parser writes it (lower case, IDN
 * as punycode `xn--…`, IPv6 in brackets, IPv4 in dotted decimal), without port, trailing dot or leading
 * "www.". Whatever host a page can have, this gives a site the settings can store; whatever the reader
 * types (a host, host:port, a URL, Unicode), the same site as the page's.
 */

/** The longest host name DNS allows; longer strings are not sites. */
export const MAX_SITE_LENGTH = 253;

/** The site of a host name as a URL parser wrote it, or null when nothing is left. */
export function siteOfHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.+$/, '').replace(/^(?:www\.)+/, '');
  return host && host.length <= MAX_SITE_LENGTH ? host : null;
}

/** The site of what a reader typed or an old version stored ("https://www.Bücher.example:8080/x" -> "xn--bcher-kva.example"), or null. */
export function normalizeSite(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // "host/path" typed without a scheme parses, but "user@host" or a query is not a site the reader meant.
  if (url.username || url.password) return null;
  return siteOfHost(url.hostname);
}

/** Whether a stored string is a site exactly as normalizeSite writes it. */
export function isSite(value: unknown): value is string {
  return typeof value === 'string' && normalizeSite(value) === value;
}
