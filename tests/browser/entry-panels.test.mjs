// The entry page's chart panels against report-server: views on playback, metrics over time and the
// funnel show the API's numbers, their table twins match, and their controls work by keyboard and URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, hasHorizontalOverflow, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

useSetUp();

async function call(action, reportType, from, to, extra = {}) {
  const res = await fetch(`${server.url}/api_v3/service/report/action/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ks, format: 1, reportType,
      reportInputFilter: { objectType: 'KalturaEndUserReportInputFilter', entryIdIn: '0_cellbio1', fromDate: from, toDate: to, timeZone: 'UTC', timeZoneOffset: 0, interval: 'days' },
      responseOptions: { delimiter: '|', skipEmptyDates: false },
      ...extra,
    }),
  });
  return res.json();
}

function row(obj) {
  const h = obj.header.split('|');
  const d = obj.data.split('|');
  return Object.fromEntries(h.map((k, i) => [k, Number(d[i])]));
}

async function open(width, query = '') {
  const page = await openPage(browser.context, width);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC${query}&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 20_000 });
  await page.waitForSelector('.echart canvas', { timeout: 20_000 });
  const from = Number(await page.getAttribute('.entry-page', 'data-from'));
  const to = Number(await page.getAttribute('.entry-page', 'data-to'));
  return { page, from, to };
}

test('views on playback: table twin equals report 43, keyboard cursor reads points', async () => {
  const { page, from, to } = await open(1280);
  // The first view draws line charts only, with the charts core. The module with the map and graph
  // chart types and the tooltip is asked for only once the charts are drawn; the map data not at all.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
  const core = loaded.find((r) => r.path === '/vendor/charts/echarts-core.js');
  assert.ok(core, 'the charts core loads with the first view');
  assert.ok(!loaded.some((r) => r.path.endsWith('world.json')), `deferred: ${loaded.map((r) => r.path).join(' ')}`);
  const extraLoad = loaded.find((r) => r.path.endsWith('echarts-extra.js'));
  assert.ok(!extraLoad || extraLoad.start >= core.end, 'the extra module waits for the first view');
  // Then the charts get their tooltips, without being drawn again from scratch.
  await page.waitForFunction(() => {
    const chart = window.echarts?.getInstanceByDom(document.querySelector('#playback-title ~ .chart-frame .echart, .echart'));
    return (chart?.getOption().tooltip ?? []).length > 0;
  }, null, { timeout: 20_000 });
  // The first view runs from the main wasm module. The code of the panels below it is fetched once the
  // first view's data has come back; the filter panel's and the path page's code not at all.
  await page.waitForSelector('#countries-title');
  const timing = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
  const firstData = timing.find((r) => r.path.startsWith('/api_v3/'));
  const parts = timing.filter((r) => /^\/(split|chunk)_.*\.wasm$/.test(r.path));
  assert.ok(parts.some((r) => r.path.startsWith('/split_entry_breakdowns-')), `parts: ${timing.map((r) => r.path).join(' ')}`);
  assert.ok(!parts.some((r) => /^\/split_(filter_panel|path_panels)-/.test(r.path)), `parts: ${parts.map((r) => r.path).join(' ')}`);
  for (const part of parts) assert.ok(part.start >= firstData.end, `${part.path} was asked for before the first view's data came back`);
  const api = await call('getTable', '43', from, to, { pager: { pageSize: 500, pageIndex: 1 } });
  const rows = api.data.split(';').filter(Boolean).map((r) => r.split('|').map(Number));
  await page.click('#playback-title ~ .table-toggle');
  // The table's code comes in a chunk of its own the first time a table opens.
  await page.waitForSelector('#playback-title ~ .table-scroll tbody tr');
  const cells = await page.$$eval('#playback-title ~ .table-scroll tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/,/g, '')))));
  assert.equal(cells.length, 100);
  for (const p of [1, 38, 50, 100]) {
    assert.equal(cells[p - 1][1], rows[p][1], `views at ${p}%`);
    assert.equal(cells[p - 1][2], rows[p][2], `unique viewers at ${p}%`);
  }
  assert.ok((await page.$$('.moments li')).length >= 1, 'key moments are marked');
  const slider = page.locator('.cursor-control input');
  await slider.focus();
  await page.keyboard.press('End');
  assert.match(await page.textContent('.readout'), /\(100%\)/);
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.textContent('.readout'), /\(99%\)/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('metrics over time: daily points sum to the total; monthly and metric choices live in the URL', async () => {
  const { page, from, to } = await open(1280);
  const totals = row(await call('getTotal', '13', from, to));
  await page.click('#trend-title ~ .table-toggle');
  await page.waitForSelector('#trend-title ~ .table-scroll tbody tr');
  const plays = await page.$$eval('#trend-title ~ .table-scroll tbody tr', (trs) =>
    trs.map((tr) => Number(tr.querySelectorAll('td')[1].textContent.replace(/,/g, ''))));
  assert.equal(plays.length, 30, 'one row per day');
  assert.equal(plays.reduce((a, b) => a + b, 0), totals.count_plays);
  await page.selectOption('.trend-controls select >> nth=0', 'unique_viewers');
  await page.waitForFunction(() => location.search.includes('m=unique_viewers'));
  await page.selectOption('.trend-controls select >> nth=1', 'avg_completion_rate');
  await page.waitForFunction(() => location.search.includes('m2=avg_completion_rate'));
  await page.click('.segmented button:has-text("Monthly")');
  await page.waitForFunction(() => location.search.includes('g=m'));
  await page.waitForSelector('.entry-page[data-ready="true"]');
  await page.waitForFunction(() => document.querySelector('#trend-title ~ .table-scroll caption')?.textContent.includes('month'));
  const months = await page.$$eval('#trend-title ~ .table-scroll tbody tr', (trs) => trs.length);
  assert.ok(months >= 1 && months <= 2, `30 days span one or two months, got ${months}`);
  await page.reload();
  await page.waitForSelector('.entry-page[data-ready="true"] .segmented');
  assert.equal(await page.getAttribute('.segmented button:has-text("Monthly")', 'aria-pressed'), 'true');
  assert.equal(await page.$eval('.trend-controls select', (s) => s.value), 'unique_viewers');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('funnel: steps equal report 2; the last step is selectable', async () => {
  const { page, from, to } = await open(1280);
  const f = row(await call('getTotal', '2', from, to));
  const counts = async () => page.$$eval('.funnel-column:first-child .funnel-step', (li) => li.map((l) => Number(l.dataset.count)));
  assert.deepEqual(await counts(), [f.count_loads, f.count_plays, f.count_plays_50]);
  await page.selectOption('.funnel-pick select', '100');
  await page.waitForFunction(() => location.search.includes('q=100'));
  await page.waitForFunction((n) => document.querySelectorAll('.funnel-column:first-child .funnel-step')[2]?.dataset.count === String(n), f.count_plays_100);
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const width of [1280, 390]) {
  test(`the whole entry page with compare at ${width} px`, async () => {
    const { page } = await open(width, '&cmp=prev');
    await page.waitForSelector('.funnel-column:nth-child(2)');
    assert.equal(await hasHorizontalOverflow(page), false, 'no horizontal overflow');
    await screenshot(page, 'entry-page-compare');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('chart numbers read as the page writes them: a % axis and tooltip for rates, separators for counts', async () => {
  const { page } = await open(1280, '&m=avg_completion_rate&m2=count_loads&range=12m');
  const chart = 'section[aria-labelledby="trend-title"] .echart';
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const c = el && window.echarts?.getInstanceByDom(el);
    return c && (c.getOption().tooltip ?? []).length > 0;
  }, chart, { timeout: 20_000 });
  const read = await page.evaluate((sel) => {
    const o = window.echarts.getInstanceByDom(document.querySelector(sel)).getOption();
    return {
      rateAxis: o.yAxis[0].axisLabel.formatter(53.241206030151),
      countAxis: o.yAxis[1].axisLabel.formatter(12345),
      rateTip: o.series[0].tooltip.valueFormatter(53.241206030151),
      countTip: o.series[1].tooltip.valueFormatter(12345),
      missing: o.series[0].tooltip.valueFormatter(undefined),
    };
  }, chart);
  assert.deepEqual(read, { rateAxis: '53.2%', countAxis: '12,345', rateTip: '53.2%', countTip: '12,345', missing: '—' });
  // The tooltip a reader sees says it the same way.
  await page.evaluate((sel) => window.echarts.getInstanceByDom(document.querySelector(sel)).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 3 }), chart);
  const tip = await page.evaluate((sel) => [...document.querySelector(sel).querySelectorAll('div')].map((d) => d.innerText).find((t) => t.includes('%')) ?? '', chart);
  assert.match(tip, /\d+\.\d%/, tip);
  assert.doesNotMatch(tip, /\d\.\d{3,}/, `no raw floats: ${tip}`);
  // In German, the same numbers in German.
  await page.selectOption('.language-picker select', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && window.echarts?.getInstanceByDom(el)?.getOption().yAxis?.length === 2;
  }, chart, { timeout: 20_000 });
  const german = await page.evaluate((sel) => {
    const o = window.echarts.getInstanceByDom(document.querySelector(sel)).getOption();
    return [o.yAxis[0].axisLabel.formatter(53.25), o.yAxis[1].axisLabel.formatter(12345)];
  }, chart);
  assert.match(german[0], /^53,[23]%$/);
  assert.equal(german[1], '12.345');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('"View details" shows the compare period too: its day and each metric then, beside now', async () => {
  const { page } = await open(1280, '&cmp=prev');
  const cf = Number(await page.getAttribute('.entry-page', 'data-compare-from'));
  const ct = Number(await page.getAttribute('.entry-page', 'data-compare-to'));
  await page.click('#trend-title ~ .table-toggle');
  await page.waitForSelector('#trend-title ~ .table-scroll tbody tr');
  const headers = await page.$$eval('#trend-title ~ .table-scroll thead th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(headers.slice(0, 2), ['Day', 'Day (compare)']);
  const at = headers.indexOf('Plays');
  assert.equal(headers[at + 1], 'Plays (compare)');
  const rows = await page.$$eval('#trend-title ~ .table-scroll tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  // The row header is a th; the cells follow it.
  const previousPlays = rows.map((r) => Number(r[at + 1].replace(/,/g, '')));
  const before = row(await call('getTotal', '13', cf, ct));
  assert.equal(previousPlays.reduce((a, b) => a + b, 0), before.count_plays, 'the compare column sums to the compare period');
  assert.match(rows[0][1], /^[A-Z][a-z]{2} \d+$/, 'the compare period\'s day');
  assert.deepEqual(page.problems, []);
  await page.close();
});
