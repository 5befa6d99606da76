// Languages: the page in Hebrew is mirrored (dir=rtl) with Hebrew labels and months; German writes
// numbers its own way; the language picker and the host's setLanguage switch the language live, keeping
// the state of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, hasHorizontalOverflow, ks, openPage, screenshot, server, settled, useSetUp } from './harness.mjs';

useSetUp();

const ready = (page) => settled(page);


for (const width of [1280, 390]) {
  test(`Hebrew is right to left with Hebrew labels at ${width} px`, async () => {
    const page = await openPage(browser.context, width, 900);
    await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&lang=he&users=1&ks=${encodeURIComponent(ks)}`);
    await ready(page);
    const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert.deepEqual(root, { lang: 'he', dir: 'rtl' });
    assert.equal((await page.textContent('#highlights-title')).trim(), 'נקודות עיקריות');
    assert.equal((await page.textContent('#card-count_plays .card-label')).trim(), 'הפעלות');
    // The layout is mirrored: the panel heading starts at the right edge.
    const { headingRight, panelRight } = await page.evaluate(() => {
      const h = document.getElementById('highlights-title').getBoundingClientRect();
      const p = document.getElementById('highlights-title').closest('section').getBoundingClientRect();
      return { headingRight: h.right, panelRight: p.right };
    });
    assert.ok(panelRight - headingRight < 40, `heading hugs the right edge (${panelRight - headingRight}px)`);
    assert.equal(await hasHorizontalOverflow(page), false);
    await screenshot(page, 'hebrew');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('German numbers, and the picker switches language live keeping the page state', async () => {
  const page = await openPage(browser.context, 1280, 900);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&range=last90days&cmp=prev&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  const englishPlays = (await page.textContent('#card-count_plays .card-value')).trim();
  await page.selectOption('.language-picker select', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await ready(page);
  assert.equal((await page.textContent('#highlights-title')).trim(), 'Überblick');
  const germanPlays = (await page.textContent('#card-count_plays .card-value')).trim();
  assert.equal(germanPlays, englishPlays.replace(/,/g, '.'), 'thousands separated by dots');
  assert.equal(await page.inputValue('.date-controls select >> nth=0'), '90d', 'the date range survived the switch');
  assert.equal(await page.inputValue('.date-controls select >> nth=1'), 'prev', 'so did the compare period');
  // The export speaks the page's language too.
  await page.click('.export-toggle');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('.export-all')]);
  const csv = readFileSync(await file.path(), 'utf8');
  for (const line of ['\r\nÜberblick\r\n', '\r\nKennzahl,Wert,Wert (Vergleich)\r\n', '\r\nZeitzone,UTC\r\n']) {
    assert.ok(csv.includes(line), `the German export has ${JSON.stringify(line)}`);
  }
  assert.match(csv, /\r\nZeitraum,\d{4}-/);
  await page.selectOption('.language-picker select', 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await ready(page);
  assert.equal((await page.textContent('#highlights-title')).trim(), 'Aspectos destacados');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('English needs no word file; another language fetches its own, once; words that cannot come leave English and say so', async () => {
  const page = await openPage(browser.context, 1280, 900);
  const fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/vendor/i18n/')) fetched.push(path);
  });
  await page.route('**/vendor/i18n/he.json', (route) => route.abort('internetdisconnected'));
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  assert.deepEqual(fetched, [], 'English is built in');
  for (const lang of ['de', 'en', 'de']) {
    await page.selectOption('.language-picker select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await ready(page);
  }
  assert.equal((await page.textContent('#highlights-title')).trim(), 'Überblick');
  assert.deepEqual(fetched, ['/vendor/i18n/de.json'], 'German fetched once');
  await page.selectOption('.language-picker select', 'he');
  await page.locator('[role="status"]', { hasText: 'could not be loaded' }).waitFor({ timeout: 10_000 });
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await page.textContent('#highlights-title')).trim(), 'Highlights');
  await page.close();
});

test("the host's setLanguage switches the embedded dashboard to Hebrew without a reload", async () => {
  const page = await openPage(browser.context, 1280, 1000);
  const dashboard = server.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard)}`);
  const frame = page.frameLocator('#dash');
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  const inner = page.frames().find((f) => f.url().startsWith(dashboard));
  await inner.evaluate(() => { window.__sameDocument = true; });
  await page.click('#hebrew');
  await frame.locator('html[dir="rtl"][lang="he"]').waitFor({ state: 'attached', timeout: 10_000 });
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  assert.equal((await frame.locator('#highlights-title').textContent()).trim(), 'נקודות עיקריות');
  assert.equal(await inner.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.deepEqual(page.problems, []);
  await page.close();
});
