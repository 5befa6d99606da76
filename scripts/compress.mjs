// Writes a brotli (.br) and a gzip (.gz) copy beside every file a browser fetches as text or wasm (a
// Trunk post-build hook, run last, on the staging folder). report-server (tower-http's ServeDir) and a
// static host (nginx's gzip_static / brotli_static) serve them to a browser that accepts them, so the
// first visit transfers about a third of the raw bytes, compressed once at build time at the highest
// levels instead of on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const compressible = /\.(html|js|css|wasm|json|svg)$/;
// Below this a compressed copy saves less than its own request headers.
const MIN_BYTES = 1024;

let raw = 0;
let br = 0;
function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      walk(path);
      continue;
    }
    if (!compressible.test(name)) continue;
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    raw += data.length;
    br += brotli.length;
  }
}
walk(dir);
console.log(`compress: ${(raw / 1024).toFixed(1)} KB raw → ${(br / 1024).toFixed(1)} KB brotli`);
