// Accessibility: axe-core (from npm, injected into the page) finds no serious or critical violation on
// any page or state — entry and interactive pages, drill-downs, the filter panel, heat maps, the node
// page, errors, the phone layout, the dark and high-contrast themes; and a keyboard-only walk reaches and
// works the date range, the filters, a drill-down, a heat-map row and a chart's table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { browser, ks, openPage, screenshot, server, settled, useSetUp } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

useSetUp();

const ready = (page) => settled(page, { pause: 200 });


/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.join(' | ')}`);
}

const STATES = [
  { name: 'home', path: '/', width: 1280 },
  { name: 'not found', path: '/nowhere', width: 1280 },
  { name: 'entry', path: '/entry/0_cellbio1?tz=UTC', width: 1280, wait: true },
  { name: 'entry, compare and users with a heat map', path: '/entry/0_cellbio1?tz=UTC&cmp=prev&users=1', width: 1280, wait: true, then: async (page) => {
    await page.locator('section[aria-labelledby="users-title"] button.row-expand').first().click();
    await page.locator('.heatmap[data-ready="true"]').first().waitFor({ timeout: 20_000 });
  } },
  { name: 'entry, drilled into a country, tables open', path: '/entry/0_cellbio1?tz=UTC&geo=US&t=playback&t=trend', width: 1280, wait: true },
  { name: 'entry, filter panel open', path: '/entry/0_cellbio1?tz=UTC', width: 1280, wait: true, then: async (page) => {
    await page.locator('button.filter-toggle, button:has-text("Filter")').first().click();
    await page.locator('.filter-panel').waitFor();
  } },
  { name: 'entry, phone', path: '/entry/0_cellbio1?tz=UTC&users=1', width: 390, wait: true },
  { name: 'entry, dark theme', path: '/entry/0_cellbio1?tz=UTC&users=1', width: 1280, wait: true, dark: true, shot: 'theme-dark' },
  { name: 'entry, high contrast', path: '/entry/0_cellbio1?tz=UTC&users=1', width: 1280, wait: true, shot: 'theme-high-contrast', then: async (page) => {
    await page.evaluate(() => document.body.classList.add('high-contrast'));
  } },
  { name: 'unknown entry', path: '/entry/0_nothere?tz=UTC', width: 1280, wait: true },
  { name: 'interactive', path: '/interactive/0_path0006?tz=UTC&range=last90days', width: 1280, wait: true },
  { name: 'interactive, a node page', path: '/interactive/0_path0006?tz=UTC&range=last90days&node=n2', width: 1280, wait: true },
  { name: 'interactive, phone', path: '/interactive/0_path0006?tz=UTC&range=last90days', width: 390, wait: true },
];

for (const state of STATES) {
  test(`axe: ${state.name}`, async () => {
    const page = await openPage(browser.context, state.width, 900);
    if (state.dark) await page.emulateMedia({ colorScheme: 'dark' });
    const sep = state.path.includes('?') ? '&' : '?';
    await page.goto(`${server.url}${state.path}${state.path === '/' || state.path === '/nowhere' ? '' : `${sep}ks=${encodeURIComponent(ks)}`}`);
    if (state.wait) await ready(page);
    if (state.then) await state.then(page);
    const found = await violations(page);
    if (state.shot) await screenshot(page, state.shot);
    assert.deepEqual(found, [], `${state.name}:\n${found.join('\n')}`);
    await page.close();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; returns how many presses. */
async function tabTo(page, selector, { back = false, max = 400 } = {}) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus ring. */
async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('keyboard only: date range, filters, a drill-down, a heat-map row and a chart table', async () => {
  const page = await openPage(browser.context, 1280, 900);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&users=1&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  const from = await page.getAttribute('.entry-page', 'data-from');

  // The skip link comes first and moves focus to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');

  // Date range: reach the preset list and choose another with the arrow keys.
  await tabTo(page, '.date-controls select');
  assert.ok(await focusVisible(page), 'the focus ring shows');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((f) => document.querySelector('.entry-page')?.dataset.from !== f, from, { timeout: 20_000 });
  await ready(page);

  // A chart's table: the playback panel's "Show table".
  await tabTo(page, 'section[aria-labelledby="playback-title"] button.table-toggle');
  await page.keyboard.press('Enter');
  await page.locator('section[aria-labelledby="playback-title"] .table-scroll table').waitFor();

  // A heat-map row in the engagement table.
  await tabTo(page, 'section[aria-labelledby="users-title"] button.row-expand');
  await page.keyboard.press('Enter');
  await page.locator('.heatmap[data-ready="true"]').first().waitFor({ timeout: 20_000 });

  // A drill-down: the first country of the countries table.
  await tabTo(page, 'section[aria-labelledby="countries-title"] tbody button.drill, section[aria-labelledby="countries-title"] tbody a.drill');
  await page.keyboard.press('Enter');
  await page.locator('section[aria-labelledby="countries-title"] .breadcrumb').waitFor({ timeout: 20_000 });
  await ready(page);

  // Filters: open the panel, tick the first choice, apply.
  await tabTo(page, 'button.filter-toggle', { back: true });
  await page.keyboard.press('Enter');
  await page.locator('.filter-panel').waitFor();
  await tabTo(page, '.filter-panel input[type="checkbox"]');
  await page.keyboard.press('Space');
  await tabTo(page, '.filter-panel button.primary');
  await page.keyboard.press('Enter');
  await page.locator('.filter-chips button').first().waitFor({ timeout: 20_000 });
  await ready(page);
  assert.deepEqual(page.problems, []);
  await page.close();
});
