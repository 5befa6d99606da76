// Chart colours follow the page's theme: every chart is drawn in the colours of style/main.css's
// `--chart-*` variables, and switching the theme (the browser's colour scheme, or the host's
// high-contrast theme, a class on the body) draws the charts that are on screen again in the new ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, ks, openPage, screenshot, server, useSetUp } from './harness.mjs';

useSetUp();

/** The colours the chart of `selector` (a panel) was given, and the variables they must equal now. */
async function colours(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(`${selector} .echart`);
    const chart = el && window.echarts.getInstanceByDom(el);
    if (!chart) return null;
    const o = chart.getOption();
    const css = getComputedStyle(document.body);
    const v = (name) => css.getPropertyValue(name).trim();
    const text = JSON.stringify(o);
    return {
      series: o.color[0],
      axisText: o.xAxis[0].axisLabel.color,
      expected: { series: v('--chart-1'), axisText: v('--chart-text') },
      unresolved: text.includes('var(--'),
      background: o.backgroundColor,
      textColour: getComputedStyle(document.querySelector('h1')).color,
    };
  }, selector);
}

/** Waits until the chart of `selector` is drawn in the colours the page's variables have now. */
async function inThemeColours(page, selector) {
  await page.waitForFunction((selector) => {
    const el = document.querySelector(`${selector} .echart`);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    if (!chart) return false;
    const css = getComputedStyle(document.body);
    return chart.getOption().color[0] === css.getPropertyValue('--chart-1').trim();
  }, selector, { timeout: 15_000 });
  return colours(page, selector);
}

test('charts are drawn in the theme\'s colours and drawn again when the theme changes', async () => {
  const page = await openPage(browser.context, 1280);
  await page.goto(`${server.url}/entry/0_cellbio1?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('.entry-page[data-ready="true"] section[aria-labelledby="trend-title"] .echart canvas', { timeout: 20_000 });
  const trend = 'section[aria-labelledby="trend-title"]';
  const light = await inThemeColours(page, trend);
  assert.deepEqual({ series: light.series, axisText: light.axisText }, light.expected);
  assert.equal(light.unresolved, false, 'no colour is left as a variable');

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await inThemeColours(page, trend);
  assert.deepEqual({ series: dark.series, axisText: dark.axisText }, dark.expected);
  assert.notEqual(dark.series, light.series, 'the dark theme has its own colours');

  await page.evaluate(() => document.body.classList.add('high-contrast'));
  const contrast = await inThemeColours(page, trend);
  assert.deepEqual({ series: contrast.series, axisText: contrast.axisText }, contrast.expected);
  assert.notEqual(contrast.series, dark.series, 'the high-contrast theme has its own colours');
  assert.equal(contrast.axisText, '#000000');
  // The host's high-contrast theme is light even when the browser prefers dark: the charts leave
  // ECharts' dark base (its dark background) and the page's text is black on white.
  assert.ok(dark.background, 'the dark scheme draws on the dark base');
  assert.equal(contrast.background, undefined, 'high contrast draws on the light base');
  assert.equal(contrast.textColour, 'rgb(0, 0, 0)');
  await screenshot(page, 'theme-switched-charts');
  await page.close();
});

test('the interactive page\'s flow takes the theme too', async () => {
  const page = await openPage(browser.context, 1280);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.url}/interactive/0_path0006?tz=UTC&ks=${encodeURIComponent(ks)}`);
  await page.waitForSelector('section[aria-labelledby="flow-title"] .echart canvas', { timeout: 20_000 });
  const node = () => page.evaluate(() => {
    const el = document.querySelector('section[aria-labelledby="flow-title"] .echart');
    const o = window.echarts.getInstanceByDom(el).getOption();
    const n = o.series[0].data.find((d) => d.code && d.itemStyle && !d.itemStyle.borderType && !d.itemStyle.borderWidth);
    return { colour: n.itemStyle.color, expected: getComputedStyle(document.body).getPropertyValue('--chart-node').trim(), unresolved: JSON.stringify(o).includes('var(--') };
  });
  await page.waitForFunction(() => {
    const el = document.querySelector('section[aria-labelledby="flow-title"] .echart');
    return el && window.echarts.getInstanceByDom(el);
  });
  const dark = await node();
  assert.equal(dark.colour, dark.expected);
  assert.equal(dark.unresolved, false);
  await page.evaluate(() => document.body.classList.add('high-contrast'));
  await page.waitForFunction(() => {
    const el = document.querySelector('section[aria-labelledby="flow-title"] .echart');
    const o = window.echarts.getInstanceByDom(el)?.getOption();
    const want = getComputedStyle(document.body).getPropertyValue('--chart-node').trim();
    return o && o.series[0].data.some((d) => d.itemStyle && d.itemStyle.color === want);
  }, null, { timeout: 15_000 });
  const contrast = await node();
  assert.equal(contrast.colour, contrast.expected);
  assert.notEqual(contrast.colour, dark.colour);
  await page.close();
});
