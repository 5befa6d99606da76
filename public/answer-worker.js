// Reads a large api_v3 answer off the page's main thread (src/api/worker.rs): the body arrives as a
// transferred stream with the keep rule of each multirequest item, is parsed here (JSON.parse of tens of
// megabytes is a task of a second or more), cut to what each call asked for, and only that goes back.
// The rules are report-api's `fit::keep_for`; the cut is `fit::fit`'s, applied to the JavaScript strings
// so that nothing beyond them is ever copied.
'use strict';

const OMITTED = 'entrylensOmitted';

/** Keeps the first `n` `;`-terminated records of `item.data`, noting how many it left out. */
function cutRecords(item, n) {
  if (!item || typeof item !== 'object' || typeof item.data !== 'string') return;
  const data = item.data;
  let end = 0;
  for (let i = 0; i < n; i += 1) {
    const at = data.indexOf(';', end);
    if (at < 0) return;
    end = at + 1;
  }
  if (end >= data.length) return;
  let leftOut = 0;
  for (let at = end; at < data.length;) {
    const next = data.indexOf(';', at);
    if (next < 0) { leftOut += 1; break; }
    if (next > at) leftOut += 1;
    at = next + 1;
  }
  item.data = data.slice(0, end);
  if (leftOut > 0) item[OMITTED] = leftOut;
}

/** Keeps the first `n` items of `item[key]`, noting how many it left out. */
function cutList(item, key, n) {
  const list = item && typeof item === 'object' ? item[key] : null;
  if (!Array.isArray(list) || list.length <= n) return;
  item[OMITTED] = list.length - n;
  list.length = n;
}

function fit(item, keep) {
  if (!keep) return;
  if (keep.rows !== undefined) cutRecords(item, keep.rows);
  else if (keep.points !== undefined && Array.isArray(item)) item.forEach((graph) => cutRecords(graph, keep.points));
  else if (keep.objects !== undefined) cutList(item, 'objects', keep.objects);
  else if (keep.nodes !== undefined && item && typeof item.data === 'string') {
    // A path structure is JSON inside a string: parsed here too, its nodes cut, written back small.
    try {
      const structure = JSON.parse(item.data);
      if (structure && Array.isArray(structure.nodes) && structure.nodes.length > keep.nodes) {
        cutList(structure, 'nodes', keep.nodes);
        item.data = JSON.stringify(structure);
      }
    } catch {
      // Not JSON: the page's own reader says so.
    }
  }
}

self.onmessage = async (event) => {
  const [port] = event.ports;
  const { stream, keeps } = event.data;
  try {
    const answer = await new Response(stream).json();
    if (Array.isArray(answer)) {
      // More items than calls is an error the page reports; their contents are not sent back.
      if (answer.length > keeps.length) answer.length = keeps.length + 1;
      answer.forEach((item, i) => fit(item, keeps[i]));
    }
    port.postMessage({ ok: true, answer });
  } catch (e) {
    port.postMessage({ ok: false, syntax: e instanceof SyntaxError, message: String(e && e.message ? e.message : e) });
  }
};
