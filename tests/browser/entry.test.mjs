// The entry page against report-server (fixed-seed database): the highlight cards show exactly the
// API's totals for the same days, compare deltas are right, the URL restores the view after a reload,
// the KS leaves the address bar, and a broken parameter shows a notice instead of a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, hasHorizontalOverflow, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

useSetUp();

/** report.getTotal 13 for the demo entry between two unix times, UTC days. */
async function totals(from, to) {
  const res = await fetch(`${server.url}/api_v3/service/report/action/getTotal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ks, format: 1, reportType: '13',
      reportInputFilter: { objectType: 'KalturaEndUserReportInputFilter', entryIdIn: '0_cellbio1', fromDate: from, toDate: to, timeZone: 'UTC', timeZoneOffset: 0 },
      responseOptions: { delimiter: '|', skipEmptyDates: false },
    }),
  });
  const t = await res.json();
  const h = t.header.split('|');
  const d = t.data.split('|');
  return Object.fromEntries(h.map((k, i) => [k, Number(d[i])]));
}

async function ready(page) {
  await page.waitForSelector('.entry-page[data-ready="true"] .card-value', { timeout: 20_000 });
}

async function cardValue(page, metric) {
  return Number(await page.getAttribute(`.card[data-metric="${metric}"] .card-value`, 'data-value'));
}

for (const width of [1280, 390]) {
  test(`highlight cards equal the API's totals at ${width} px`, async () => {
    const page = await openPage(browser.context, width);
    await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
    await ready(page);
    assert.ok(!page.url().includes('ks='), 'the KS is removed from the address bar');
    assert.equal(await page.textContent('.entry-name'), 'Welcome to Cell Biology');
    assert.match(await page.textContent('.entry-meta'), /Video · Owner: Wei Chen/);
    const from = Number(await page.getAttribute('.entry-page', 'data-from'));
    const to = Number(await page.getAttribute('.entry-page', 'data-to'));
    assert.equal(to - from, 30 * 86400, 'last 30 days, UTC');
    const api = await totals(from, to);
    for (const metric of ['count_loads', 'count_plays', 'unique_viewers', 'count_viral']) {
      assert.equal(await cardValue(page, metric), api[metric], metric);
    }
    assert.ok(Math.abs(await cardValue(page, 'sum_view_period') - api.sum_view_period) < 1e-6);
    assert.ok(Math.abs(await cardValue(page, 'avg_completion_rate') - api.avg_completion_rate) < 1e-6);
    assert.ok(api.count_plays > 0, 'the demo entry has plays');
    assert.equal(await page.$('.likes-note'), null, 'no filter, no note on likes');
    assert.equal(await hasHorizontalOverflow(page), false, 'no horizontal overflow');
    await screenshot(page, 'entry-highlights');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('compare shows the previous period and survives a reload', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  // The header is the same entry's: a reload must not rebuild it (an open menu or the focus would be lost).
  await page.$eval('.entry-header .filter-toggle', (b) => { b.dataset.kept = 'yes'; });
  await page.selectOption('.date-controls select >> nth=1', 'prev');
  await page.waitForFunction(() => location.search.includes('cmp=prev'));
  await page.waitForSelector('.card[data-metric="count_plays"] .previous');
  await ready(page);
  assert.equal(await page.getAttribute('.entry-header .filter-toggle', 'data-kept'), 'yes', 'the header survives a reload');
  const from = Number(await page.getAttribute('.entry-page', 'data-compare-from'));
  const to = Number(await page.getAttribute('.entry-page', 'data-compare-to'));
  const previous = await totals(from, to);
  const current = await cardValue(page, 'count_plays');
  const shownPrevious = Number(await page.getAttribute('.card[data-metric="count_plays"] .previous', 'data-previous'));
  assert.equal(shownPrevious, previous.count_plays);
  const pct = await page.textContent('.card[data-metric="count_plays"] .change-pct');
  if (previous.count_plays === 0) {
    assert.equal(pct, 'N/A');
  } else {
    const expected = ((current - previous.count_plays) / previous.count_plays) * 100;
    assert.equal(pct, `${expected >= 0 ? '+' : '−'}${Math.abs(expected).toFixed(1)}%`);
  }
  await page.reload();
  await ready(page);
  assert.equal(await page.$eval('.date-controls select >> nth=1', (s) => s.value), 'prev');
  assert.equal(await cardValue(page, 'count_plays'), current, 'same view after reload');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a broken parameter shows a notice and the page still works', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&range=fortnight&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  const notice = await page.textContent('.notice-box');
  assert.match(notice, /range/);
  assert.equal(await page.$eval('.date-controls select', (s) => s.value), '30d');
  assert.ok((await cardValue(page, 'count_plays')) > 0);
  await page.close();
});

test('an unknown entry says so, inside the page', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_nothere?ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.panel-error');
  assert.match(await page.textContent('.entry-header'), /There is no entry with this id/);
  await page.close();
});

test('without a session the page explains what is missing', async () => {
  // Session storage belongs to a tab: a new page starts without a KS.
  const page = await openPage(browser.context, 390);
  await page.goto(`${server.url}/entry/0_cellbio1`);
  await page.waitForSelector('main h1');
  assert.equal(await page.textContent('main h1'), 'No session');
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** The digits of a date typed into a date input, in the order the browser's locale writes it. */
async function typedDigits(page, y, m, d) {
  const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 9, 1)).filter((p) => p.type !== 'literal').map((p) => p.type));
  const part = { year: String(y), month: String(m).padStart(2, '0'), day: String(d).padStart(2, '0') };
  return order.map((p) => part[p]).join('');
}

test('dates typed by keyboard alone: a custom range and a compare start, with a clear word when incomplete', async () => {
  const page = await openPage(browser.context, 1280);
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/api_v3/')) asked.push(r.postData() ?? ''); });
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  await page.selectOption('.date-controls select >> nth=0', 'custom');
  const from = page.locator('.custom-range input >> nth=0');
  // A part of the date wiped, then Apply: the page says what is missing and keeps the range.
  await from.focus();
  await page.keyboard.press('Backspace');
  assert.equal(await from.inputValue(), '', 'a date input is empty while its date is not whole');
  await page.click('.custom-range .apply');
  assert.match(await page.textContent('#custom-range-problem'), /Enter both dates in full/);
  assert.equal(await from.getAttribute('aria-invalid'), 'true');
  assert.ok(!page.url().includes('from='), 'nothing applied');
  // The whole date in the locale's order, then Enter.
  await from.focus();
  await page.keyboard.type(await typedDigits(page, 2026, 10, 1));
  assert.equal(await from.inputValue(), '2026-10-01', 'each typed digit stays');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2026-10-01');
  await ready(page);
  assert.equal(await page.textContent('#custom-range-problem'), '');
  // A compare start typed digit by digit changes the period once, when the field is left.
  await page.selectOption('.date-controls select >> nth=1', 'custom');
  await page.waitForFunction(() => /cmp=\d{4}-/.test(location.search));
  await ready(page);
  const start = page.locator('.date-controls input[type="date"] >> nth=2');
  asked.length = 0;
  await start.focus();
  await page.keyboard.type(await typedDigits(page, 2025, 10, 1));
  // Tab leaves the field (the first Tab may stop on the field's own calendar button).
  for (let i = 0; i < 3 && await start.evaluate((el) => el === document.activeElement); i++) {
    await page.keyboard.press('Tab');
  }
  await page.waitForFunction(() => new URL(location.href).searchParams.get('cmp') === '2025-10-01');
  await ready(page);
  const years = asked.flatMap((body) => [...body.matchAll(/"fromDate":(-?\d+)/g)].map((m) => new Date(Number(m[1]) * 1000).getUTCFullYear()));
  assert.ok(years.length > 0 && years.every((y) => y >= 2025), `no period of a half-typed year was asked for: ${years}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('standalone, the header links to the media page and the entry details only when told where they are', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  assert.equal(await page.locator('.entry-header a').count(), 0, 'report-server names no media page or console');
  const media = 'https://mediaspace.example.edu/media/t/{entryId}';
  const details = 'https://kmc.example.edu/content/{entryId}';
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&mediaUrl=${encodeURIComponent(media)}&detailsUrl=${encodeURIComponent(details)}&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  assert.ok(!page.url().includes('mediaUrl') && !page.url().includes('detailsUrl'), 'the templates leave the address bar');
  assert.equal(await page.getAttribute('.entry-header a.back', 'href'), 'https://mediaspace.example.edu/media/t/0_cellbio1');
  assert.match(await page.textContent('.entry-header a.back'), /← Back to media/);
  assert.equal(await page.getAttribute('.entry-meta a', 'href'), 'https://kmc.example.edu/content/0_cellbio1');
  assert.equal(await page.textContent('.entry-meta a'), 'See all details');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an entry nobody watched says so instead of drawing flat lines at zero', async () => {
  const page = await openPage(browser.context, 390, 844);
  await page.goto(`${server.url}/entry/0_noview07?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await ready(page);
  const notes = await page.$$eval('.empty-chart', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(notes, [
    'Nobody watched this entry in these dates: there is no curve to draw.',
    'Plays: 0 on every day of these dates, so there is no line to draw.',
  ]);
  assert.equal(await page.locator('#playback-title ~ .echart, section[aria-labelledby="trend-title"] .echart').count(), 0);
  // The numbers stay one click away.
  await page.click('section[aria-labelledby="trend-title"] .table-toggle');
  await page.waitForSelector('section[aria-labelledby="trend-title"] .table-scroll tbody tr');
  assert.deepEqual(page.problems, []);
  await page.close();
});
