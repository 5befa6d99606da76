// Adds the app's Content-Security-Policy to the built index.html (a Trunk post-build hook, run on the
// staging folder). Trunk starts the app with an inline module script whose text changes with every build
// (the file names carry content hashes), so the policy allows exactly that script by its SHA-256 and no
// other inline script. The same policy is in force on any static host, because it travels in the page.
//
// - scripts: our origin, the inline starter by hash, and 'wasm-unsafe-eval' to compile the app's wasm;
// - styles: our origin, plus inline style attributes (Leptos and ECharts set positions and colours);
// - data: our origin and any https API (a Kaltura account's serviceUrl is chosen at run time);
// - images: our origin, https thumbnails, data: and blob: (ECharts and downloads);
// - nothing else: no plugins, no <base>, no form posts.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`expected Trunk's one inline starter script, found ${inline.length}`);
const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' https:",
  "img-src 'self' https: data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!html.includes('Content-Security-Policy')) throw new Error('index.html has no <meta charset="utf-8" /> to put the policy after');
writeFileSync(file, html);
