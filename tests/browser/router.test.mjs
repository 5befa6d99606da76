// The address bar is the dashboard's state (src/router): links inside the app and state changes do not
// reload the page, the back and forward buttons restore the view, and a change of view leaves the reader
// where they were on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, ks, openPage, server, useSetUp } from './harness.mjs';

useSetUp();

/** Marks the loaded document, so that a reload (which would drop the mark) is seen. */
async function markDocument(page) {
  await page.evaluate(() => { window.entrylensLoadMark = true; });
}

async function sameDocument(page) {
  return page.evaluate(() => window.entrylensLoadMark === true);
}

test('a link inside the app opens its page without a reload, and back returns', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/no/such/page`);
  await page.waitForSelector('main h1');
  await markDocument(page);
  await page.click('main a[href="/"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'entrylens');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  assert.equal(new URL(page.url()).pathname, '/no/such/page');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'entrylens');
  assert.ok(await sameDocument(page), 'the page was not loaded again');
  // The skip link only moves focus: the page stays.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(new URL(page.url()).pathname, '/');
  assert.ok(await sameDocument(page));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an entry id with escapes reaches the page decoded, and an odd path is not found', async () => {
  const page = await openPage(browser.context, 1280);
  // A hostile id travels to the API as data and comes back as a clear "not found", never as markup.
  await page.goto(`${server.url}/entry/0_x%3Cb%3Ebold%3C%2Fb%3E?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('[role="alert"]', { timeout: 20_000 });
  assert.equal(await page.locator('main b').count(), 0, 'the id is not markup');
  await page.goto(`${server.url}/entry/a/b?ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('main h1');
  assert.equal(await page.textContent('main h1'), 'Page not found');
  assert.deepEqual(page.problems.filter((p) => !p.includes('status of 4')), []);
  await page.close();
});

test('a change of view keeps the scroll position; back and forward restore the view', async () => {
  const page = await openPage(browser.context, 390, 800);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 20_000 });
  await markDocument(page);
  const select = page.locator('.trend-controls select >> nth=0');
  await select.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 0, 'the control is below the top of a phone screen');
  await select.selectOption('unique_viewers');
  await page.waitForFunction(() => location.search.includes('m=unique_viewers'));
  await page.waitForSelector('.entry-page[data-ready="true"]');
  const after = await page.evaluate(() => window.scrollY);
  assert.ok(Math.abs(after - before) < 50, `scrolled from ${before} to ${after}`);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('m=unique_viewers'));
  await page.waitForFunction(() => document.querySelector('.trend-controls select')?.value !== 'unique_viewers');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('.trend-controls select')?.value === 'unique_viewers');
  assert.ok(await sameDocument(page), 'the page was not loaded again');
  assert.deepEqual(page.problems, []);
  await page.close();
});
