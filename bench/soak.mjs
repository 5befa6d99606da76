// report-server under a bounded soak: 8 clients post mixed requests (the entry and path reports the
// dashboards ask for, single calls and multirequests, metadata, users, over every demo entry, random
// ranges and filters) to a report-server it starts on 127.0.0.1, for a fixed time. Every answer must be a
// success (HTTP 200, no Kaltura error in it or in any multirequest item), and the server's resident memory
// at the end must be within 15 % of what it was once warmed up (a quarter of the run: every entry's
// rollup built). Prints requests, throughput, median and p95 latency and the memory figures; exits 1 on
// any error or growth.
//
//   node bench/soak.mjs [--seconds 600] [--clients 8] [--db FILE]
//
// ENTRYLENS_SERVER names the release report-server binary; without --db a 200k-event database is
// generated (seed 7) in a temporary folder. The bench imports `soak()` for its soak figures.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generator } from '../tests/browser/random.mjs';

/** How much the resident memory may grow after warm-up. */
export const MAX_GROWTH = 0.15;

const DAY = 86400;

function startServer(bin, db) {
  const child = spawn(bin, ['serve', '--host', '127.0.0.1', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('report-server did not start in 120 s')), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); ok({ url: m[1], pid: child.pid, stop: () => child.kill('SIGTERM') }); }
    });
    child.on('exit', (c) => { clearTimeout(timer); fail(new Error(`report-server exited ${c}`)); });
  });
}

/** The server's resident memory, bytes (Linux). */
function rss(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** The entry ids the service reports plays for, from partner-wide top content, and the path. */
async function entries(url, ks) {
  const now = Math.floor(Date.now() / 1000);
  const res = await fetch(`${url}/api_v3/service/report/action/getTable`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ks, format: 1, reportType: '1', pager: { pageSize: 500, pageIndex: 1 },
      reportInputFilter: { objectType: 'KalturaEndUserReportInputFilter', fromDate: now - 3 * 365 * DAY, toDate: now + DAY, timeZoneOffset: 0 },
      responseOptions: { delimiter: '|' },
    }),
  });
  const table = await res.json();
  const header = (table.header ?? '').split('|');
  const at = header.indexOf('object_id');
  const ids = (table.data ?? '').split(';').filter(Boolean).map((r) => r.split('|')[at]).filter(Boolean);
  // Entries never played are not in top content: the demo's never-watched entry is asked for too.
  return [...new Set([...ids, '0_noview07', '0_path0006'])];
}

/** One random request: a path or entry page's kind of call, a single call or a multirequest. */
function request(random, ks, ids) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const entry = pick(ids);
  const path = entry === '0_path0006';
  const to = Math.floor(Date.now() / 1000 / DAY) * DAY + DAY;
  const from = to - pick([7, 30, 90, 365, 730]) * DAY;
  const filter = { objectType: 'KalturaEndUserReportInputFilter', fromDate: from, toDate: to, timeZoneOffset: 0, interval: pick(['days', 'days', 'months']) };
  if (path) filter.rootEntryIdIn = entry; else filter.entryIdIn = entry;
  if (!path && random() < 0.25) filter.countryIn = pick(['France', 'United States', 'Germany', 'India']);
  if (!path && random() < 0.15) filter.deviceIn = pick(['Computer', 'Mobile', 'Tablet']);
  const options = { objectType: 'KalturaReportResponseOptions', delimiter: '|', skipEmptyDates: false };
  const rep = (action, type, extra = {}) => ({ service: 'report', action, ks, reportType: type, reportInputFilter: filter, responseOptions: options, ...extra });
  const pager = (n, page = 1) => ({ pager: { objectType: 'KalturaFilterPager', pageSize: n, pageIndex: page } });
  const calls = path
    ? [rep('getTotal', '49'), rep('getGraphs', '49'), rep('getTable', '50', pager(100)), rep('getTable', '54', pager(100)),
      rep('getTable', '55', pager(100)), { service: 'interactivity_interactivity', action: 'get', ks, entryId: entry }]
    : [rep('getTotal', '13'), rep('getGraphs', '13'), rep('getTable', '43', pager(101)), rep('getTable', '36', { ...pager(250), order: '-count_plays' }),
      rep('getTable', '37', pager(250)), rep('getTable', '21', pager(50)), rep('getTable', '6', { ...pager(10), order: '-count_plays' }),
      rep('getTable', '13', { ...pager(25, 1 + Math.floor(random() * 3)), order: '-count_plays' }), rep('getGraphs', '2'),
      { service: 'baseentry', action: 'get', ks, entryId: entry },
      { service: 'user', action: 'list', ks, filter: { objectType: 'KalturaUserFilter' }, ...pager(25) }];
  if (random() < 0.4) {
    const { service, action, ...params } = pick(calls);
    return { path: `/api_v3/service/${service}/action/${action}`, body: { ...params, format: 1 }, items: 1, multi: false };
  }
  const chosen = calls.filter(() => random() < 0.6);
  const items = chosen.length ? chosen : [calls[0]];
  const body = { format: 1, ks };
  items.forEach((c, i) => { body[String(i + 1)] = c; });
  return { path: '/api_v3/service/multirequest', body, items: items.length, multi: true };
}

/** What is wrong with an answer (of a multirequest of `items` items, or of a single call), or null. */
function fault(json, items, multi) {
  const error = (v) => v && typeof v === 'object' && v.objectType === 'KalturaAPIException';
  if (multi) {
    if (!Array.isArray(json) || json.length !== items) return `expected ${items} results`;
    const bad = json.find(error);
    return bad ? `${bad.code}: ${bad.message}` : null;
  }
  return error(json) ? `${json.code}: ${json.message}` : null;
}

/** Runs the soak against a server it starts on `db`; resolves to its figures. */
export async function soak({ bin, db, seconds, clients = 8, seed = 20261207 }) {
  const server = await startServer(bin, db);
  try {
    const ks = execFileSync(bin, ['ks'], { encoding: 'utf8' }).trim();
    const ids = await entries(server.url, ks);
    const random = generator(seed);
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const warmedAt = started + seconds * 250;
    const latencies = [];
    const errors = [];
    let warmRss = NaN;
    const samples = [];
    const sampler = setInterval(() => {
      const r = rss(server.pid);
      samples.push(r);
      if (Number.isNaN(warmRss) && performance.now() >= warmedAt) warmRss = r;
    }, 1000);
    const client = async () => {
      while (performance.now() < deadline) {
        const r = request(random, ks, ids);
        const t0 = performance.now();
        try {
          const res = await fetch(`${server.url}${r.path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(r.body), signal: AbortSignal.timeout(30_000) });
          const json = await res.json();
          const why = res.status !== 200 ? `HTTP ${res.status}` : fault(json, r.items, r.multi);
          if (why) errors.push(`${r.path}: ${why}`);
        } catch (e) {
          errors.push(`${r.path}: ${e.message}`);
        }
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    clearInterval(sampler);
    const endRss = rss(server.pid);
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))];
    const secs = (performance.now() - started) / 1000;
    return {
      entries: ids.length, clients, seconds: secs, requests: latencies.length, rps: latencies.length / secs,
      median: at(0.5), p95: at(0.95), errors, warmRss, endRss, peakRss: Math.max(...samples, endRss),
      growth: endRss / warmRss - 1,
    };
  } finally {
    server.stop();
  }
}

/** One line of figures. */
export function describe(s) {
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  return `${s.requests} requests over ${s.entries} entries from ${s.clients} clients in ${s.seconds.toFixed(0)} s `
    + `(${s.rps.toFixed(0)}/s); ${s.median.toFixed(1)} ms median, ${s.p95.toFixed(1)} ms p95; ${s.errors.length} errors; `
    + `resident memory ${mb(s.warmRss)} after warm-up, ${mb(s.endRss)} at the end (${(s.growth * 100).toFixed(1)} %), peak ${mb(s.peakRss)}`;
}

async function main() {
  const argv = process.argv.slice(2);
  const arg = (name, def) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : def; };
  const bin = process.env.ENTRYLENS_SERVER;
  if (!bin) throw new Error('ENTRYLENS_SERVER must name the release report-server binary');
  let db = arg('db');
  let scratch;
  if (!db) {
    scratch = mkdtempSync(join(tmpdir(), 'entrylens-soak-'));
    db = join(scratch, 'soak.sqlite');
    execFileSync(bin, ['generate', '--db', db, '--events', '200000', '--seed', '7']);
  }
  try {
    const s = await soak({ bin, db, seconds: Number(arg('seconds', '600')), clients: Number(arg('clients', '8')) });
    console.log(`soak: ${describe(s)}`);
    const problems = [];
    if (s.errors.length) problems.push(`${s.errors.length} errors, first: ${s.errors.slice(0, 3).join(' | ')}`);
    if (!(s.growth <= MAX_GROWTH)) problems.push(`resident memory grew ${(s.growth * 100).toFixed(1)} % after warm-up (at most ${MAX_GROWTH * 100} %)`);
    if (s.requests < s.clients) problems.push('too few requests were made to judge');
    console.log(problems.length ? `not ok - soak: ${problems.join('; ')}` : 'ok - soak');
    console.log(`soak: ${problems.length ? 0 : 1} passed, ${problems.length ? 1 : 0} failed`);
    if (problems.length) process.exitCode = 1;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
