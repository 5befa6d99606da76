// Prepares the world map at build time (a Trunk pre-build hook): Natural Earth countries from the
// public-domain `world-atlas` package, converted from TopoJSON to GeoJSON with `topojson-client`, each
// country named by its ISO 3166-1 alpha-2 code (the same code report 36 gives as `object_id`). Shapes come
// from the light 1:110m set; the small countries and territories it leaves out (Singapore, Malta,
// Bahrain, …) are taken from the 1:50m set so they can still be seen and clicked. Coordinates are
// rounded to 0.01°. Written to .generated/world.json.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const sources = ['world-atlas/countries-110m.json', 'world-atlas/countries-50m.json'].map((s) => require.resolve(s));
const out = join(root, '.generated', 'world.json');
if (existsSync(out) && statSync(out).mtimeMs > statSync(import.meta.filename).mtimeMs) process.exit(0);

const { feature } = require('topojson-client');
const countries = require('i18n-iso-countries');
const collections = sources.map((source) => {
  const topology = JSON.parse(readFileSync(source, 'utf8'));
  return feature(topology, topology.objects.countries);
});

// Natural Earth shapes without an ISO numeric code of their own.
const byName = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

// Rings that cross the antimeridian (Russia, Fiji) would draw a line across the whole flat map: their
// points on the far side are pinned to ±180°.
const unwrap = (ring) => {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!crosses) return ring;
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
  return ring.map(([x, y]) => [east ? (x < 0 ? 180 : x) : (x > 0 ? -180 : x), y]);
};
const round = (ring) => {
  const outRing = [];
  for (const [x, y] of unwrap(ring)) {
    const p = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    const last = outRing[outRing.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
  }
  return outRing;
};
const geometry = (g) => {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(round).filter((r) => r.length >= 4) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(round).filter((r) => r.length >= 4)).filter((p) => p.length) };
};

const features = [];
const seen = new Set();
collections.forEach((collection, level) => {
  const added = new Set();
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const code = f.id && f.id !== '-99' ? countries.numericToAlpha2(f.id) : byName[f.properties.name];
    // Antarctica has no viewers and would take a fifth of the map.
    if (!code || code === 'AQ' || (level > 0 && seen.has(code))) continue;
    added.add(code);
    features.push({ type: 'Feature', properties: { name: code }, geometry: geometry(f.geometry) });
  }
  added.forEach((c) => seen.add(c));
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`prepare-map: ${features.length} countries → ${out}`);
