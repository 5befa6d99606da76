// Splits the app's wasm so that the first view downloads only the code it runs (a Trunk post-build step,
// run on the staging folder before csp.mjs).
//
// Trunk has no step between cargo and wasm-bindgen, so this redoes the tail of its Rust pipeline from
// cargo's own output (linked with --emit-relocs, see .cargo/config.toml):
//   1. wasm-split-cli cuts the module at the app's `#[wasm_split]` functions: a main module, one module per
//      split point, and chunks of code that several split points share, plus `__wasm_split.js`, which
//      fetches a split point's modules the first time it is called;
//   2. wasm-bindgen makes the main module's JS glue (keeping the exports the chunks import);
//   3. wasm-opt optimises every module (release builds);
//   4. every file is named by its content hash, and index.html's starter, preloads and integrity hashes
//      are pointed at the new files, replacing the unsplit pair Trunk made;
//   5. index.html says the base path the build is served under (Trunk's --public-url, `/` by default) in
//      `<meta name="entrylens-base">`, which the app reads to build its addresses (src/browser/base.rs).
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const release = process.env.TRUNK_PROFILE === 'release';
// Trunk's public URL, normalised to start and end with `/`.
const base = `/${(process.env.TRUNK_PUBLIC_URL || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
if (!/^\/[A-Za-z0-9._~\/-]*$/.test(base)) throw new Error(`the public URL ${base} is not a plain path`);
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR || 'target');
const input = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'entrylens.wasm');
if (!existsSync(input)) throw new Error(`cargo's wasm is not at ${input}`);

// The wasm-opt features match index.html's data-wasm-opt-params (Trunk's own pass is turned off there).
const optFeatures = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const work = join(targetDir, 'wasm-split');
rmSync(work, { recursive: true, force: true });
const splitDir = join(work, 'split');
const glueDir = join(work, 'glue');
mkdirSync(splitDir, { recursive: true });
mkdirSync(glueDir, { recursive: true });

// 1. Split. The loader imports `initSync` from "./app.js", the glue's name until step 4 renames it.
run('wasm-split-cli', [input, splitDir, '--target', 'web', '--out-name', 'app']);
// 2. Glue for the main module.
run('wasm-bindgen', [
  '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
  '--out-dir', glueDir, '--out-name', 'app', join(splitDir, 'app.wasm'),
]);

// 3. Optimise each module into its final bytes.
const modules = new Map(); // name in the loader -> bytes
const optimise = (from) => {
  if (!release) return readFileSync(from);
  const to = `${from}.opt`;
  // wasm-opt warns that it does not know the name subsection wasm-split writes (id 3); the names are
  // stripped here anyway, so only its other messages are shown.
  const opt = spawnSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', ...optFeatures, from, '-o', to], { encoding: 'utf8' });
  const noise = /^warning: unknown name subsection with id 3 at \d+$/;
  const said = (opt.stderr ?? '').split('\n').filter((line) => line && !noise.test(line));
  if (said.length) console.error(said.join('\n'));
  if (opt.status !== 0) throw new Error(`wasm-opt failed on ${from}`);
  return readFileSync(to);
};
const mainWasm = optimise(join(glueDir, 'app_bg.wasm'));
for (const file of readdirSync(splitDir)) {
  if (file.endsWith('.wasm') && file !== 'app.wasm') modules.set(file, optimise(join(splitDir, file)));
}

// 4. Content-hashed names, references rewritten from the leaves up: modules, loader, glue.
const out = new Map(); // final file name -> bytes
let loader = readFileSync(join(splitDir, '__wasm_split.js'), 'utf8');
for (const [file, bytes] of modules) {
  const named = `${file.replace(/\.wasm$/, '')}-${hashOf(bytes)}.wasm`;
  const quoted = `"./${file}"`;
  if (!loader.includes(quoted)) throw new Error(`__wasm_split.js does not fetch ${file}`);
  loader = loader.replaceAll(quoted, `"./${named}"`);
  out.set(named, bytes);
}
let glue = readFileSync(join(glueDir, 'app.js'), 'utf8');
const wasmName = `entrylens-${hashOf(mainWasm)}_bg.wasm`;
out.set(wasmName, mainWasm);
// The loader and the glue import each other (the loader takes the main module's memory and table from
// the glue's initSync), so the pair is named by one hash of both texts.
const pairHash = hashOf(loader + glue);
const glueName = `entrylens-${pairHash}.js`;
const loaderName = `__wasm_split-${pairHash}.js`;
if (!loader.includes('"./app.js"')) throw new Error('__wasm_split.js does not import the glue as ./app.js');
loader = loader.replaceAll('"./app.js"', `"./${glueName}"`);
// Only the import statements change: the wasm still names its import module "./__wasm_split.js".
const importLine = /^(import \* as \w+ from )(["'])\.\/__wasm_split\.js\2/gm;
if (!glue.match(importLine)) throw new Error('the glue does not import ./__wasm_split.js');
glue = glue.replace(importLine, `$1$2./${loaderName}$2`);
// Both are minified (release builds) by esbuild, already here for the charts library; exports and
// import paths keep their names.
const esbuild = createRequire(join(root, 'package.json'))('esbuild');
const minify = async (code) => (release
  ? (await esbuild.transform(code, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' })).code
  : code);
glue = await minify(glue);
loader = await minify(loader);
out.set(loaderName, Buffer.from(loader));
out.set(glueName, Buffer.from(glue));

// Replace Trunk's unsplit pair in the staging folder and in index.html.
const indexFile = join(staging, 'index.html');
let html = readFileSync(indexFile, 'utf8');
const quotedBase = base.replace(/[.\/]/g, '\\$&');
const trunkGlue = html.match(new RegExp(`from '${quotedBase}(entrylens-[0-9a-f]+\\.js)'`))?.[1];
const trunkWasm = html.match(new RegExp(`module_or_path: '${quotedBase}(entrylens-[0-9a-f]+_bg\\.wasm)'`))?.[1];
if (!trunkGlue || !trunkWasm) throw new Error("index.html has no Trunk starter for the app's glue and wasm");
rmSync(join(staging, trunkGlue), { force: true });
rmSync(join(staging, trunkWasm), { force: true });
for (const [name, bytes] of out) writeFileSync(join(staging, name), bytes);

const headEnd = [
  `<meta name="entrylens-base" content="${base}">`,
  `<link rel="modulepreload" href="${base}${glueName}" crossorigin="anonymous" integrity="${sri(out.get(glueName))}">`,
  `<link rel="modulepreload" href="${base}${loaderName}" crossorigin="anonymous" integrity="${sri(out.get(loaderName))}">`,
  `<link rel="preload" href="${base}${wasmName}" crossorigin="anonymous" integrity="${sri(mainWasm)}" as="fetch" type="application/wasm">`,
].join('');
html = html.replaceAll(`${base}${trunkGlue}`, `${base}${glueName}`).replaceAll(`${base}${trunkWasm}`, `${base}${wasmName}`);
// Trunk's own preload links carry the old integrity hashes: drop them and add ours.
html = html.replace(new RegExp(`<link rel="(?:modulepreload|preload)" href="${quotedBase}entrylens-[^"]+"[^>]*>`, 'g'), '');
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
html = html.replace('</head>', `${headEnd}</head>`);
writeFileSync(indexFile, html);

const sizes = [...out].map(([name, bytes]) => `${name} ${(bytes.length / 1024).toFixed(1)} KB`).join(', ');
console.log(`split-wasm: ${sizes}`);
