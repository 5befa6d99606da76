// Embedded in a portal's iframe (public/embed-demo.html plays the portal, on a different origin:
// 127.0.0.1 hosts localhost): the Kaltura handshake (analyticsInit → init → analyticsInitComplete), the KS
// never in the URL, height reports in both formats, updateFilters and toggleContrastTheme from the host,
// view changes reported back, and messages from any other origin ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

useSetUp();
/** The dashboard's origin as the portal frames it (another origin than the portal's 127.0.0.1). */
const dashboard = () => server.url.replace('127.0.0.1', 'localhost');

/** Waits until the dashboard has sent no height report for 700 ms (the host resizes its iframe on each). */
async function layoutQuiet(page) {
  await page.waitForFunction(() => {
    const count = window.received.filter((m) => m.messageType === 'updateLayout').length;
    const now = performance.now();
    if (window.layoutCount !== count) {
      window.layoutCount = count;
      window.layoutAt = now;
      return false;
    }
    return now - window.layoutAt > 700;
  }, null, { polling: 100, timeout: 15_000 });
}

test('the host handshake brings the dashboard up without a KS in any URL', async () => {
  const page = await openPage(browser.context, 1280, 1000);
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard())}`);
  const frame = page.frameLocator('#dash');
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  const inner = page.frames().find((f) => f.url().startsWith(dashboard()));
  assert.ok(inner, 'the dashboard frame');
  assert.ok(!inner.url().includes('ks='), 'no KS in the iframe URL');
  assert.equal(await inner.evaluate(() => { try { return JSON.stringify(sessionStorage); } catch { return 'refused'; } }).then((s) => s.includes('ks')), false, 'no KS in storage');
  await page.waitForFunction(() => window.received.some((m) => m.subject === 'lti.frameResize'));
  const received = await page.evaluate(() => window.received);
  const types = received.map((m) => m.messageType ?? m.subject);
  assert.equal(types[0], 'analyticsInit');
  assert.ok(types.includes('analyticsInitComplete'));
  const layout = received.find((m) => m.messageType === 'updateLayout');
  assert.ok(layout.payload.height > 300, `a real content height: ${layout.payload.height}`);
  // The host changes the date filter with Kaltura's names.
  await page.click('#last7');
  await frame.locator('.date-controls select').first().evaluate((s) => new Promise((ok) => {
    const check = () => (s.value === '7d' ? ok() : setTimeout(check, 50));
    check();
  }));
  await frame.locator('.entry-page[data-ready="true"]').waitFor();
  // And asks for the high-contrast theme.
  await page.click('#contrast');
  await frame.locator('body.high-contrast').waitFor({ state: 'attached' });
  // A change made inside the dashboard is reported to the host.
  await frame.locator('.date-controls select').nth(1).selectOption('prev');
  await page.waitForFunction(() => window.received.some((m) => m.messageType === 'navigate' && m.payload.cmp === 'prev'), null, { timeout: 15_000 }).catch(async (e) => {
    console.log('last messages:', JSON.stringify(await page.evaluate(() => window.received.slice(-4))));
    throw e;
  });
  const innerAfter = page.frames().find((f) => f.url().startsWith(dashboard()));
  assert.match(innerAfter.url(), /hostOrigin=/, 'the host origin survives the dashboard rewriting its address');
  await frame.locator('.entry-page[data-ready="true"] .previous').first().waitFor();
  // The header's back button asks the host to go back to the media page. The host resizes the iframe on every
  // height report, which moves what the mouse aims at: click once the reports have stopped.
  await layoutQuiet(page);
  await frame.locator('button.back').click();
  await page.waitForFunction(() => window.received.some((m) => m.messageType === 'navigateBack'), null, { timeout: 10_000 }).catch(async (e) => {
    console.log('last messages:', JSON.stringify(await page.evaluate(() => window.received.slice(-6))));
    throw e;
  });
  await screenshot(page, 'embedded-in-portal');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('several host origins may be configured', async () => {
  const page = await openPage(browser.context, 390);
  const hosts = `https://kms.example,${server.url}`;
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard())}&hostOrigin=${encodeURIComponent(hosts)}`);
  await page.frameLocator('#dash').locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('another origin cannot drive the dashboard', async () => {
  // This portal frames a dashboard that trusts a different host, then sends it an init anyway.
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/embed-demo.html?ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard())}&hostOrigin=${encodeURIComponent('https://portal.example')}`);
  const frame = page.frameLocator('#dash');
  await frame.locator('main h1').waitFor({ timeout: 20_000 });
  await page.evaluate((k) => window.send({ messageType: 'init', payload: { ks: k } }), ks);
  await page.waitForTimeout(500);
  assert.match(await frame.locator('main h1').textContent(), /Connecting to your video portal/);
  const received = await page.evaluate(() => window.received);
  assert.equal(received.length, 0, 'nothing is posted to an origin other than the configured host');
  await page.close();
});

test("the host's navigate opens the interactive path page", async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard())}`);
  const frame = page.frameLocator('#dash');
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  await page.evaluate(() => window.send({ messageType: 'navigate', payload: { url: '/analytics/playlist', queryParams: { id: '0_path0006' } } }));
  await frame.locator('.entry-meta:has-text("Interactive video")').waitFor({ timeout: 20_000 });
  await frame.locator('section[aria-labelledby="videos-title"][data-ready="true"]').waitFor({ timeout: 20_000 });
  const inner = page.frames().find((f) => f.url().startsWith(dashboard()));
  assert.match(inner.url(), /\/interactive\/0_path0006\?/);
  assert.ok(!inner.url().includes('ks='), 'no KS in the iframe URL');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a host bridge whose code cannot be fetched says so, and Retry brings the handshake', async () => {
  // The code that talks to the host is a chunk only embedded pages fetch.
  const page = await openPage(browser.context, 1280, 1000);
  let offline = true;
  await page.route(/\/split_host_bridge-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${server.url}/embed-demo.html?tz=UTC&ks=${encodeURIComponent(ks)}&dashboard=${encodeURIComponent(dashboard())}`);
  const frame = page.frameLocator('#dash');
  const failed = frame.locator('.panel-error', { hasText: 'This part of the page could not be loaded' });
  await failed.waitFor({ timeout: 20_000 });
  assert.equal((await page.evaluate(() => window.received)).length, 0, 'no handshake without its code');
  offline = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await frame.locator('.entry-page[data-ready="true"] .card-value').first().waitFor({ timeout: 20_000 });
  const types = (await page.evaluate(() => window.received)).map((m) => m.messageType ?? m.subject);
  assert.equal(types[0], 'analyticsInit');
  assert.ok(types.includes('analyticsInitComplete'));
  await page.close();
});
