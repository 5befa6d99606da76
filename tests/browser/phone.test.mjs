// Phones and tablets: at 390×844 and 768×1024 every page has no horizontal overflow, and on the phone
// every control a finger uses (buttons, links, selects, inputs) is at least 44 px tall and wide enough
// to hit. Screenshots of each page and size are saved to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, hasHorizontalOverflow, ks, openPage, screenshot, server, settled, useSetUp } from './harness.mjs';

useSetUp();

const ready = (page) => settled(page, { pause: 300 });


/** Visible controls smaller than 44 px in either direction (inline links inside text excepted). */
async function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, a[href], select, input:not([type="hidden"]), [role="button"]')) {
      // A checkbox is hit through its label.
      const target = el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label') ? el.closest('label') : el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      if (el.classList.contains('skip-link')) continue;
      const inText = el.tagName === 'A' && getComputedStyle(el.parentElement).display !== 'flex' && el.closest('p');
      if (inText) continue;
      if (r.height < 44 || r.width < 44) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return [...new Set(out)].slice(0, 20);
  });
}

const PAGES = [
  { name: 'entry', path: '/entry/0_cellbio1?tz=UTC&users=1', then: async (page, width) => {
    // Each user is a card on a phone: ten a page keeps the page short; a wider screen lists 25.
    await page.locator('.users-table[data-ready="true"]').waitFor();
    const rows = await page.locator('.users-table tr[data-key]').count();
    assert.equal(rows, width < 600 ? 10 : 25, 'users a page');
    // The long list of countries folds after ten cards on a phone, until asked for all.
    const places = page.locator('.geo-table .breakdown tr[data-key]');
    const total = await places.count();
    assert.ok(total > 10, `enough countries to fold (${total})`);
    const visible = () => places.evaluateAll((rs) => rs.filter((r) => r.getBoundingClientRect().height > 0).length);
    if (width < 600) {
      assert.equal(await visible(), 10);
      const toggle = page.locator('.show-all-rows');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await visible(), total);
      // The button stays (focus is not lost) and folds the list again.
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.match(await toggle.textContent(), /first ten/);
    } else {
      assert.equal(await visible(), total);
      assert.equal(await page.locator('.show-all-rows').isVisible(), false);
    }
  } },
  { name: 'entry-filters', path: '/entry/0_cellbio1?tz=UTC&device=Mobile&cmp=prev', then: async (page) => {
    await page.locator('button.filter-toggle').click();
    await page.locator('.filter-panel').waitFor();
  } },
  { name: 'interactive', path: '/interactive/0_path0006?tz=UTC&range=last90days' },
  { name: 'node', path: '/interactive/0_path0006?tz=UTC&range=last90days&node=n2' },
];

for (const [width, height] of [[390, 844], [768, 1024]]) {
  for (const p of PAGES) {
    test(`${p.name} at ${width}×${height}: no overflow${width < 600 ? ', 44 px targets' : ''}`, async () => {
      const page = await openPage(browser.context, width, height);
      await page.goto(`${server.url}${p.path}&ks=${encodeURIComponent(ks)}`);
      await ready(page);
      if (p.then) await p.then(page, width);
      assert.equal(await hasHorizontalOverflow(page), false, 'no horizontal page overflow');
      if (width < 600) {
        const small = await smallTargets(page);
        assert.deepEqual(small, [], `controls under 44 px:\n${small.join('\n')}`);
      }
      await screenshot(page, `phone-${p.name}-${height}`);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}
