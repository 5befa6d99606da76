// Faults: report-server runs with `--faults` and every scenario names, in the X-Entrylens-Fault header,
// what goes wrong with the dashboard's requests (failing items chosen by position or report type, HTTP
// 5xx, bodies that are not JSON or cut short, dropped connections, an expired session, latency). The
// scenarios are drawn from a fixed seed (ENTRYLENS_FAULT_SEED, default 20261125); their number is
// ENTRYLENS_FAULT_SCENARIOS (default 200). For each one the page must settle, never panic, show data in
// every panel whose reports were healthy, and its own error with a retry in every panel whose reports
// failed. Every tenth scenario then clears the fault and presses a failed panel's Retry, which must bring
// its data back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';
import { generator } from './random.mjs';

const SEED = Number(process.env.ENTRYLENS_FAULT_SEED ?? 20261125);
const SCENARIOS = Number(process.env.ENTRYLENS_FAULT_SCENARIOS ?? 200);
const ENTRY = '0_cellbio1';
const PATH = '0_path0006';

// The panels whose state each scenario checks, by heading id.
const ENTRY_PANELS = ['highlights-title', 'playback-title', 'trend-title', 'funnel-title', 'users-title', 'countries-title', 'devices-title', 'domains-title'];
const PATH_PANELS = ['highlights-title', 'trend-title', 'flow-title', 'videos-title'];

/**
 * The panels an item of the first request feeds. `index` is its position (0-based); the first view
 * comes first in a fixed order (entry, owner, then the current period's calls), then each panel's own
 * first request, fetched ahead in the same HTTP request. `null` means the item feeds no panel alone
 * (entry, owner, likes): the page degrades in other ways, checked only for not panicking.
 */
function panelsOf(index, item, path, first) {
  const type = Number(item.reportType);
  if (!first) index = Infinity;
  if (path) {
    if (index === 2) return ['highlights-title'];
    if (index === 3) return ['trend-title'];
    if (type === 49 && index === Infinity) return ['trend-title'];
    if (item.service?.startsWith('interactivity')) return ['flow-title'];
    if ([50, 54, 55].includes(type)) return ['flow-title', 'videos-title'];
    return null;
  }
  if (index === 2) return ['highlights-title'];
  if (index === 4) return ['playback-title'];
  if (index === 5) return ['trend-title'];
  if (index === 6) return ['funnel-title'];
  if (index > 6 || index === Infinity) {
    const byType = { 13: 'users-title', 43: 'users-title', 36: 'countries-title', 21: 'devices-title', 6: 'domains-title' };
    if (byType[type]) return [byType[type]];
  }
  return null;
}

function scenario(random, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const path = random() < 0.3;
  // The engagement-per-user table loads only when opened (`users=1`).
  const users = !path && random() < 0.5;
  const panels = (path ? PATH_PANELS : ENTRY_PANELS).filter((id) => users || id !== 'users-title');
  const types = path ? [49, 50, 54, 55] : [2, 6, 13, 21, 36, 43];
  const kind = pick(['items', 'items', 'report', 'report', 'transport', 'expired', 'latency']);
  const directives = [];
  if (random() < 0.35 || kind === 'latency') directives.push(`latency=${Math.floor(random() * 400)}`);
  if (kind === 'items') {
    const n = 1 + Math.floor(random() * 4);
    const items = new Set();
    while (items.size < n) items.add(1 + Math.floor(random() * 40));
    directives.push(`fail=${[...items].join(',')}`);
  }
  if (kind === 'report') {
    const failed = types.filter(() => random() < 0.3);
    directives.push(`fail-report=${(failed.length ? failed : [pick(types)]).join(',')}`);
  }
  if (kind === 'transport') directives.push(pick(['status=500', 'status=502', 'status=503', 'status=504', 'malformed', 'truncated', 'drop']));
  if (kind === 'expired') directives.push('expired-ks');
  const range = pick(['last7days', 'last30days', 'last90days']);
  return { index, path, panels, kind, plan: directives.join(';'), range: `${range}${users ? '&users=1' : ''}`, retry: index % 10 === 9 };
}

useSetUp(['--faults']);

/** Waits until nothing on the page is loading, then reads what each panel shows. */
async function settle(page, panels) {
  await page.waitForFunction(() => {
    const root = document.querySelector('.entry-page');
    return (root && root.dataset.ready === 'true' && !document.querySelector('[aria-busy="true"]'))
      || document.documentElement.dataset.panicked === 'true';
  }, null, { timeout: 20_000 });
  return page.evaluate((ids) => {
    const out = {};
    for (const id of ids) {
      const heading = document.getElementById(id);
      const section = heading?.closest('section');
      if (!section) { out[id] = 'absent'; continue; }
      const error = section.querySelector('.panel-error');
      const failed = () => (error.classList.contains('panel-paused') ? 'paused' : error.querySelector('button') ? 'error' : 'error-without-retry');
      out[id] = error ? failed() : (section.innerText.trim().length > heading.innerText.length + 10 ? 'data' : 'empty');
    }
    return {
      panels: out,
      panicked: document.documentElement.dataset.panicked === 'true',
      sessionNotices: document.querySelectorAll('.session-notice').length,
      alerts: document.querySelectorAll('.panel-error[role="alert"]').length,
    };
  }, panels);
}

/** The scenario's rules: nothing stuck or panicked, healthy panels with data, failed ones with an error. */
function check(s, seen, label, bodies) {
  assert.equal(seen.panicked, false, `${label}: panicked`);
  // An expired session is said once, at the top of the page; the panels wait quietly under it.
  const settledStates = s.kind === 'expired' ? ['paused'] : ['data', 'error'];
  for (const [id, state] of Object.entries(seen.panels)) {
    assert.ok(settledStates.includes(state), `${label}: ${id} shows ${state}`);
  }
  // Which items really failed, by position or by report type, and so which panels.
  const byPosition = /fail=([\d,]+)/.exec(s.plan)?.[1]?.split(',').map((n) => Number(n) - 1) ?? [];
  const byType = /fail-report=([\d,]+)/.exec(s.plan)?.[1]?.split(',').map(Number) ?? [];
  const failedPanels = new Set();
  let failedOther = false;
  bodies.forEach((body, request) => {
    const keys = Object.keys(body ?? {}).filter((k) => /^\d+$/.test(k)).sort((a, b) => a - b);
    keys.forEach((key, index) => {
      const item = body[key];
      if (!byPosition.includes(index) && !byType.includes(Number(item.reportType))) return;
      const panels = panelsOf(index, item, s.path, request === 0);
      if (panels) panels.forEach((p) => failedPanels.add(p));
      else failedOther = true;
    });
  });
  const whole = s.kind === 'transport' || s.kind === 'expired';
  if (s.kind === 'expired') {
    assert.equal(seen.sessionNotices, 1, `${label}: the expired session is explained, once`);
    assert.equal(seen.alerts, 0, `${label}: no panel repeats it`);
    return;
  }
  for (const id of s.panels) {
    if (whole || failedPanels.has(id)) {
      assert.equal(seen.panels[id], 'error', `${label}: ${id} must show its own error`);
    } else if (!failedOther) {
      assert.equal(seen.panels[id], 'data', `${label}: ${id} is healthy and must show data`);
    }
  }
}

test(`${SCENARIOS} randomized fault scenarios (seed ${SEED})`, { timeout: 60 * 60_000 }, async () => {
  const random = generator(SEED);
  const page = await openPage(browser.context, 1280, 900);
  // Every multirequest of the scenario, in order: the faults apply to each of them.
  let bodies = [];
  page.on('request', (r) => {
    if (r.url().includes('/api_v3/service/multirequest') && r.method() === 'POST') {
      try { bodies.push(JSON.parse(r.postData() ?? 'null')); } catch { /* not ours */ }
    }
  });
  const counts = {};
  for (let i = 0; i < SCENARIOS; i++) {
    const s = scenario(random, i);
    counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    const label = `scenario ${i} (${s.path ? 'path' : 'entry'}, ${s.plan}, ${s.range})`;
    await browser.context.setExtraHTTPHeaders({ 'x-entrylens-fault': s.plan });
    bodies = [];
    const target = s.path ? `/interactive/${PATH}` : `/entry/${ENTRY}`;
    await page.goto(`${server.url}${target}?tz=UTC&range=${s.range}&ks=${encodeURIComponent(ks)}`);
    const seen = await settle(page, s.panels).catch(async (e) => {
      await screenshot(page, `fault-stuck-${i}`);
      throw new Error(`${label}: the page did not settle: ${e.message}`);
    });
    try {
      check(s, seen, label, bodies);
    } catch (e) {
      await screenshot(page, `fault-failed-${i}`);
      throw e;
    }
    if (s.retry) {
      const failed = Object.entries(seen.panels).find(([, state]) => state === 'error');
      if (failed && s.kind !== 'expired') {
        await browser.context.setExtraHTTPHeaders({});
        const [id] = failed;
        await page.locator(`section:has(#${id}) .panel-error button`).first().click();
        await page.waitForFunction((hid) => {
          const section = document.getElementById(hid)?.closest('section');
          return section && !section.querySelector('.panel-error') && !section.querySelector('[aria-busy="true"]');
        }, id, { timeout: 20_000 }).catch((e) => { throw new Error(`${label}: retry of ${id} did not bring data back: ${e.message}`); });
      }
    }
    if (i === 0) await screenshot(page, 'fault-first-scenario');
  }
  await browser.context.setExtraHTTPHeaders({});
  const panics = page.problems.filter((p) => /panicked|RuntimeError|unreachable/.test(p));
  assert.deepEqual(panics, [], 'no panic and no wasm trap in any scenario');
  console.log(`fault scenarios by kind: ${JSON.stringify(counts)}`);
  await page.close();
});

/** A real session that expires `seconds` from now. */
function shortKs(seconds) {
  return execFileSync(process.env.ENTRYLENS_SERVER, ['ks', '--seconds', String(seconds)], { encoding: 'utf8' }).trim();
}

test('a part whose code cannot be fetched says so, keeps the first view, and Retry fetches it', async () => {
  const page = await openPage(browser.context, 1280);
  let offline = true;
  await page.route(/\/split_entry_breakdowns-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/entry/${ENTRY}?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 20_000 });
  const failed = page.locator('.panel-error', { hasText: 'This part of the page could not be loaded' });
  await failed.waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('#countries-title').count(), 0);
  assert.ok(await page.locator('section[aria-labelledby="highlights-title"] .card-value').count() > 0, 'the first view stays');
  offline = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('section[aria-labelledby="devices-title"][data-ready="true"] tbody tr', { timeout: 20_000 });
  assert.equal(await failed.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an answer nested deeper than any report is refused with a message, not a crash', async () => {
  // JSON.parse takes any depth; the walk into the app's tree stops at 128 levels instead of the stack.
  const page = await openPage(browser.context, 1280);
  const deep = '['.repeat(50_000) + ']'.repeat(50_000);
  await page.route(/\/api_v3\/service\/multirequest/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: deep }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/entry/${ENTRY}?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.locator('.panel-error', { hasText: 'nested more than 128 levels deep' }).first().waitFor({ timeout: 20_000 });
  assert.equal(await page.getAttribute('html', 'data-panicked'), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the export menu whose code cannot be fetched says so, and Retry brings its options', async () => {
  const page = await openPage(browser.context, 1280);
  let offline = true;
  await page.route(/\/split_export-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${server.url}/entry/${ENTRY}?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 20_000 });
  await page.click('.export-toggle');
  const failed = page.locator('.export-menu .panel-error', { hasText: 'This part of the page could not be loaded' });
  await failed.waitFor({ timeout: 20_000 });
  offline = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('.export-options .export-all', { timeout: 20_000 });
  assert.equal(await failed.count(), 0);
  await page.close();
});

test('charts whose tooltip module cannot be fetched stay drawn, and the map fetches it again', async () => {
  const page = await openPage(browser.context, 1280);
  let offline = true;
  await page.route(/\/echarts-extra\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const refused = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('/echarts-extra.js'), timeout: 20_000 });
  await page.goto(`${server.url}/entry/${ENTRY}?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 20_000 });
  await refused;
  assert.ok(await page.locator('.echart canvas').count() >= 2, 'the first view keeps its charts');
  assert.equal(await page.locator('.chart-error').count(), 0, 'a missing tooltip is not a chart error');
  offline = false;
  await page.locator('#countries-title').scrollIntoViewIfNeeded({ timeout: 20_000 });
  await page.waitForFunction(() => window.echartsExtra === true, null, { timeout: 20_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a session that expires mid-use is explained, standalone', async () => {
  const page = await openPage(browser.context, 1280, 900);
  const expiring = shortKs(5);
  const started = Date.now();
  await page.goto(`${server.url}/entry/${ENTRY}?tz=UTC&range=last30days&ks=${encodeURIComponent(expiring)}`);
  await page.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.session-notice').count(), 0, 'no notice while the session is valid');
  await page.waitForTimeout(Math.max(0, 6_500 - (Date.now() - started)));
  await page.locator('.date-controls select').first().selectOption('7d');
  await page.locator('.session-notice').waitFor({ timeout: 20_000 });
  assert.match(await page.locator('.session-notice').textContent(), /session has expired/);
  // Said once: the panels that failed with it wait quietly, without an alert or a retry of their own.
  await page.waitForSelector('.entry-page .panel-paused');
  assert.equal(await page.locator('.session-notice').count(), 1);
  assert.equal(await page.locator('.panel-error[role="alert"]').count(), 0, 'no panel repeats the session error');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.panicked ?? 'no'), 'no');
  await screenshot(page, 'session-expired');
  await page.close();
});

test('a session that expires mid-use sends logout to the host, once', async () => {
  const page = await openPage(browser.context, 1280, 1000);
  const dashboard = server.url.replace('127.0.0.1', 'localhost');
  const expiring = shortKs(5);
  const started = Date.now();
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(expiring)}&dashboard=${encodeURIComponent(dashboard)}`);
  const frame = page.frameLocator('#dash');
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(Math.max(0, 6_500 - (Date.now() - started)));
  await page.click('#last7');
  await page.waitForFunction(() => window.received.some((m) => m.messageType === 'logout'), null, { timeout: 20_000 });
  await frame.locator('.session-notice').waitFor();
  // More failing panels (the breakdowns reload too) must not repeat it.
  await page.waitForTimeout(1_000);
  const logouts = await page.evaluate(() => window.received.filter((m) => m.messageType === 'logout').length);
  assert.equal(logouts, 1);
  await page.close();
});
