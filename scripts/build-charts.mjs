// Builds the trimmed charts library at build time (a Trunk pre-build hook): ECharts from the npm
// package, bundled by esbuild from scripts/charts/echarts-core.js (what a page's first view draws) and
// scripts/charts/echarts-extra.js (the map and the path flow, loaded when needed) as ES modules with
// their shared code split into one chunk, minified, written to .generated/charts/. Skipped when the
// output is newer than its inputs.
import { existsSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const entries = ['echarts-core.js', 'echarts-extra.js'].map((f) => join(root, 'scripts', 'charts', f));
const outdir = join(root, '.generated', 'charts');
const marker = join(outdir, 'echarts-core.js');
const inputs = [...entries, import.meta.filename, join(root, 'package-lock.json')];
if (existsSync(marker) && inputs.every((f) => statSync(f).mtimeMs < statSync(marker).mtimeMs)) process.exit(0);

const esbuild = require('esbuild');
// A chunk from an earlier build would otherwise be copied into dist beside the new one.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await esbuild.build({
  entryPoints: entries,
  outdir,
  entryNames: '[name]',
  chunkNames: 'shared-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2020'],
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  logLevel: 'warning',
});
console.log(`charts library -> ${outdir}`);
