// A long visit, as a teacher keeps the dashboard open for an hour: seeded interactions in one page (date
// ranges, compare, filters, drill-downs, paging, heat maps, node pages, language switches, the entry and
// the interactive page in turn), each waited for until the page has settled. Shared by the long-visit
// browser test and the benchmark's memory figures.

import { generator } from './random.mjs';

/** Waits until the page has its view and nothing on it is loading (two frames first, so that a reload
 * the last action started is under way). */
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => {
    const root = document.querySelector('.entry-page');
    return (root && root.dataset.ready === 'true' && !document.querySelector('[aria-busy="true"]'))
      || document.documentElement.dataset.panicked === 'true';
  }, null, { timeout: 30_000 });
}

/** Moves to `url` inside the page, as the app's own links do (history and a popstate). */
export async function goInPage(page, url) {
  await page.evaluate((u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await settle(page);
}

/** Clicks a random element among those `selector` finds; false when there is none. A list redrawn
 * between the count and the click (a late answer) is counted again. */
async function clickOne(page, random, selector) {
  const all = page.locator(selector);
  for (let attempt = 0; ; attempt += 1) {
    const n = await all.count();
    if (!n) return false;
    try {
      await all.nth(Math.floor(random() * n)).click({ timeout: 5_000 });
      return true;
    } catch (e) {
      if (attempt >= 2) throw e;
      await settle(page);
    }
  }
}

/** The interactions of the entry page and of the interactive page: each returns whether it did anything. */
function interactions(page, random, home) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const onPath = () => page.url().includes('/interactive/');
  return {
    range: () => page.locator('.date-controls select').first().selectOption(pick(['7d', '30d', '90d', '3m', '12m'])).then(() => true),
    compare: () => page.locator('.date-controls select').nth(1).selectOption(pick(['none', 'prev', 'yoy'])).then(() => true),
    language: () => page.locator('.language-picker select').selectOption(pick(['en', 'he', 'de', 'es'])).then(() => true),
    filter: async () => {
      if (await page.locator('.filter-chips .chip').count() >= 2) return clickOne(page, random, '.filter-chips .chip button');
      return clickOne(page, random, 'section:is(:has(#countries-title), :has(#devices-title), :has(#domains-title)) button.row-filter');
    },
    drill: async () => {
      const section = pick(['countries', 'devices']);
      if (await page.locator(`section:has(#${section}-title) .breadcrumb button`).count() && random() < 0.5) {
        return clickOne(page, random, `section:has(#${section}-title) .breadcrumb button`);
      }
      return clickOne(page, random, `section:has(#${section}-title) button.drill`);
    },
    page: () => clickOne(page, random, 'section:has(#users-title) .pager button:not([disabled])'),
    heatmap: () => clickOne(page, random, 'section:has(#users-title) button.row-expand'),
    node: async () => {
      if (!onPath()) return false;
      if (await page.locator('.node-page .breadcrumb button').count()) return clickOne(page, random, '.node-page .breadcrumb button');
      return clickOne(page, random, 'section:has(#videos-title) button.drill');
    },
    switchPage: () => goInPage(page, onPath() ? home.entry : home.path).then(() => true),
  };
}

/**
 * The heaviest views of the demo (a year with compare, paged users, both pages, a node page): a visit
 * goes through them first, so that its level after the first interactions is its working set. The wasm
 * memory only grows, to the peak the largest view needed; measured after lighter views only, a visit
 * that later meets a year with compare looks as if it leaked.
 */
export const HEAVY_VIEWS = [
  '/entry/0_cellbio1?tz=UTC&range=12m&cmp=prev&users=1',
  '/entry/0_cellbio1?tz=UTC&range=12m&cmp=yoy&users=1&up=2',
  '/entry/0_cellbio1?tz=UTC&range=12m&cmp=prev&users=1&geo=US',
  '/interactive/0_path0006?tz=UTC&range=12m&cmp=prev',
  '/interactive/0_path0006?tz=UTC&range=12m&cmp=prev&node=n4',
];

/**
 * Runs `count` seeded interactions on `page` (already on the entry page, settled), the first of them
 * going to the views of `tour` in turn, and calls `checkpoint(i)` after interaction `i` for every i in
 * `at`. `home` names the two pages' addresses. Resolves to how many of each kind were made.
 */
export async function longVisit(page, { count, seed, home, tour = [], at = [], checkpoint = async () => {} }) {
  const random = generator(seed);
  const acts = interactions(page, random, home);
  const kinds = Object.keys(acts);
  const made = {};
  for (let i = 1; i <= count; i += 1) {
    if (i <= tour.length) {
      await goInPage(page, tour[i - 1]);
      made.tour = (made.tour ?? 0) + 1;
      if (at.includes(i)) await checkpoint(i);
      continue;
    }
    let done = false;
    for (let tries = 0; tries < 4 && !done; tries += 1) {
      const kind = kinds[Math.floor(random() * kinds.length)];
      done = await acts[kind]();
      if (done) made[kind] = (made[kind] ?? 0) + 1;
    }
    if (!done) {
      await acts.range();
      made.range = (made.range ?? 0) + 1;
    }
    await settle(page);
    if (at.includes(i)) await checkpoint(i);
  }
  return made;
}

/**
 * What the page holds after a forced garbage collection, on one fixed view (`url`, reached in the
 * page) so that two measures compare like with like: JS heap, wasm memory, DOM nodes (attached and
 * detached, as Chromium counts them) and event listeners.
 */
export async function measure(page, cdp, url) {
  await goInPage(page, url);
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? NaN);
  return { heap: heap.usedSize, wasm, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Registers, before the app starts, what `measure` reads: the app's wasm memory. */
export async function watchWasmMemory(page) {
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; }));
}
