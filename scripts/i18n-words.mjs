// Writes the browser's word files (a Trunk pre-build hook): for each language but English, its messages
// in the order of src/i18n/catalog.rs, as .generated/i18n/<tag>.json, served at /vendor/i18n/<tag>.json.
// The browser build carries English only and fetches these when a language is chosen
// (src/i18n/words.rs checks the count against its own catalog).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = readFileSync(join(root, 'src', 'i18n', 'catalog.rs'), 'utf8');
const body = source.slice(source.indexOf('catalog! {'));
const languages = ['en', 'he', 'de', 'es'];
const literal = '"([^"\\\\]*)"';
const entry = new RegExp(`^\\s*([A-Z]\\w*) \\{ ${languages.map((l) => `${l}: ${literal}`).join(', ')} \\}\\s*$`);
const entries = [];
for (const line of body.split('\n').slice(1)) {
  const text = line.trim();
  if (text === '' || text.startsWith('//') || text === '}') continue;
  const m = entry.exec(line);
  // Anything else would be an entry this reader does not understand (two lines, an escape): stop
  // rather than ship word files out of step with the catalog.
  if (!m) throw new Error(`i18n-words: cannot read this catalog line: ${text}`);
  entries.push(m.slice(2));
}
if (entries.length < 100) throw new Error(`i18n-words: only ${entries.length} messages found`);
const outdir = join(root, '.generated', 'i18n');
mkdirSync(outdir, { recursive: true });
languages.forEach((language, i) => {
  if (language === 'en') return;
  const file = JSON.stringify({ language, messages: entries.map((e) => e[i]) });
  writeFileSync(join(outdir, `${language}.json`), file);
});
console.log(`word files (${entries.length} messages) -> ${outdir}`);
