// The app shell: built by Trunk, served by report-server on 127.0.0.1, rendered by the wasm app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, hasHorizontalOverflow, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

useSetUp();

for (const width of [1280, 390]) {
  test(`the start page renders the product frame at ${width} px`, async () => {
    const page = await openPage(browser.context, width);
    await page.goto(`${server.url}/`);
    await page.waitForSelector('header .brand');
    assert.equal(await page.textContent('header .brand'), 'entrylens');
    assert.equal(await page.textContent('main h1'), 'entrylens');
    assert.equal(await page.locator('main#main').count(), 1, 'one main landmark');
    assert.equal(await hasHorizontalOverflow(page), false, 'no horizontal overflow');
    await screenshot(page, 'shell-home');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('an unknown path shows a not-found page inside the frame, not a blank page', async () => {
  const page = await openPage(browser.context, 1280);
  const response = await page.goto(`${server.url}/no/such/page`);
  assert.equal(response.status(), 200, 'index.html answers deep links');
  await page.waitForSelector('main h1');
  assert.equal(await page.textContent('main h1'), 'Page not found');
  assert.equal(await page.textContent('header .brand'), 'entrylens');
  await page.click('main a[href="/"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'entrylens');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('ECharts is served from our own origin, its core apart from the map and graph module', async () => {
  const core = await fetch(`${server.url}/vendor/charts/echarts-core.js`);
  assert.equal(core.status, 200);
  const coreText = await core.text();
  assert.match(coreText, /globalThis\.echarts=/);
  const shared = coreText.match(/from"\.\/(shared-[A-Z0-9]+\.js)"/);
  assert.ok(shared, 'the core imports the shared chunk');
  const chunk = await fetch(`${server.url}/vendor/charts/${shared[1]}`);
  assert.equal(chunk.status, 200);
  assert.ok((await chunk.text()).length > 300_000, 'the shared chunk holds ECharts itself');
  const extra = await fetch(`${server.url}/vendor/charts/echarts-extra.js`);
  assert.equal(extra.status, 200);
  assert.match(await extra.text(), /echartsExtra/);
});

test('the API answers on the same origin as the app', async () => {
  // The file's KS (from useSetUp) is valid.
  const res = await fetch(`${server.url}/api_v3/service/baseentry/action/get`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ks, entryId: '0_cellbio1', format: 1 }),
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  const entry = await res.json();
  assert.equal(entry.objectType, 'KalturaMediaEntry');
  assert.equal(entry.name, 'Welcome to Cell Biology');
});
