// The entry page's breakdowns against report-server: countries (with drill-down by mouse and keyboard),
// devices, top domains, engagement per user with heat maps, filters and CSV export. Every number on
// screen is compared with the API's answer for the same filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, hasHorizontalOverflow, ks, openPage, reportCall, screenshot, server, tableRows, totals, useSetUp } from './harness.mjs';

useSetUp();

/** One report call with the page's filter plus `filter` fields and `extra` arguments. */
function call(action, reportType, from, to, filter = {}, extra = {}) {
  return reportCall(server, ks, action, reportType, { entryIdIn: '0_cellbio1', fromDate: from, toDate: to, ...filter }, extra);
}


/** The rows of a panel's table: key and the numeric value of each data-col. */
async function panelRows(page, panel) {
  return page.$$eval(`section[aria-labelledby="${panel}-title"] table.breakdown tbody tr[data-key]`, (trs) =>
    trs.map((tr) => ({
      key: tr.dataset.key,
      values: Object.fromEntries([...tr.querySelectorAll('td[data-col]')].map((td) => [td.dataset.col, Number(td.dataset.value)])),
    })));
}

async function ready(page, panel) {
  await page.waitForSelector(`section[aria-labelledby="${panel}-title"][data-ready="true"]`, { timeout: 20_000 });
}

async function open(width, query = '') {
  const page = await openPage(browser.context, width);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC${query}&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"]', { timeout: 20_000 });
  const from = Number(await page.getAttribute('.entry-page', 'data-from'));
  const to = Number(await page.getAttribute('.entry-page', 'data-to'));
  return { page, from, to };
}

test('countries: the table equals report 36; a country drills to regions by mouse, a region to cities by keyboard', async () => {
  const { page, from, to } = await open(1280);
  await ready(page, 'countries');
  const api = tableRows(await call('getTable', '36', from, to, {}, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const shown = await panelRows(page, 'countries');
  assert.equal(shown.length, api.length);
  for (const [i, r] of api.entries()) {
    assert.equal(shown[i].key, r.object_id);
    assert.equal(shown[i].values.count_plays, Number(r.count_plays), `plays of ${r.country}`);
    assert.equal(shown[i].values.count_loads, Number(r.count_loads));
  }
  const sumShare = shown.reduce((a, r) => a + r.values.share_of_plays, 0);
  assert.ok(Math.abs(sumShare - 100) < 0.01, `shares add up to 100, got ${sumShare}`);
  // The map draws as it comes near the viewport, not before.
  assert.equal(await page.$('section[aria-labelledby="countries-title"] .echart canvas'), null, 'no map far below the viewport');
  await page.locator('section[aria-labelledby="countries-title"] .echart').scrollIntoViewIfNeeded();
  await page.waitForSelector('section[aria-labelledby="countries-title"] .echart canvas');

  const country = api[0];
  await page.click(`section[aria-labelledby="countries-title"] tr[data-key="${country.object_id}"] button.drill`);
  await page.waitForFunction((c) => location.search.includes(`geo=${c}`), country.object_id);
  await ready(page, 'countries');
  const regionsApi = tableRows(await call('getTable', '37', from, to, { countryIn: country.country }, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const regions = await panelRows(page, 'countries');
  assert.deepEqual(regions.map((r) => r.key), regionsApi.map((r) => r.region));
  assert.deepEqual(regions.map((r) => r.values.count_plays), regionsApi.map((r) => Number(r.count_plays)));
  assert.match(await page.textContent('section[aria-labelledby="countries-title"] .breadcrumb'), new RegExp(country.country));

  const region = regionsApi[0].region;
  await page.focus(`section[aria-labelledby="countries-title"] tr[data-key="${region}"] button.drill`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).getAll('geo').length === 2);
  await ready(page, 'countries');
  const citiesApi = tableRows(await call('getTable', '30', from, to, { countryIn: country.country, regionIn: region }, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const cities = await panelRows(page, 'countries');
  assert.deepEqual(cities.map((r) => r.key), citiesApi.map((r) => r.city));
  assert.equal(await page.$$eval('section[aria-labelledby="countries-title"] button.drill', (b) => b.length), 0, 'cities are the last level');

  // Back to the top by keyboard, through the breadcrumb.
  await page.focus('section[aria-labelledby="countries-title"] .breadcrumb button >> nth=0');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.search.includes('geo='));
  await ready(page, 'countries');
  assert.equal((await panelRows(page, 'countries')).length, api.length);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('devices: the table equals report 21 and a device drills to its operating systems', async () => {
  const { page, from, to } = await open(1280);
  await ready(page, 'devices');
  const api = tableRows(await call('getTable', '21', from, to, {}, { pager: { pageSize: 100, pageIndex: 1 }, order: '-count_plays' }));
  const sum = totals(await call('getTotal', '21', from, to));
  const shown = await panelRows(page, 'devices');
  assert.deepEqual(shown.map((r) => r.key), api.map((r) => r.device));
  for (const [i, r] of api.entries()) {
    assert.equal(shown[i].values.count_plays, Number(r.count_plays));
    assert.ok(Math.abs(shown[i].values.share_of_plays - 100 * Number(r.count_plays) / sum.count_plays) < 1e-9);
  }
  await page.click(`section[aria-labelledby="devices-title"] tr[data-key="${api[0].device}"] button.drill`);
  await page.waitForFunction((d) => location.search.includes(`dev=${encodeURIComponent(d)}`), api[0].device);
  await ready(page, 'devices');
  const osApi = tableRows(await call('getTable', '21', from, to, {}, { pager: { pageSize: 100, pageIndex: 1 }, order: '-count_plays', objectIds: api[0].device }));
  const os = await panelRows(page, 'devices');
  assert.deepEqual(os.map((r) => r.key), osApi.map((r) => r.os));
  assert.deepEqual(os.map((r) => r.values.count_plays), osApi.map((r) => Number(r.count_plays)));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('top domains: pages of report 6 ordered by plays, sorting by a column title, and a domain drills to page URLs with a graph', async () => {
  const { page, from, to } = await open(1280);
  await ready(page, 'domains');
  const plain = { objectType: 'KalturaReportInputFilter' };
  // Ordered by plays, as the help center says ("the most number of plays").
  const byPlays = tableRows(await call('getTable', '6', from, to, plain, { pager: { pageSize: 10, pageIndex: 1 }, order: '-count_plays' }));
  const shown = await panelRows(page, 'domains');
  assert.deepEqual(shown.map((r) => r.key), byPlays.map((r) => r.domain_name));
  assert.deepEqual(shown.map((r) => r.values.count_plays), byPlays.map((r) => Number(r.count_plays)));
  assert.equal(await page.getAttribute('section[aria-labelledby="domains-title"] th:has(button.sort:has-text("Plays"))', 'aria-sort'), 'descending');
  const api = await call('getTable', '6', from, to, plain, { pager: { pageSize: 10, pageIndex: 1 }, order: '-count_plays' });
  assert.match(await page.textContent('section[aria-labelledby="domains-title"] .table-count'), new RegExp(`^${api.totalCount} domains`));

  await page.click('section[aria-labelledby="domains-title"] th button.sort:has-text("Player impressions")');
  await page.waitForFunction(() => location.search.includes('ds=-count_loads'));
  await ready(page, 'domains');
  const byLoads = tableRows(await call('getTable', '6', from, to, plain, { pager: { pageSize: 10, pageIndex: 1 }, order: '-count_loads' }));
  const sorted = await panelRows(page, 'domains');
  assert.deepEqual(sorted.map((r) => r.values.count_loads), byLoads.map((r) => Number(r.count_loads)));
  assert.equal(await page.getAttribute('section[aria-labelledby="domains-title"] th:has(button.sort:has-text("Player impressions"))', 'aria-sort'), 'descending');

  const domain = byLoads[0].domain_name;
  await page.click(`section[aria-labelledby="domains-title"] tr[data-key="${domain}"] button.drill`);
  await page.waitForFunction((d) => location.search.includes(`dom=${encodeURIComponent(d)}`), domain);
  await ready(page, 'domains');
  // The page URLs keep the order chosen for the domains.
  const urls = tableRows(await call('getTable', '6', from, to, plain, { pager: { pageSize: 10, pageIndex: 1 }, order: '-count_loads', objectIds: domain }));
  const shownUrls = await panelRows(page, 'domains');
  assert.deepEqual(shownUrls.map((r) => r.key), urls.map((r) => r.referrer));
  await page.waitForSelector('section[aria-labelledby="domains-title"] .echart canvas');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a row becomes a filter: every panel re-queries, the chip removes it', async () => {
  const { page, from, to } = await open(1280);
  await ready(page, 'devices');
  await page.click('section[aria-labelledby="devices-title"] tr[data-key="Mobile"] button.row-filter');
  await page.waitForFunction(() => location.search.includes('device=Mobile'));
  await page.waitForSelector('.chip[data-dim="device"]');
  await page.waitForSelector('.entry-page[data-ready="true"]');
  await ready(page, 'countries');
  await ready(page, 'devices');
  const mobile = totals(await call('getTotal', '13', from, to, { deviceIn: 'Mobile' }));
  const plays = Number(await page.getAttribute('.card[data-metric="count_plays"] .card-value', 'data-value'));
  assert.equal(plays, mobile.count_plays, 'highlights count mobile plays only');
  const countriesApi = tableRows(await call('getTable', '36', from, to, { deviceIn: 'Mobile' }, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const countries = await panelRows(page, 'countries');
  assert.deepEqual(countries.map((r) => r.values.count_plays), countriesApi.map((r) => Number(r.count_plays)));
  assert.deepEqual((await panelRows(page, 'devices')).map((r) => r.key), ['Mobile']);

  await page.click('.chip[data-dim="device"] button');
  await page.waitForFunction(() => !location.search.includes('device='));
  await page.waitForSelector('.entry-page[data-ready="true"]');
  const all = totals(await call('getTotal', '13', from, to));
  await page.waitForFunction((n) => Number(document.querySelector('.card[data-metric="count_plays"] .card-value')?.dataset.value) === n, all.count_plays);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the filter panel lists countries from the API and applies a choice to the URL', async () => {
  const { page, from, to } = await open(1280);
  await page.click('.filter-toggle');
  await page.waitForSelector('#filter-country input[type="checkbox"]', { timeout: 20_000 });
  // Opening the panel moves keyboard focus into it.
  await page.waitForFunction(() => document.activeElement?.closest('.filter-panel') !== null);
  const api = tableRows(await call('getTable', '36', from, to, {}, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const labels = await page.$$eval('#filter-country label > span:first-of-type', (s) => s.map((x) => x.textContent));
  assert.deepEqual(labels, api.map((r) => r.country));
  await page.check('#filter-country input >> nth=1');
  await page.waitForSelector('#filter-region input[type="checkbox"]', { timeout: 20_000 });
  await page.click('.filter-panel button:has-text("Apply filters")');
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('country') === c, api[1].country);
  // Applying moves it to the results' heading.
  await page.waitForFunction(() => document.activeElement?.id === 'highlights-title');
  await page.waitForSelector('.chip[data-dim="country"]');
  await page.waitForSelector('.entry-page[data-ready="true"]');
  const filtered = totals(await call('getTotal', '13', from, to, { countryIn: api[1].country }));
  await page.waitForFunction((n) => Number(document.querySelector('.card[data-metric="count_plays"] .card-value')?.dataset.value) === n, filtered.count_plays);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('engagement per user: report 13 page, anonymous viewers as one row, heat maps load per row', async () => {
  const { page, from, to } = await open(1280, '&users=1');
  await page.waitForSelector('.users-table[data-ready="true"]', { timeout: 20_000 });
  const api = await call('getTable', '13', from, to, {}, { pager: { pageSize: 25, pageIndex: 1 }, order: '-count_plays' });
  const shown = await panelRows(page, 'users');
  assert.deepEqual(shown.map((r) => r.key), tableRows(api).map((r) => r.name));
  assert.deepEqual(shown.map((r) => r.values.count_plays), tableRows(api).map((r) => Number(r.count_plays)));
  assert.match(await page.textContent('.pager-label'), new RegExp(`of ${Math.ceil(api.totalCount / 25)} `));

  const user = tableRows(api).find((r) => r.name !== 'Unknown').name;
  await page.click(`section[aria-labelledby="users-title"] tr[data-key="${user}"] button.row-expand`);
  await page.waitForSelector('.heatmap[data-ready="true"] .heat-strip', { timeout: 20_000 });
  const tiers = await page.getAttribute('.heat-strip', 'data-tiers');
  const pct = tableRows(await call('getTable', '43', from, to, { userIds: user }, { pager: { pageSize: 500, pageIndex: 1 } }));
  const expected = pct.filter((r) => Number(r.percentile) > 0)
    .map((r) => Math.min(3, Number(r.count_viewers))).join('');
  assert.equal(tiers, expected);
  assert.match(await page.getAttribute('.heat-strip', 'aria-label'), /^Heat map of .*Watched \d+% of the video/);
  assert.ok(new URL(page.url()).searchParams.getAll('ux').includes(user));

  await page.fill('.users-search input', 'anon');
  await page.press('.users-search input', 'Enter');
  await page.waitForFunction(() => location.search.includes('uq=anon'));
  await page.waitForSelector('.users-table[data-ready="true"] tr[data-key="Unknown"]');
  assert.match(await page.textContent('tr[data-key="Unknown"] th'), /Anonymous viewers/);
  // Any word of the name finds a user, whatever the case, and two words narrow (user.list's search).
  for (const [text, name] of [['chloe', /^Chloe /], ['MURPHY', /^\S+ Murphy/], ['chloe m', /^Chloe M/]]) {
    await page.fill('.users-search input', text);
    await page.press('.users-search input', 'Enter');
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('uq') === t, text);
    await page.waitForSelector('.users-table[data-ready="true"]');
    const names = await page.$$eval('.users-table tbody tr th', (ths) => ths.map((th) => th.textContent.trim()));
    assert.ok(names.length > 0, `"${text}" finds someone`);
    for (const n of names) assert.match(n, name, `"${text}" found ${names.join(', ')}`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('CSV export: a panel file parses and matches its table; the page file names range, filters and zone', async () => {
  const { page } = await open(1280, '&device=Computer');
  await ready(page, 'devices');
  assert.match(await page.textContent('.likes-note'), /filters do not apply/, 'likes say they are not filtered');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('section[aria-labelledby="devices-title"] .export-csv'),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 byte-order mark');
  const lines = text.slice(1).split('\r\n');
  assert.match(lines[1], /^Range,\d{4}-\d\d-\d\dT00:00:00\+00:00\/\d{4}-\d\d-\d\dT23:59:59\+00:00$/);
  assert.ok(lines.includes('Time zone,UTC'));
  assert.ok(lines.includes('Filter: Device,Computer'));
  const head = lines.indexOf('Devices');
  assert.ok(head > 0);
  assert.equal(lines[head + 1], 'Device,Plays,Share of plays (%),Player impressions,Unique viewers,Minutes viewed,Avg. completion (%)');
  const shown = await panelRows(page, 'devices');
  const csvRow = lines[head + 2].split(',');
  assert.equal(csvRow[0], shown[0].key);
  assert.equal(Number(csvRow[1]), shown[0].values.count_plays);

  await page.click('.export-toggle');
  const [pageFile] = await Promise.all([page.waitForEvent('download'), page.click('.export-all')]);
  const all = readFileSync(await pageFile.path(), 'utf8');
  // Every panel, in page order: the first view's tables are made from its data only now, at export.
  let previous = -1;
  for (const title of ['Highlights', 'Views on playback', 'Metrics over time', 'Engagement funnel', 'Top countries', 'Devices', 'Top domains']) {
    const at = all.indexOf(`\r\n${title}\r\n`);
    assert.ok(at > previous, `the page export has ${title}, after the panel above it`);
    previous = at;
  }
  const shownPlays = await page.getAttribute('.card[data-metric="count_plays"] .card-value', 'data-value');
  const playsRow = all.split('\r\n').find((l) => l.startsWith('Plays,'));
  assert.equal(playsRow?.split(',')[1], shownPlays, 'the highlights table holds the plays card shows');
  await page.click('.export-email');
  await page.waitForFunction(() => /e-mailed to/.test(document.querySelector('.export-status')?.textContent ?? ''));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('breakdowns at 1280 and 390 px: no page overflow, map behind a toggle on a phone', async () => {
  for (const width of [1280, 390]) {
    const { page } = await open(width, '&users=1&ux=Unknown');
    await ready(page, 'countries');
    await ready(page, 'devices');
    await ready(page, 'domains');
    await page.waitForSelector('.heatmap[data-ready="true"]');
    if (width === 390) {
      assert.equal(await page.$('section[aria-labelledby="countries-title"] .echart'), null, 'the map waits on a phone');
      await page.click('.map-toggle');
      await page.waitForSelector('section[aria-labelledby="countries-title"] .echart canvas');
    } else {
      await page.locator('section[aria-labelledby="countries-title"] .echart').scrollIntoViewIfNeeded();
      await page.waitForSelector('section[aria-labelledby="countries-title"] .echart canvas');
    }
    assert.equal(await hasHorizontalOverflow(page), false, `no horizontal overflow at ${width}px`);
    await screenshot(page, 'entry-breakdowns');
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('bad addresses: a page past the end says so and offers the last page; a value the data lacks is marked on its chip', async () => {
  const { page, from, to } = await open(1280, '&users=1&up=99999&dp=99999');
  await page.waitForSelector('.users-table[data-ready="true"]', { timeout: 20_000 });
  const users = await call('getTable', '13', from, to, {}, { pager: { pageSize: 25, pageIndex: 1 }, order: '-count_plays' });
  const lastPage = Math.ceil(users.totalCount / 25);
  const notice = page.locator('section[aria-labelledby="users-title"] .no-such-page');
  assert.match(await notice.textContent(), /There is no page 99999 of this table/);
  await notice.locator('button').click();
  await page.waitForFunction((p) => new URL(location.href).searchParams.get('up') === String(p), lastPage);
  await page.waitForSelector(`section[aria-labelledby="users-title"] .pager-label:has-text("Page ${lastPage} of ${lastPage}")`);
  assert.ok((await panelRows(page, 'users')).length > 0, 'the last page has rows');
  // Top domains, the same.
  await ready(page, 'domains');
  const domains = page.locator('section[aria-labelledby="domains-title"] .no-such-page');
  assert.match(await domains.textContent(), /no page 99999/);
  await domains.locator('button').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('dp') !== '99999');
  await ready(page, 'domains');
  assert.ok((await panelRows(page, 'domains')).length > 0);
  await page.close();

  // A country the data has stays plain; one it does not have is marked.
  const countries = tableRows(await call('getTable', '36', from, to, {}, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const known = countries[0].country;
  const second = await open(1280, `&country=Atlantis&country=${encodeURIComponent(known)}`);
  await second.page.waitForSelector('.chip.unknown-value', { timeout: 20_000 });
  const marked = await second.page.$$eval('.chip.unknown-value', (chips) => chips.map((c) => c.textContent));
  assert.equal(marked.length, 1, marked.join(' | '));
  assert.match(marked[0], /Atlantis.*not in the data for these dates/);
  assert.deepEqual(second.page.problems, []);
  await second.page.close();
});

test('engagement per user says what it counts, and a user without a play has no completion (N/A, not 0 %)', async () => {
  const { page } = await open(1280, `&users=1&us=${encodeURIComponent('+count_plays')}`);
  await page.waitForSelector('.users-table[data-ready="true"]', { timeout: 20_000 });
  assert.match(await page.textContent('.users-table .table-count'), /^[\d,]+ users who loaded the player; Unique viewers counts only those who played$/);
  const cells = await page.$$eval('.users-table tbody tr[data-key]', (trs) => trs.map((tr) => ({
    plays: Number(tr.querySelector('td[data-col="count_plays"]').dataset.value),
    completion: tr.querySelector('td[data-col="avg_completion_rate"] .value').textContent,
    total: tr.querySelector('td[data-col="total_completion_rate"] .value').textContent,
  })));
  const idle = cells.filter((c) => c.plays === 0);
  assert.ok(idle.length > 0, 'sorted by fewest plays, the first page has users who never played');
  for (const c of idle) assert.deepEqual([c.completion, c.total], ['N/A', 'N/A']);
  for (const c of cells.filter((x) => x.plays > 0)) assert.match(c.completion, /%$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('tables fit at 1280 px; narrower, they scroll with a visible cue, and "+ Filter" brings the row name back into view', async () => {
  const { page } = await open(1280, '&lang=de&users=1');
  await page.waitForSelector('.users-table[data-ready="true"]', { timeout: 20_000 });
  for (const panel of ['countries', 'devices', 'domains']) await ready(page, panel);
  const boxes = await page.$$eval('.table-scroll:has(> .breakdown)', (els) => els.map((el) => ({
    panel: el.closest('section').getAttribute('aria-labelledby'),
    hiddenColumns: el.scrollWidth - el.clientWidth,
    hiddenRows: el.scrollHeight - el.clientHeight,
  })));
  assert.equal(boxes.length, 4);
  for (const b of boxes) assert.deepEqual([b.hiddenColumns <= 1, b.hiddenRows <= 1], [true, true], `${b.panel}: ${JSON.stringify(b)}`);
  await page.close();

  const narrow = await openPage(browser.context, 900);
  await narrow.goto(`${server.url}/entry/0_cellbio1?tz=UTC&lang=de&ks=${encodeURIComponent(ks)}`);
  await ready(narrow, 'domains');
  const scroller = narrow.locator('section[aria-labelledby="domains-title"] .table-scroll');
  const state = await scroller.evaluate((el) => ({ over: el.scrollWidth - el.clientWidth, cue: getComputedStyle(el).backgroundImage }));
  assert.ok(state.over > 0, 'the domains table is wider than 900 px');
  assert.match(state.cue, /radial-gradient/, 'the edge with more to see is shaded');
  await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await narrow.locator('section[aria-labelledby="domains-title"] .row-filter').first().click();
  await narrow.waitForFunction(() => location.search.includes('domain='));
  await ready(narrow, 'domains');
  assert.equal(await scroller.evaluate((el) => el.scrollLeft), 0, 'the row names are in view again');
  assert.deepEqual(narrow.problems, []);
  await narrow.close();
});

test('an image leads with what it has: impressions in the chart, the rankings, the bars and the map, no rows of zero plays', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_diagrm05?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"]', { timeout: 20_000 });
  const from = Number(await page.getAttribute('.entry-page', 'data-from'));
  const to = Number(await page.getAttribute('.entry-page', 'data-to'));
  const img = (action, type, extra = {}, filter = {}) => reportCall(server, ks, action, type, { entryIdIn: '0_diagrm05', fromDate: from, toDate: to, ...filter }, extra);
  assert.match(await page.textContent('.lead-note'), /follow player impressions/);
  assert.equal(await page.$eval('.trend-controls select', (s) => s.value), 'count_loads', 'the chart opens on impressions');
  for (const panel of ['countries', 'devices', 'domains']) await ready(page, panel);
  // Countries: every country with its impressions, most first; no play columns.
  const countries = tableRows(await img('getTable', '36', { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' }));
  const shown = await panelRows(page, 'countries');
  assert.deepEqual(Object.keys(shown[0].values), ['count_loads', 'share_of_impressions']);
  const expected = countries.map((r) => Number(r.count_loads)).sort((a, b) => b - a);
  assert.deepEqual(shown.map((r) => r.values.count_loads), expected);
  assert.ok(expected[0] > 0);
  // Devices: bars say impressions.
  assert.match(await page.textContent('section[aria-labelledby="devices-title"] .hbar-value'), /impressions?$/);
  // Domains: the service's order by impressions.
  const domains = tableRows(await img('getTable', '6', { pager: { pageSize: 10, pageIndex: 1 }, order: '-count_loads' }, { objectType: 'KalturaReportInputFilter' }));
  assert.ok(domains.length > 0);
  assert.deepEqual((await panelRows(page, 'domains')).map((r) => r.key), domains.map((r) => r.domain_name));
  // A played video keeps plays first.
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"]', { timeout: 20_000 });
  assert.equal(await page.$('.lead-note'), null);
  assert.equal(await page.$eval('.trend-controls select', (s) => s.value), 'count_plays');
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Downloads a panel's CSV and returns its table's lines (header first) after its title line. */
async function panelCsv(page, panel, title) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(`section[aria-labelledby="${panel}-title"] .export-csv`),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n');
  const head = lines.indexOf(title);
  assert.ok(head > 0, `${title} in the file`);
  const rows = [];
  for (const line of lines.slice(head + 1)) {
    if (line === '') break;
    rows.push(line);
  }
  return rows;
}

test('a paged table exports whole: every user with their id, every domain, rates as percents', async () => {
  const { page, from, to } = await open(1280, '&users=1');
  await page.waitForSelector('.users-table[data-ready="true"]', { timeout: 20_000 });
  const api = await call('getTable', '13', from, to, {}, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' });
  assert.ok(api.totalCount > 25, 'more users than one page');
  const users = await panelCsv(page, 'users', 'Engagement per user');
  assert.equal(users[0], 'User,User ID,Player impressions,Plays,Avg. completion (%),Total completion (%),Minutes viewed');
  assert.equal(users.length - 1, api.totalCount, 'every user, not the 25 on screen');
  const ids = users.slice(1).map((l) => l.split(',')[1]);
  assert.deepEqual(ids.slice(0, 60), tableRows(api).slice(0, 60).map((r) => r.name), 'in the table\'s order, with ids');
  // Top domains: every domain, shares and ratios as percents.
  await ready(page, 'domains');
  const plain = { objectType: 'KalturaReportInputFilter' };
  const domainsApi = await call('getTable', '6', from, to, plain, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_plays' });
  const domains = await panelCsv(page, 'domains', 'Top domains');
  assert.match(domains[0], /^Domain,Plays,Plays distribution \(%\),Player impressions,Play \/ impression ratio \(%\),/);
  assert.equal(domains.length - 1, domainsApi.totalCount);
  const first = tableRows(domainsApi)[0];
  const row = domains[1].split(',');
  assert.equal(row[0], first.domain_name);
  assert.ok(Math.abs(Number(row[4]) - Number(first.load_play_ratio) * 100) < 1e-3, 'the ratio as a percent');
  assert.deepEqual(page.problems, []);
  await page.close();
});
