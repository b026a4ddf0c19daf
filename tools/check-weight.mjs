// Checks the release build's weight against the budgets in README.md ("Weight budgets"): the gzip bytes of
// each page's first view (the page and every file it names) and of a participant's whole visit to the check
// (its first view, config.ini and the service worker), and that the check's wasm carries none of the
// workshop's or the embed page's texts. Fails with what is over and by how much.
// Usage: node tools/check-weight.mjs dist
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1000;

// The budgets, in gzip bytes (gzip -9, as the build's precompressed copies); README.md says why each.
const budgets = {
  'index.html, first view': 197 * KB,
  'workshop.html, first view': 203 * KB,
  'embed.html, first view': 130 * KB,
  'the check, whole visit': 198 * KB,
};

const gzipped = async (name) => gzipSync(await readFile(join(dist, name)), { level: 9 }).length;

/** The page and the files of dist/ it names in a src or href attribute, quoted or not. */
async function firstView(page) {
  const html = await readFile(join(dist, page), 'utf8');
  const named = [...html.matchAll(/\b(?:src|href)=["']?(?:\.\/|\/)?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((name) => !/^(data:|https?:|#)/.test(name) && !name.endsWith('.png'));
  return [page, ...new Set(named)];
}

const weights = {};
const files = {};
for (const page of ['index.html', 'workshop.html', 'embed.html']) {
  files[`${page}, first view`] = await firstView(page);
}
files['the check, whole visit'] = [...new Set([...files['index.html, first view'], 'config.ini', 'sw.js'])];
const problems = [];
for (const [what, names] of Object.entries(files)) {
  weights[what] = (await Promise.all(names.map(gzipped))).reduce((sum, size) => sum + size, 0);
  const verdict = weights[what] <= budgets[what] ? 'within' : 'OVER';
  console.log(`${what}: ${(weights[what] / KB).toFixed(1)} KB gzip, budget ${budgets[what] / KB} KB (${verdict}); ${names.join(', ')}`);
  if (weights[what] > budgets[what]) problems.push(`${what} is ${weights[what] - budgets[what]} bytes over its budget`);
}

// Every string literal of 40 characters or more, without escapes or placeholders, of the workshop's and the
// embed page's texts: none may be in the check's wasm. Most must be in their own page's wasm, or this way of
// looking would find nothing anywhere.
const wasmOf = (page) => files[`${page}, first view`].find((name) => name.endsWith('_bg.wasm'));
const check = await readFile(join(dist, wasmOf('index.html')));
for (const [source, page] of [['workshop_ui.rs', 'workshop.html'], ['embed_ui.rs', 'embed.html']]) {
  // The data only (after `pub static`), not the doc comments above it, which quote texts in part.
  const rust = (await readFile(join(root, 'model/src/content', source), 'utf8')).split('pub static').slice(1).join('');
  const texts = [...rust.matchAll(/"([^"\\{}\n]{40,})"/g)].map((match) => Buffer.from(match[1]));
  const own = await readFile(join(dist, wasmOf(page)));
  const inOwn = texts.filter((text) => own.includes(text)).length;
  if (texts.length === 0 || inOwn < texts.length / 2) {
    problems.push(`${source}: only ${inOwn} of ${texts.length} texts found in ${wasmOf(page)}; the search no longer works`);
  }
  const leaked = texts.filter((text) => check.includes(text)).map(String);
  console.log(`${source}: ${texts.length} texts, ${inOwn} in ${page}'s wasm, ${leaked.length} in the check's`);
  for (const text of leaked) problems.push(`the check's wasm carries a text of ${source}: „${text.slice(0, 60)}…“`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
