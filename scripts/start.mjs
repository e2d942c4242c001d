#!/usr/bin/env node
// `npm start`: builds the Chrome extension, serves the demo page on 127.0.0.1 and opens Debian
// Chromium (or CHROMIUM_PATH) with the extension loaded on it. Without a display or a browser it
// says so and prints the manual steps. Serves until Ctrl-C. `npm start -- --no-browser` only serves.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = path.join(root, 'demo');
const extensionDir = path.join(root, '.output', 'chrome-mv3');
const preferredPort = 8123;
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

function build() {
  console.log('Building the Chrome extension (wxt build -b chrome)…');
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'chrome'], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => resolve(`could not run wxt: ${error.message} (run npm ci first)`));
    child.on('close', (code) => resolve(code === 0 ? undefined : `the build failed (exit code ${code})`));
  });
}

/** Serves demo/ only, read-only, on 127.0.0.1. */
function serveDemo(port) {
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '/';
    }
    let file = path.resolve(demoDir, '.' + path.posix.normalize('/' + pathname));
    if (file !== demoDir && !file.startsWith(demoDir + path.sep)) file = '';
    else if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function startServer() {
  try {
    return await serveDemo(preferredPort);
  } catch {
    return serveDemo(0); // the preferred port is taken: any free one will do
  }
}

/**
 * Pins the toolbar button, so the badge the Welcome page talks about is in view: Chromium keeps pinned
 * extensions in the profile's preferences, by id; an unpacked extension's id is derived from its path.
 */
function pinExtension(profileDir, dir) {
  const digest = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  const id = [...digest].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [id] } }));
}

function printManualSteps(reason, url) {
  console.log(`\n${reason}: no browser is open with the extension. To try it by hand:`);
  console.log('  1. Open chrome://extensions in Chromium or Chrome (version 105 or newer).');
  console.log('  2. Turn on "Developer mode", choose "Load unpacked" and select:');
  console.log(`       ${extensionDir}`);
  console.log(`  3. Open the demo page: ${url}`);
  console.log('     (Firefox 140+: npm run build, then about:debugging → This Firefox → Load Temporary Add-on →');
  console.log(`      ${path.join(root, '.output', 'firefox-mv3', 'manifest.json')})`);
}

const noBrowser = process.argv.includes('--no-browser');
const buildError = await build();
if (buildError) {
  console.error(`\n${buildError}. Fix it and run npm start again.`);
  process.exit(1);
}
const server = await startServer();
const url = `http://127.0.0.1:${server.address().port}/`;
console.log(`\nDemo page: ${url}`);

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || ['darwin', 'win32'].includes(process.platform);
let browser;
let profile;
if (noBrowser) printManualSteps('--no-browser was given', url);
else if (!hasDisplay) printManualSteps('No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set)', url);
else if (!existsSync(chromium)) printManualSteps(`No Chromium was found at ${chromium} (install the chromium package or set CHROMIUM_PATH)`, url);
else {
  profile = mkdtempSync(path.join(os.tmpdir(), 'context-cards-start-'));
  pinExtension(profile, extensionDir);
  console.log(`Opening ${chromium} with the extension from ${extensionDir}`);
  console.log('(Branded Google Chrome 137+ ignores --load-extension: use Chromium, or load the extension by hand.)');
  try {
    // playwright-core (a dev dependency) drives the browser so the demo page can be brought to the front
    // once the extension has opened its Welcome tab on install.
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launchPersistentContext(profile, {
      executablePath: chromium,
      headless: false,
      viewport: null,
      ignoreDefaultArgs: ['--disable-extensions', '--enable-automation', '--disable-component-extensions-with-background-pages'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--no-default-browser-check',
        // Chromium refuses to run as root with its sandbox on.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    const demo = browser.pages()[0] ?? (await browser.newPage());
    await demo.goto(url);
    const welcome = browser.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await browser.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 8000 }).catch(() => undefined));
    await demo.bringToFront();
    if (welcome) console.log('The Welcome page is open in the tab behind the demo page.');
    browser.on('close', () => console.log('The browser closed. Still serving the demo page; press Ctrl-C to stop.'));
  } catch (error) {
    printManualSteps(`Chromium could not start (${error instanceof Error ? error.message.split('\n')[0] : error})`, url);
  }
}
console.log('\nServing the demo page until Ctrl-C.');

async function stop() {
  await browser?.close().catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
