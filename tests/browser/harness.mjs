// Shared harness of the browser tests: starts report-server on 127.0.0.1 (a free port) serving the
// release build, and headless Chromium with a fresh profile and the flags our machines need.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const root = resolve(import.meta.dirname, '..', '..');

/** Where screenshots go; the folder is ignored by git. */
export const screenshotDir = process.env.ENTRYLENS_SCREENSHOTS ?? join(root, 'test-output', 'screenshots');

/** Prints a fresh admin KS from report-server. */
export function makeKs() {
  return execFileSync(process.env.ENTRYLENS_SERVER, ['ks'], { encoding: 'utf8' }).trim();
}

/** Starts report-server; resolves to { url, stop }. */
export async function startServer(extraArgs = []) {
  const bin = process.env.ENTRYLENS_SERVER;
  const dist = process.env.ENTRYLENS_DIST ?? join(root, 'dist');
  if (!bin) throw new Error('ENTRYLENS_SERVER must name the report-server binary (scripts/test.sh sets it)');
  const db = process.env.ENTRYLENS_DB;
  const dbArgs = db ? ['--db', db] : [];
  const child = spawn(bin, ['serve', '--host', '127.0.0.1', '--port', '0', '--dist', dist, ...dbArgs, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.on('data', (d) => { stdout += d; });
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`report-server did not start in 60 s: ${stderr}`)), 60_000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`report-server exited (${code}): ${stderr}`)); });
  });
  return {
    url,
    /** Everything the server printed so far (to prove it never prints a session). */
    logs: () => stdout + stderr,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    }),
  };
}

/** Launches headless Chromium with a fresh profile; resolves to { context, close }. */
export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'entrylens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Opens a page that records console errors and uncaught exceptions in `page.problems`. */
export async function openPage(context, width, height = 900) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  return page;
}

/** Saves a full-page screenshot as `<name>-<width>.png` in the screenshot folder. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const { width } = page.viewportSize();
  const file = join(screenshotDir, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until the dashboard page has its first view and nothing on it is loading; then `pause` ms more
 * (for charts to finish drawing before a screenshot or an audit). */
export async function settled(page, { pause = 0 } = {}) {
  await page.waitForFunction(() => {
    const root = document.querySelector('.entry-page');
    return root && root.dataset.ready === 'true' && !document.querySelector('[aria-busy="true"]');
  }, null, { timeout: 30_000 });
  if (pause) await page.waitForTimeout(pause);
}

/** Whether the page is wider than its viewport (horizontal overflow on a phone is a defect). */
export async function hasHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The test file's report-server, browser and KS, live once `useSetUp()`'s `before` hook has run. */
export let server;
/** See `server`. */
export let browser;
/** See `server`. */
export let ks;

/** Starts report-server, a browser and a KS before a test file's tests (into `server`, `browser` and `ks`)
 * and stops them after. Each test file runs in its own process, so these are the file's own. */
export function useSetUp(serverArgs = []) {
  let close;
  before(async () => {
    ({ server, browser, ks, close } = await setUp(serverArgs));
  });
  after(async () => close?.());
}

/** Starts report-server (with `serverArgs`), a browser and a KS for a test file; `close()` stops both. */
export async function setUp(serverArgs = []) {
  const server = await startServer(serverArgs);
  let browser;
  let ks;
  try {
    browser = await startBrowser();
    ks = makeKs();
  } catch (e) {
    // A failed start must not leave the server (or the browser) running: the test process would hang.
    await browser?.close();
    await server.stop();
    throw e;
  }
  return {
    server,
    browser,
    ks,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** One report-service call as JSON: `filter` fields go into an end-user filter with UTC days. */
export async function reportCall(server, ks, action, reportType, filter, extra = {}) {
  const res = await fetch(`${server.url}/api_v3/service/report/action/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ks, format: 1, reportType,
      reportInputFilter: { objectType: 'KalturaEndUserReportInputFilter', timeZone: 'UTC', timeZoneOffset: 0, interval: 'days', ...filter },
      responseOptions: { delimiter: '|', skipEmptyDates: false },
      ...extra,
    }),
  });
  return res.json();
}

/** A report table's rows as objects of text cells. */
export function tableRows(table) {
  if (!table.header) return [];
  const h = table.header.split('|');
  return table.data.split(';').filter(Boolean).map((r) => {
    const d = r.split('|');
    return Object.fromEntries(h.map((k, i) => [k, d[i]]));
  });
}

/** A report total as an object of numbers. */
export function totals(obj) {
  const h = obj.header.split('|');
  const d = obj.data.split('|');
  return Object.fromEntries(h.map((k, i) => [k, Number(d[i])]));
}
