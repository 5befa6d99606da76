// Builds the trimmed charts library at build time (a Trunk pre-build hook): ECharts from the npm
// package, bundled by esbuild from scripts/charts/echarts-entry.js with only the chart types and
// components the app uses, minified, written to .generated/echarts.min.js. Skipped when the output is
// newer than its inputs.
import { existsSync, statSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const entry = join(root, 'scripts', 'charts', 'echarts-entry.js');
const out = join(root, '.generated', 'echarts.min.js');
const inputs = [entry, import.meta.filename, join(root, 'package-lock.json')];
if (existsSync(out) && inputs.every((f) => statSync(f).mtimeMs < statSync(out).mtimeMs)) process.exit(0);

const esbuild = require('esbuild');
mkdirSync(join(root, '.generated'), { recursive: true });
await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  logLevel: 'warning',
});
console.log(`charts library: ${(statSync(out).size / 1024).toFixed(1)} KB -> ${out}`);
