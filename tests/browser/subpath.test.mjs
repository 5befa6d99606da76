// The app deployed under a sub-path by a plain static web server, as the README's nginx snippet does: a
// build made with `trunk build --public-url /analytics/` (scripts/test.sh puts it in
// ENTRYLENS_DIST_SUBPATH) served from /analytics/ by a small static server written here (files, else
// index.html: nginx's `try_files $uri /analytics/index.html`), with /api_v3/ passed to report-server.
// Both pages are walked: routes, links, the back button, the wasm chunks, the charts library, the map
// data and a word file all resolve under /analytics/, and nothing is asked for outside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

const BASE = '/analytics/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json',
};

useSetUp();

let site;
let siteUrl;
/** Every path the static server was asked for, with its status. */
const served = [];

/** Answers a request for a file under BASE from `dist`, else with index.html (the single-page fallback). */
async function serveFile(dist, path, res) {
  const inner = normalize(decodeURIComponent(path.slice(BASE.length)) || 'index.html');
  if (inner.startsWith('..')) return res.writeHead(400).end();
  let file = join(dist, inner);
  const found = await stat(file).then((s) => s.isFile(), () => false);
  if (!found) file = join(dist, 'index.html');
  const body = await readFile(file);
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  return 200;
}

/** Passes a request to report-server unchanged (nginx's `proxy_pass`). */
function proxy(req, res) {
  const target = new URL(server.url);
  const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

before(async () => {
  const dist = process.env.ENTRYLENS_DIST_SUBPATH;
  if (!dist) throw new Error('ENTRYLENS_DIST_SUBPATH must name a build made with --public-url /analytics/ (scripts/test.sh makes it)');
  site = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/api_v3/')) {
      served.push({ path, status: 'proxied' });
      return proxy(req, res);
    }
    if (path === BASE.slice(0, -1)) {
      served.push({ path, status: 301 });
      return res.writeHead(301, { Location: BASE }).end();
    }
    if (!path.startsWith(BASE) || req.method !== 'GET') {
      served.push({ path, status: 404 });
      return res.writeHead(404).end();
    }
    served.push({ path, status: await serveFile(dist, path, res) });
  });
  await new Promise((ok) => site.listen(0, '127.0.0.1', ok));
  siteUrl = `http://127.0.0.1:${site.address().port}`;
});

after(() => new Promise((done) => site?.close(done)));

/** The paths asked for outside the app's base and the API since `from` (an index into `served`). */
function strays(from) {
  return served.slice(from).filter((r) => !r.path.startsWith(BASE) && !r.path.startsWith('/api_v3/'));
}

test('the entry page under /analytics/: charts, map, chunks, a word file and the address all stay under the base', async () => {
  const mark = served.length;
  const page = await openPage(browser.context, 1280);
  await page.goto(`${siteUrl}${BASE}entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 30_000 });
  await page.waitForSelector('.echart canvas', { timeout: 20_000 });
  // The map's data and the extra charts module come from under the base.
  await page.locator('section[aria-labelledby="countries-title"] .echart').scrollIntoViewIfNeeded();
  await page.waitForSelector('section[aria-labelledby="countries-title"] .echart canvas', { timeout: 20_000 });
  // A view change keeps the base in the address.
  await page.selectOption('.trend-controls select >> nth=0', 'unique_viewers');
  await page.waitForFunction(() => location.search.includes('m=unique_viewers'));
  assert.equal(new URL(page.url()).pathname, `${BASE}entry/0_cellbio1`);
  // The filter panel's code is a chunk fetched on first use.
  await page.locator('button.filter-toggle').click();
  await page.waitForSelector('.filter-panel', { timeout: 20_000 });
  // A language's words are a file fetched when chosen.
  await page.selectOption('.language-picker select', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: 20_000 });
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('m=unique_viewers'));
  assert.equal(new URL(page.url()).pathname, `${BASE}entry/0_cellbio1`);
  const asked = served.slice(mark).map((r) => r.path);
  for (const part of ['vendor/charts/echarts-core.js', 'vendor/charts/echarts-extra.js', 'vendor/world.json', 'vendor/i18n/de.json']) {
    assert.ok(asked.includes(`${BASE}${part}`), `${part} under the base: ${asked.join(' ')}`);
  }
  assert.ok(asked.some((p) => p.startsWith(`${BASE}split_filter_panel-`)), `the filter panel's chunk: ${asked.join(' ')}`);
  assert.ok(asked.some((p) => p.startsWith('/api_v3/')), 'the API was asked');
  assert.deepEqual(strays(mark), [], 'nothing is asked for outside the base');
  await screenshot(page, 'subpath-entry');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the interactive page, a missing page and its link home, all under /analytics/', async () => {
  const mark = served.length;
  const page = await openPage(browser.context, 390, 844);
  await page.goto(`${siteUrl}${BASE}interactive/0_path0006?tz=UTC&range=last90days&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('section[aria-labelledby="flow-title"] .echart canvas', { timeout: 30_000 });
  assert.ok(served.slice(mark).some((r) => r.path.startsWith(`${BASE}split_path_panels-`)), 'the path page chunk');
  await page.goto(`${siteUrl}${BASE}no/such/page`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  await page.evaluate(() => { window.entrylensLoadMark = true; });
  await page.click(`main a[href="${BASE}"]`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'entrylens');
  assert.equal(new URL(page.url()).pathname, BASE);
  assert.ok(await page.evaluate(() => window.entrylensLoadMark === true), 'the link was followed without a reload');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  assert.deepEqual(strays(mark), [], 'nothing is asked for outside the base');
  // The base without its slash is the start page too.
  await page.goto(`${siteUrl}${BASE.slice(0, -1)}`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'entrylens');
  assert.deepEqual(page.problems, []);
  await page.close();
});
