// Security in the browser: the hostile names report-server plants (an entry titled with a <script>, user ids
// and filter values with markup) render as literal text and run nothing; the app's Content-Security-Policy
// is satisfied by everything it does (charts, map, heat maps, the path flow, exports) and blocks an injected
// inline script; the KS is never in an export, the address bar, lasting storage or cookies, or the server's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

const HOSTILE_TITLE = '<script>alert("entrylens")</script> Quarterly "review" | Q3; 50% done — مراجعة الربع 📈';

useSetUp();

/** A page that records alerts and CSP violations from before the app starts. */
async function watchedPage(width) {
  const page = await openPage(browser.context, width, 900);
  await page.addInitScript(() => {
    window.__alerts = [];
    window.alert = (m) => window.__alerts.push(String(m));
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return page;
}

test('hostile names render as literal text and run nothing', async () => {
  const page = await watchedPage(1280);
  const search = '<img src=x onerror=alert(2)>';
  const user = '<script>alert(3)</script>';
  await page.goto(`${server.url}/entry/0_hostil08?tz=UTC&range=last90days&users=1&uq=${encodeURIComponent(search)}&user=${encodeURIComponent(user)}&ks=${encodeURIComponent(ks)}`);
  await page.locator('.entry-page[data-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator('.users-table[data-ready="true"]').waitFor({ timeout: 20_000 });
  assert.equal((await page.locator('h1.entry-name').textContent()).trim(), HOSTILE_TITLE);
  assert.equal(await page.title().then((t) => t.includes('<script>') || t === 'entrylens'), true);
  assert.ok((await page.locator('.filter-chips').textContent()).includes(user), 'the filter chip shows the value as text');
  assert.ok((await page.locator('section[aria-labelledby="users-title"]').textContent()).includes(search), 'the search shows as text');
  const dom = await page.evaluate(() => ({
    alerts: window.__alerts,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('alert')).length,
  }));
  assert.deepEqual(dom, { alerts: [], injectedImages: 0, scripts: 0 });
  await screenshot(page, 'hostile-names');
  await page.close();
});

test('the Content-Security-Policy holds for everything the app does and blocks injected scripts', async () => {
  const page = await watchedPage(1280);
  const html = await (await fetch(`${server.url}/entry/x`)).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(policy, 'the page carries a policy');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);

  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&range=last30days&users=1&ks=${encodeURIComponent(ks)}`);
  await page.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  await page.locator('section[aria-labelledby="countries-title"] .echart').scrollIntoViewIfNeeded();
  await page.locator('section[aria-labelledby="countries-title"] .echart canvas').waitFor({ timeout: 20_000 });
  await page.locator('.users-table[data-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator('section[aria-labelledby="users-title"] button.row-expand').first().click();
  await page.locator('.heatmap[data-ready="true"]').first().waitFor({ timeout: 20_000 });
  await page.click('.export-toggle');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-all')]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.includes('Highlights'));
  assert.ok(!csv.includes(ks), 'the KS is not in the export');
  // Standalone, the KS given in the link moves to this tab's session storage (so a reload works) and leaves
  // the address bar; it is never kept beyond the tab (embedded, it lives in memory only: embed.test.mjs).
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie);
  assert.ok(!stored.includes(ks), 'the KS is not in local storage or cookies');
  assert.ok(!page.url().includes('ks='), 'the KS left the address bar');

  await page.goto(`${server.url}/interactive/0_path0006?tz=UTC&range=last90days&ks=${encodeURIComponent(ks)}`);
  await page.locator('section[aria-labelledby="flow-title"] .echart canvas').waitFor({ timeout: 20_000 });
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no violation while the app works');

  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return { ran: window.__ran === true, violations: window.__csp.length };
  });
  assert.deepEqual(ran, { ran: false, violations: 1 }, 'an injected inline script is blocked');
  assert.ok(!server.logs().includes(ks), 'the server never prints a session');
  assert.deepEqual(page.problems.filter((p) => !p.includes('Content Security Policy')), []);
  await page.close();
});
