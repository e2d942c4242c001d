import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { corpusPagesDir, servedDirs } from './paths.ts';

/**
 * Host names the browsers resolve to 127.0.0.1 (Chromium host-resolver rules, Firefox
 * `network.dns.localDomains`, which takes exact names only). 127.0.0.1 is a secure context;
 * these are not, and each is its own site, for tests needing plain http or several origins.
 */
export const TEST_HOSTS = ['site-a.test', 'site-b.test', 'site-c.test'] as const;
export type TestHost = (typeof TEST_HOSTS)[number];

/** A response a test registers at a path of its own (for custom headers such as a CSP). */
export interface CustomRoute {
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One request the server answered, for tests that check what was fetched. */
export interface ServedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly ServedRequest[];
  /** Absolute URL of a server path ('/demo/', '/fixtures/x.html'), optionally on a `.test` host. */
  url(pathname: string, host?: TestHost): string;
  /** URL of a file in demo/ ('' for the index page). */
  demoUrl(file?: string, host?: TestHost): string;
  /** URL of a file in e2e/fixtures/. */
  fixtureUrl(file: string, host?: TestHost): string;
  /** URL of a corpus page (../shared/corpus/pages/<slug>/source.html, scripts made inert). */
  corpusUrl(slug: string, host?: TestHost): string;
  /** Serves `route` at `pathname` until the server closes. */
  setRoute(pathname: string, route: CustomRoute): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Makes a stored real page inert, as ../shared/corpus/README.md asks: scripts stay in the DOM but
 * do not run, and nothing refreshes, navigates away, restricts the page or rebases its links.
 */
export function makePageInert(html: string): string {
  return html
    .replace(/<script(?=[\s>/])/gi, '<script type="text/x-inert"')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*(?:refresh|content-security-policy)\b[^>]*>/gi, '')
    .replace(/<base\b[^>]*>/gi, '');
}

/** Resolves `relative` inside `root`, or undefined when it would escape it. */
function insideRoot(root: string, relative: string): string | undefined {
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : undefined;
}

async function readServedFile(file: string): Promise<{ body: Buffer; type: string } | undefined> {
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? path.join(file, 'index.html') : file;
    const body = await readFile(target);
    return { body, type: contentTypes[path.extname(target)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** Finds what a path serves: a custom route, a demo or fixture file, or an inert corpus page. */
async function resolvePath(
  pathname: string,
  routes: Map<string, CustomRoute>,
): Promise<{ body: string | Buffer; type: string; headers?: Record<string, string> } | undefined> {
  const custom = routes.get(pathname);
  if (custom) return { body: custom.body, type: custom.contentType ?? 'text/html; charset=utf-8', headers: custom.headers };
  const [, prefix = '', rest = ''] = /^\/([^/]+)\/?(.*)$/.exec(pathname) ?? [];
  if (prefix === 'demo' || prefix === 'fixtures') {
    const file = insideRoot(servedDirs[prefix], rest);
    return file ? readServedFile(file) : undefined;
  }
  const corpus = corpusPagesDir();
  if (prefix === 'corpus' && corpus) {
    const slug = rest.replace(/\/(source\.html)?$/, '');
    const file = /^[\w.-]+$/.test(slug) ? path.join(corpus, slug, 'source.html') : undefined;
    const found = file ? await readServedFile(file) : undefined;
    // The stored files are UTF-8 whatever their meta charset says; the header makes the browser agree.
    return found && { body: makePageInert(found.body.toString('utf8')), type: 'text/html; charset=utf-8' };
  }
  return undefined;
}

/** Starts a static server on 127.0.0.1 at a random free port. */
export async function startStaticServer(): Promise<StaticServer> {
  const routes = new Map<string, CustomRoute>();
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '/';
    }
    const record = (status: number) =>
      requests.push({ method: req.method ?? 'GET', host: req.headers.host ?? '', path: req.url ?? '/', status });
    resolvePath(pathname, routes).then(
      (found) => {
        if (!found) {
          record(404);
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
          return;
        }
        record(200);
        res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store', ...found.headers });
        res.end(req.method === 'HEAD' ? undefined : found.body);
      },
      (error: unknown) => {
        record(500);
        res.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const url = (pathname: string, host?: TestHost) =>
    `${host ? `http://${host}:${port}` : origin}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
  return {
    origin,
    port,
    requests,
    url,
    demoUrl: (file = '', host) => url(`/demo/${file}`, host),
    fixtureUrl: (file, host) => url(`/fixtures/${file}`, host),
    corpusUrl: (slug, host) => url(`/corpus/${encodeURIComponent(slug)}/`, host),
    setRoute: (pathname, route) => void routes.set(pathname, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
