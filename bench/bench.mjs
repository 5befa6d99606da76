// entrylens benchmark: what a user pays, beside the way today's dashboard fetches, against report-server
// on 127.0.0.1 with release builds and headless Chromium. Prints one markdown table and saves it (markdown
// and JSON) in bench-results/. Usage:
//   node bench/bench.mjs [--quick] [--events 100000,1000000] [--loads 5] [--runs 30]
// Budgets come from issue "Benchmark" (see README). A missed budget is reported, never hidden; the command
// fails only when something could not be measured.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const arg = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const quick = argv.includes('--quick');
const sizes = (arg('events', quick ? '100000' : '100000,1000000')).split(',').map(Number);
const loads = Number(arg('loads', quick ? '2' : '5'));
const runs = Number(arg('runs', quick ? '10' : '30'));
const server = process.env.ENTRYLENS_SERVER;
const dist = process.env.ENTRYLENS_DIST ?? join(root, 'dist');
const work = process.env.ENTRYLENS_BENCH_DIR ?? join(root, 'target', 'bench');
if (!server) throw new Error('ENTRYLENS_SERVER must name the release report-server binary (scripts/bench.sh sets it)');
mkdirSync(work, { recursive: true });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const rows = [];
const record = (group, what, value, shown, budget, pass) => rows.push({ group, what, value, shown, budget: budget ?? '', pass: pass === undefined ? '' : pass ? 'pass' : 'FAIL' });

// 1. Bytes of the build.
function bytes() {
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p); else files.push(p);
    }
  };
  walk(dist);
  const sum = (pred) => files.filter(pred).reduce((acc, f) => {
    const data = readFileSync(f);
    acc.raw += data.length;
    acc.gz += gzipSync(data, { level: 9 }).length;
    acc.br += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return acc;
  }, { raw: 0, gz: 0, br: 0 });
  const parts = {
    'app wasm': sum((f) => f.endsWith('.wasm')),
    'JS glue': sum((f) => f.endsWith('.js') && !f.includes('vendor')),
    'CSS': sum((f) => f.endsWith('.css')),
    'charts library (ECharts)': sum((f) => f.includes('vendor')),
    'HTML': sum((f) => f.endsWith('index.html')),
  };
  for (const [name, b] of Object.entries(parts)) {
    record('bytes', name, b, `${kb(b.raw)} raw, ${kb(b.gz)} gz, ${kb(b.br)} br`);
  }
  const app = parts['app wasm'].gz + parts['JS glue'].gz + parts.CSS.gz;
  record('bytes', 'app wasm + JS + CSS (gzip)', app, kb(app), '≤ 250 KB', app <= 250 * 1024);
  const first = app + parts['charts library (ECharts)'].gz + parts.HTML.gz;
  record('bytes', 'first visit of the entry page (gzip; map data not built yet)', first, kb(first), '≤ 500 KB', first <= 500 * 1024);
}

function startServer(db) {
  const child = spawn(server, ['serve', '--host', '127.0.0.1', '--port', '0', '--dist', dist, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('report-server did not start')), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); ok({ url: m[1], stop: () => child.kill('SIGTERM') }); }
    });
    child.on('exit', (c) => { clearTimeout(timer); fail(new Error(`report-server exited ${c}`)); });
  });
}

const browserArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Cold loads of the entry page in fresh profiles: time to ready, requests, data round trips. */
async function pageLoads(url, ks, query) {
  const times = [];
  let requests = 0;
  let dataRequests = 0;
  let capturedBody = null;
  for (let i = 0; i < loads; i += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'entrylens-bench-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: browserArgs, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let n = 0;
    let data = 0;
    page.on('request', (r) => {
      n += 1;
      if (r.url().includes('/api_v3/')) { data += 1; capturedBody = r.postData(); }
    });
    await page.goto(`${url}/entry/0_cellbio1?tz=UTC${query}&ks=${encodeURIComponent(ks)}`);
    await page.waitForSelector('.entry-page[data-ready="true"] .funnel-step', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('.echart canvas').length >= 2, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    requests = n;
    dataRequests = data;
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { times, requests, dataRequests, body: capturedBody };
}

async function post(url, path, body) {
  const t0 = performance.now();
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const json = await res.json();
  const elapsed = performance.now() - t0;
  const failed = Array.isArray(json) ? json.filter((x) => x && x.objectType === 'KalturaAPIException').length : 0;
  return { elapsed, failed };
}

/** The requests today's dashboard makes for the same entry page: one multirequest per widget, the
 * compare batch only after the first returns (reference-dashboard.md §0). */
function usualWayBatches(ks, from, to, cmpFrom, cmpTo) {
  const filter = (f, t) => ({ objectType: 'KalturaEndUserReportInputFilter', searchInTags: true, searchInAdminTags: false, fromDate: f, toDate: t, timeZoneOffset: 0, interval: 'days', entryIdIn: '0_cellbio1' });
  const opts = { objectType: 'KalturaReportResponseOptions', delimiter: '|', skipEmptyDates: false };
  const rep = (action, reportType, f, t, extra = {}) => ({ service: 'report', action, ks, reportType, reportInputFilter: filter(f, t), responseOptions: opts, ...extra });
  const pager = (n) => ({ pager: { objectType: 'KalturaFilterPager', pageSize: n, pageIndex: 1 } });
  const widgets = (f, t) => [
    [rep('getTotal', '13', f, t)],
    [{ service: 'like', action: 'list', ks, filter: { objectType: 'KalturaLikeFilter', entryIdEqual: '0_cellbio1', createdAtGreaterThanOrEqual: f, createdAtLessThanOrEqual: t }, ...pager(1) }],
    [rep('getTable', '43', f, t, pager(500))],
    [rep('getTable', '13', f, t, { ...pager(25), order: '-count_plays' })],
    [rep('getGraphs', '13', f, t), rep('getTotal', '13', f, t)],
    [rep('getTotal', '2', f, t)],
    [rep('getTable', '36', f, t, { ...pager(500), order: '-count_loads' }), rep('getTotal', '36', f, t)],
    [rep('getTable', '21', f, t, pager(25)), rep('getTotal', '21', f, t)],
    [rep('getTable', '6', f, t, { ...pager(5), order: '-count_loads' })],
  ];
  const entry = [{ service: 'baseentry', action: 'get', ks, entryId: '0_cellbio1' }, { service: 'user', action: 'get', ks, userId: '{1:result:userId}' }];
  const toBody = (items) => JSON.stringify(Object.fromEntries([...items.map((it, i) => [String(i), it]), ['format', 1]]));
  return { first: [entry, ...widgets(from, to)].map(toBody), compare: cmpFrom ? widgets(cmpFrom, cmpTo).map(toBody) : [] };
}

async function usualWay(url, batches) {
  const t0 = performance.now();
  let failed = 0;
  const first = await Promise.all(batches.first.map((b) => post(url, '/api_v3/service/multirequest', b)));
  failed += first.reduce((a, r) => a + r.failed, 0);
  const second = await Promise.all(batches.compare.map((b) => post(url, '/api_v3/service/multirequest', b)));
  failed += second.reduce((a, r) => a + r.failed, 0);
  return { elapsed: performance.now() - t0, requests: batches.first.length + batches.compare.length, failed };
}

async function serverSide(url, body, label) {
  const times = [];
  let failed = 0;
  for (let i = 0; i < runs; i += 1) {
    const r = await post(url, '/api_v3/service/multirequest', body);
    times.push(r.elapsed);
    failed += r.failed;
  }
  return { median: median(times), p95: p95(times), failed, label };
}

async function main() {
  bytes();
  const ks = execFileSync(server, ['ks', '--hours', '2'], { encoding: 'utf8' }).trim();
  const latency = {};
  for (const events of sizes) {
    const db = join(work, `bench-${events}.sqlite`);
    const label = events >= 1e6 ? `${events / 1e6}M` : `${events / 1e3}k`;
    if (!existsSync(db)) {
      const t0 = performance.now();
      execFileSync(server, ['generate', '--db', db, '--events', String(events), '--seed', '42'], { stdio: 'ignore' });
      const secs = (performance.now() - t0) / 1000;
      record('generation', `${label} events: generate + write`, secs, `${secs.toFixed(2)} s (${Math.round(events / secs).toLocaleString('en-US')} events/s)`,
        events === 1e6 ? '≤ 10 s' : '', events === 1e6 ? secs <= 10 : undefined);
    }
    record('generation', `${label} events: database on disk`, statSync(db).size, kb(statSync(db).size));
    const srv = await startServer(db);
    try {
      const plain = await pageLoads(srv.url, ks, '');
      const compare = await pageLoads(srv.url, ks, '&cmp=prev');
      const ours = await serverSide(srv.url, plain.body, 'first view');
      const oursCmp = await serverSide(srv.url, compare.body, 'first view + compare');
      latency[events] = ours.median;
      const msBudget = events === 1e6 ? 30 : events === 1e7 ? 100 : undefined;
      record('report-server', `${label}: whole first-view multirequest`, ours.median, `${ms(ours.median)} median, ${ms(ours.p95)} p95, ${ours.failed} failed items`,
        msBudget ? `≤ ${msBudget} ms` : '', msBudget ? ours.median <= msBudget : undefined);
      record('report-server', `${label}: with compare`, oursCmp.median, `${ms(oursCmp.median)} median, ${ms(oursCmp.p95)} p95`,
        msBudget ? `≤ ${msBudget * 1.5} ms` : '', msBudget ? oursCmp.median <= msBudget * 1.5 : undefined);
      const readyBudget = events === 1e6 ? 1000 : undefined;
      record('page', `${label}: entry page ready, cold`, median(plain.times), `${ms(median(plain.times))} median, ${ms(Math.max(...plain.times))} max of ${loads}`,
        readyBudget ? '≤ 1000 ms median' : '', readyBudget ? median(plain.times) <= readyBudget : undefined);
      record('page', `${label}: with compare`, median(compare.times), `${ms(median(compare.times))} median, ${ms(Math.max(...compare.times))} max`);
      record('page', `${label}: HTTP requests / data round trips before ready`, plain.dataRequests, `${plain.requests} requests, ${plain.dataRequests} data request(s); with compare ${compare.dataRequests}`,
        '1 data round trip', plain.dataRequests === 1 && compare.dataRequests === 1);
      // The usual way, replayed against the same server.
      const day = 86400;
      const to = Math.floor(Date.now() / 1000 / day) * day;
      const batches = usualWayBatches(ks, to - 30 * day, to, to - 60 * day, to - 30 * day);
      const usual = [];
      for (let i = 0; i < Math.max(3, Math.floor(runs / 3)); i += 1) usual.push(await usualWay(srv.url, batches));
      const usualMedian = median(usual.map((u) => u.elapsed));
      const ratio = oursCmp.median / usualMedian;
      record('vs usual way', `${label}: time to all first-view data (compare on)`, ratio, `ours ${ms(oursCmp.median)} vs usual ${ms(usualMedian)} = ${ratio.toFixed(2)}×`, '≤ 0.33×', ratio <= 1 / 3);
      const reqRatio = 1 / usual[0].requests;
      record('vs usual way', `${label}: HTTP requests for the data`, reqRatio, `ours 1 vs usual ${usual[0].requests} = ${reqRatio.toFixed(2)}×`, '≤ 0.2×', reqRatio <= 0.2);
    } finally {
      srv.stop();
    }
  }
  if (latency[1e5] && latency[1e6]) {
    const r = latency[1e6] / latency[1e5];
    record('report-server', 'growth 1M / 100k', r, `${r.toFixed(2)}×`);
  }
  if (latency[1e6] && latency[1e7]) {
    const r = latency[1e7] / latency[1e6];
    record('report-server', 'growth 10M / 1M', r, `${r.toFixed(2)}×`, '≤ 2×', r <= 2);
  }
  record('page', 'memory after a 5,000-user table and 20 heat maps', null, 'not measured: the engagement table is not built yet');

  const lines = ['| group | what | measured | budget | |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.group} | ${r.what} | ${r.shown} | ${r.budget} | ${r.pass} |`)];
  const header = `# entrylens benchmark\n\n${new Date().toISOString()} · ${quick ? 'quick' : 'full'} run · sizes ${sizes.join(', ')} events · ${loads} cold loads · ${runs} server runs\n\n`;
  const md = header + lines.join('\n') + '\n';
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const name = quick ? 'quick' : 'latest';
  writeFileSync(join(out, `${name}.md`), md);
  writeFileSync(join(out, `${name}.json`), JSON.stringify({ when: new Date().toISOString(), quick, sizes, loads, runs, rows }, null, 2));
  console.log(md);
}

main().catch((e) => { console.error(e); process.exit(1); });
