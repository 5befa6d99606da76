// The interactive path page against report-server's demo path: top metrics equal report 49, the videos
// overview equals report 50 joined with the structure (deleted node kept), the flow has a link per
// switching hotspot, and a node's page lists its hotspots with the clicks of reports 55/54, by mouse and
// keyboard, at 1280 and 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, hasHorizontalOverflow, ks, openPage, reportCall, screenshot, server, tableRows, totals, useSetUp } from './harness.mjs';

const PATH = '0_path0006';
useSetUp();

/** One report call with the page's filter plus `filter` fields and `extra` arguments. */
function call(action, reportType, from, to, filter = {}, extra = {}) {
  return reportCall(server, ks, action, reportType, { rootEntryIdIn: PATH, fromDate: from, toDate: to, ...filter }, extra);
}


async function open(width, query = '') {
  const page = await openPage(browser.context, width);
  await page.goto(`${server.url}/interactive/${PATH}?tz=UTC&range=last90days${query}&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"]', { timeout: 20_000 });
  const from = Number(await page.getAttribute('.entry-page', 'data-from'));
  const to = Number(await page.getAttribute('.entry-page', 'data-to'));
  return { page, from, to };
}

test('top metrics and the videos overview equal reports 49 and 50; deleted nodes are kept', async () => {
  const { page, from, to } = await open(1280);
  assert.match(await page.textContent('.entry-meta'), /Interactive video/);
  const sum = totals(await call('getTotal', '49', from, to));
  for (const m of ['count_loads', 'count_plays', 'unique_viewers', 'sum_view_period']) {
    const shown = Number(await page.getAttribute(`.card[data-metric="${m}"] .card-value`, 'data-value'));
    assert.equal(shown, sum[m], m);
  }
  assert.equal(await page.$('.card[data-metric="avg_completion_rate"]'), null, 'no completion card on a path');
  await page.waitForSelector('section[aria-labelledby="videos-title"][data-ready="true"] tr[data-key]');
  const api = tableRows(await call('getTable', '50', from, to, { objectType: 'KalturaReportInputFilter' }, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_node_plays' }));
  const shown = await page.$$eval('section[aria-labelledby="videos-title"] tr[data-key]', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.dataset.key, Number(tr.querySelector('td[data-col="count_node_plays"]').dataset.value)])));
  for (const r of api.filter((r) => r.node_id !== '0')) {
    assert.equal(shown[r.node_id], Number(r.count_node_plays), `plays of node ${r.node_id}`);
  }
  assert.match(await page.textContent('section[aria-labelledby="videos-title"] tr[data-key="n11"]'), /Deleted/);
  assert.match(await page.textContent('section[aria-labelledby="videos-title"] tr[data-key="n1"]'), /Start of the path/);
  const levels = await page.$$eval('section[aria-labelledby="videos-title"] tr[data-key] td[data-col="level"]', (tds) => tds.map((td) => Number(td.dataset.value)).filter((x) => !Number.isNaN(x)));
  assert.ok(Math.max(...levels) >= 4, 'several levels');
  assert.deepEqual(levels, [...levels].sort((a, b) => a - b), 'sorted by level');
  await page.waitForSelector('section[aria-labelledby="flow-title"] .echart canvas');

  await page.click('section[aria-labelledby="videos-title"] th button.sort:has-text("Plays")');
  await page.waitForFunction(() => location.search.includes('vs=-count_node_plays'));
  await page.waitForFunction(() => document.querySelector('section[aria-labelledby="videos-title"] th:has(button.sort) + th')?.getAttribute('aria-sort') !== null);
  const byPlays = await page.$$eval('section[aria-labelledby="videos-title"] tr[data-key] td[data-col="count_node_plays"]', (tds) => tds.map((td) => Number(td.dataset.value)));
  assert.deepEqual(byPlays, [...byPlays].sort((a, b) => b - a), 'sorted by plays, largest first');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the flow table lists every switching hotspot with report 55 clicks', async () => {
  const { page, from, to } = await open(1280);
  await page.waitForSelector('section[aria-labelledby="flow-title"][data-ready="true"]');
  await page.click('section[aria-labelledby="flow-title"] .table-toggle');
  await page.waitForSelector('section[aria-labelledby="flow-title"] .table-scroll tbody tr');
  const cells = await page.$$eval('section[aria-labelledby="flow-title"] .table-scroll tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const switches = tableRows(await call('getTable', '55', from, to, {}, { pager: { pageSize: 500, pageIndex: 1 } }))
    .filter((r) => r.hotspot_id !== 'Unknown');
  const clicks = cells.map((c) => Number(c[3].replace(/,/g, '')));
  for (const s of switches) {
    assert.ok(clicks.includes(Number(s.count_node_switch)), `a link with ${s.count_node_switch} switches (${s.hotspot_id}) in ${JSON.stringify(cells)}`);
  }
  assert.ok(cells.some((c) => c[2].startsWith('https://')), 'the external link is in the flow');
  assert.ok(new URL(page.url()).searchParams.get('tables')?.includes('flow'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a node opens by keyboard: its hotspots, clicks, and when in the node they were clicked', async () => {
  const { page, from, to } = await open(1280);
  await page.waitForSelector('section[aria-labelledby="videos-title"][data-ready="true"]');
  await page.focus('section[aria-labelledby="videos-title"] tr[data-key="n2"] button.drill');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('node=n2'));
  await page.waitForSelector('section[aria-labelledby="node-title"][data-ready="true"] tr[data-key]', { timeout: 20_000 });
  const nodeFilter = { rootEntryIdIn: undefined, nodeIdsIn: 'n2' };
  const switches = tableRows(await call('getTable', '55', from, to, nodeFilter, { pager: { pageSize: 500, pageIndex: 1 } }));
  const shown = await page.$$eval('section[aria-labelledby="node-title"] tr[data-key]', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.dataset.key, Number(tr.querySelector('td[data-col="count_hotspot_clicked"]').dataset.value)])));
  for (const s of switches) assert.equal(shown[s.hotspot_id], Number(s.count_node_switch), s.hotspot_id);
  assert.deepEqual(Object.keys(shown).sort(), ['h4', 'h5', 'h6']);
  // Retention of the node itself (report 43 by node).
  const pct = tableRows(await call('getTable', '43', from, to, nodeFilter, { pager: { pageSize: 500, pageIndex: 1 } }));
  assert.match(await page.textContent('section[aria-labelledby="node-title"] .readout'), new RegExp(`${Number(pct[1].count_viewers).toLocaleString('en-US')} views`));

  await page.click('section[aria-labelledby="node-title"] tr[data-key="h4"] button.row-expand');
  await page.waitForSelector('.hotspot-clicks[data-ready="true"] .click-timeline');
  const label = await page.getAttribute('.click-timeline', 'aria-label');
  const clicks = tableRows(await call('getTable', '57', from, to, { hotspotIdIn: 'h4' }, { pager: { pageSize: 500, pageIndex: 1 } }));
  const all = clicks.filter((r) => Number(r.percentile) >= 1).reduce((a, r) => a + Number(r.count_node_switch), 0);
  assert.match(label, new RegExp(`${all.toLocaleString('en-US')} in all`));
  assert.ok((await page.$$('.click-bar.outside')).length > 0, 'outside the active window is greyed');

  await page.focus('section[aria-labelledby="node-title"] .breadcrumb button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.search.includes('node='));
  await page.waitForSelector('section[aria-labelledby="videos-title"]');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the path page at 1280 and 390 px: no overflow, the node page works on a phone', async () => {
  for (const width of [1280, 390]) {
    const { page } = await open(width);
    await page.waitForSelector('section[aria-labelledby="flow-title"][data-ready="true"] .echart canvas');
    assert.equal(await hasHorizontalOverflow(page), false, `no horizontal overflow at ${width}px`);
    await screenshot(page, 'interactive');
    await page.goto(page.url().replace('range=last90days', 'range=last90days&node=n4&hx=h8'));
    await page.waitForSelector('.hotspot-clicks[data-ready="true"]', { timeout: 20_000 });
    assert.equal(await hasHorizontalOverflow(page), false, `node page: no horizontal overflow at ${width}px`);
    await screenshot(page, 'interactive-node');
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('an address naming a node the path does not have says so and leads back to the overview', async () => {
  const { page } = await open(1280, '&node=zzz');
  await page.waitForSelector('#node-title', { timeout: 20_000 });
  assert.equal(await page.textContent('#node-title'), 'No such video in this path');
  assert.match(await page.textContent('section[aria-labelledby="node-title"] [role="status"]'), /“zzz” that this path does not have/);
  await page.click('section[aria-labelledby="node-title"] button:has-text("Back to the videos overview")');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('node'));
  await page.waitForSelector('#node-title', { state: 'detached' });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a pause hotspot is a pause, a deleted hotspot says so once, and a timeline says when its hotspot shows', async () => {
  const { page } = await open(1280, '&tables=flow');
  await page.waitForSelector('section[aria-labelledby="flow-title"] .table-scroll tbody tr', { timeout: 20_000 });
  const rows = await page.$$eval('section[aria-labelledby="flow-title"] .table-scroll tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const pause = rows.find((r) => r[1] === 'Pause and discuss');
  assert.ok(pause, JSON.stringify(rows));
  assert.equal(pause[2], 'Pauses the video');
  assert.ok(!rows.some((r) => r[2] === 'Unknown'), 'no link leads to "Unknown"');
  // On the start node's page, the deleted hotspot to the deleted video.
  await page.goto(page.url().replace(/&tables=flow/, '') + '&node=n1');
  await page.waitForSelector('section[aria-labelledby="node-title"][data-ready="true"] tr[data-key="h15"]', { timeout: 20_000 });
  const deleted = await page.textContent('tr[data-key="h15"] th');
  assert.equal((deleted.match(/deleted/gi) ?? []).length, 2, `the hotspot's and its video's names, once each: ${deleted}`);
  assert.ok(!deleted.includes('· deleted'), deleted);
  // The pause hotspot's own node lists it as a pause, and its timeline reads as one sentence.
  await page.goto(page.url().replace('node=n1', 'node=n5'));
  await page.waitForSelector('section[aria-labelledby="node-title"][data-ready="true"] tr[data-key="h14"]', { timeout: 20_000 });
  assert.match(await page.textContent('tr[data-key="h14"] th'), /Pauses the video/);
  await page.click('tr[data-key="h14"] button.row-expand');
  await page.waitForSelector('.hotspot-clicks[data-ready="true"] .heat-caption');
  assert.match(await page.textContent('.heat-caption'), /^[\d,]+ clicks in all; .+\. The hotspot is shown from \d+:\d\d to \d+:\d\d; the bars outside that time are greyed\.$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('compare on a path: every figure of the overview has its compare value, the level none', async () => {
  const { page } = await open(1280, '&cmp=prev');
  await page.waitForSelector('section[aria-labelledby="videos-title"][data-ready="true"] tr[data-key]', { timeout: 20_000 });
  const cf = Number(await page.getAttribute('.entry-page', 'data-compare-from'));
  const ct = Number(await page.getAttribute('.entry-page', 'data-compare-to'));
  const plain = { objectType: 'KalturaReportInputFilter' };
  const before = tableRows(await call('getTable', '50', cf, ct, plain, { pager: { pageSize: 500, pageIndex: 1 }, order: '-count_node_plays' }));
  const switches = tableRows(await call('getTable', '55', cf, ct, {}, { pager: { pageSize: 500, pageIndex: 1 } }));
  const cells = await page.$$eval('section[aria-labelledby="videos-title"] tr[data-key]', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.key,
    Object.fromEntries([...tr.querySelectorAll('td[data-col]')].map((td) => [td.dataset.col, td.querySelector('.previous')?.dataset.previous ?? null]))])));
  const n2 = before.find((r) => r.node_id === 'n2');
  assert.ok(n2, 'node n2 was played in the compare period');
  assert.equal(cells.n2.level, null, 'a level has no compare value');
  assert.equal(Number(cells.n2.count_node_plays), Number(n2.count_node_plays));
  assert.equal(Number(cells.n2.unique_known_users), Number(n2.unique_known_users));
  assert.ok(Math.abs(Number(cells.n2.avg_completion_rate) - Number(n2.avg_completion_rate)) < 1e-6);
  // Left the path: plays minus the switches out of the node (report 55 rows of its hotspots h4–h6).
  const out = switches.filter((r) => ['h4', 'h5', 'h6'].includes(r.hotspot_id)).reduce((a, r) => a + Number(r.count_node_switch), 0);
  assert.equal(Number(cells.n2.exits), Math.max(0, Number(n2.count_node_plays) - out));
  for (const col of ['count_node_plays', 'unique_known_users', 'avg_completion_rate', 'exits']) {
    assert.ok(Object.values(cells).every((c) => c[col] !== null && c[col] !== 'NaN'), `${col}: every video has its compare value`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});
