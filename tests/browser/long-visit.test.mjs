// A long visit does not grow: 300 seeded interactions in one page (tests/browser/long-visit.mjs), the
// first five going through the heaviest views, then the JS heap, the wasm memory, the DOM nodes (attached
// and detached) and the event listeners on the same view after a forced garbage collection must be
// within 20 % of what they were after the first 30, and nothing may have been written to the console as
// an error. ENTRYLENS_LONG_VISIT sets the count (default 300).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';
import { HEAVY_VIEWS, longVisit, measure, settle, watchWasmMemory } from './long-visit.mjs';

const COUNT = Number(process.env.ENTRYLENS_LONG_VISIT ?? 300);
const FIRST = 30;
const GROWTH = 0.2;

useSetUp();

test(`a visit of ${COUNT} interactions does not grow`, { timeout: 30 * 60_000 }, async () => {
  const page = await openPage(browser.context, 1280);
  await watchWasmMemory(page);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const entry = '/entry/0_cellbio1?tz=UTC&range=30d&users=1';
  const home = { entry, path: '/interactive/0_path0006?tz=UTC&range=30d' };
  await page.goto(`${server.url}${entry}&ks=${encodeURIComponent(ks)}`);
  await settle(page);
  const seen = {};
  const made = await longVisit(page, {
    count: COUNT,
    seed: 20261207,
    home,
    tour: HEAVY_VIEWS,
    at: [FIRST, COUNT],
    checkpoint: async (i) => {
      seen[i] = await measure(page, cdp, entry);
    },
  });
  await screenshot(page, 'long-visit-end');
  console.log(`long visit: ${JSON.stringify(made)}`);
  console.log(`after ${FIRST}: ${JSON.stringify(seen[FIRST])}; after ${COUNT}: ${JSON.stringify(seen[COUNT])}`);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.panicked), undefined, 'no panic');
  assert.deepEqual(page.problems, [], 'nothing written to the console as an error');
  for (const kind of ['range', 'compare', 'language', 'filter', 'drill', 'page', 'heatmap', 'node', 'switchPage']) {
    assert.ok((made[kind] ?? 0) > 0, `the visit made ${kind} interactions`);
  }
  for (const what of ['heap', 'wasm', 'nodes', 'listeners']) {
    const before = seen[FIRST][what];
    const after = seen[COUNT][what];
    assert.ok(Number.isFinite(before) && before > 0, `${what} was measured`);
    assert.ok(after <= before * (1 + GROWTH), `${what} grew from ${before} to ${after} (more than ${GROWTH * 100} %)`);
  }
  await page.close();
});
