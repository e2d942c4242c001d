import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared } from '../../core/test-support/shared-dir.ts';
import { makePageInert, startStaticServer, type StaticServer } from './static-server.ts';

/** GET with the path sent exactly as written (fetch would normalise away the `..`). */
function rawGet(port: number, target: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: target }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

describe('makePageInert', () => {
  const page = [
    '<head><meta http-equiv="refresh" content="0; url=https://example.org/">',
    `<meta http-equiv='Content-Security-Policy' content="default-src 'none'">`,
    '<base href="https://example.org/"><SCRIPT src="a.js"></SCRIPT>',
    '<script type="module">go()</script><scripts-are-fine></scripts-are-fine></head>',
  ].join('');
  const inert = makePageInert(page);

  it('turns every script into an inert data block but keeps its text', () => {
    expect(inert.match(/<script type="text\/x-inert"/gi)?.length).toBe(2);
    expect(inert).toContain('go()</script>');
    expect(inert).toContain('<scripts-are-fine>');
  });

  it('drops meta refresh, meta CSP and base elements', () => {
    expect(inert).not.toMatch(/refresh|Content-Security-Policy|<base/i);
  });
});

describe('static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and serves the demo page as UTF-8 HTML', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await rawGet(server.port, '/demo/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Xinjiang');
  });

  it('serves test fixtures and answers 404 for unknown files', async () => {
    expect((await rawGet(server.port, '/fixtures/plain.html')).status).toBe(200);
    expect((await rawGet(server.port, '/fixtures/no-such-page.html')).status).toBe(404);
  });

  it('never serves files outside its folders', async () => {
    for (const path of ['/demo/../package.json', '/fixtures/../../package.json', '/demo/%2e%2e/package.json', '/package.json']) {
      expect((await rawGet(server.port, path)).status, path).toBe(404);
    }
  });

  it('serves a route a test registers, with its headers', async () => {
    server.setRoute('/csp/strict.html', { body: '<p>strict</p>', headers: { 'content-security-policy': "script-src 'none'" } });
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(server.url('/csp/strict.html'), resolve));
    expect(res.headers['content-security-policy']).toBe("script-src 'none'");
    expect(server.requests.at(-1)).toMatchObject({ path: '/csp/strict.html', status: 200 });
  });

  it('builds URLs on the .test hosts with the same port', () => {
    expect(server.fixtureUrl('plain.html', 'site-a.test')).toBe(`http://site-a.test:${server.port}/fixtures/plain.html`);
  });
});

describeWithShared('static server with the shared corpus', (shared) => {
  const corpusDir = path.join(shared, 'corpus', 'pages');
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(() => server.close());

  it('serves a stored real page with its <base> removed', async () => {
    const res = await rawGet(server.port, new URL(server.corpusUrl('base-url-base-element')).pathname);
    expect(res.status).toBe(200);
    expect(res.body).not.toMatch(/<base\b/i);
  });

  it('serves a stored real page with every script inert and no meta refresh', async () => {
    const original = readFileSync(path.join(corpusDir, 'lemonde-1', 'source.html'), 'utf8');
    const res = await rawGet(server.port, new URL(server.corpusUrl('lemonde-1')).pathname);
    const scripts = original.match(/<script[\s>]/gi)?.length ?? 0;
    expect(scripts).toBeGreaterThan(10);
    expect(res.body.match(/<script type="text\/x-inert"/g)?.length).toBe(scripts);
    expect(res.body).not.toMatch(/http-equiv=["']?refresh/i);
  });
});
