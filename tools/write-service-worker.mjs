// Writes dist/sw.js from tools/service-worker.js: the files a participant needs offline (the check's page
// and what it references), and a version derived from every built file, so that each release gets its own
// cache. The workshop and embed pages are not listed: a participant never opens them, and they cache
// themselves when someone does. Nor is the share worker (QR code and share image), which starts only when
// a result's share panel comes near the screen: it is cached when it is first used.
// Usage: node tools/write-service-worker.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const dist = process.argv[2] ?? 'dist';
const names = (await readdir(dist, { withFileTypes: true }))
  // Precompressed copies (.br, .gz) are the same files for the host to serve; sw.js is this file itself.
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js' && !/\.(br|gz)$/.test(entry.name))
  .map((entry) => entry.name)
  .sort();
const hash = createHash('sha256');
for (const name of names) hash.update(name).update(await readFile(join(dist, name)));
const version = hash.digest('hex').slice(0, 16);

// Every file the check's page names in a src or href attribute, quoted or not (the pages are minified).
const page = await readFile(join(dist, 'index.html'), 'utf8');
const referenced = new Set(
  [...page.matchAll(/\b(?:src|href)=["']?(?:\.\/|\/)?([^"' >]+)/g)].map((match) => match[1]),
);
const needed = names.filter(
  (name) => name !== 'index.html' && (name === 'config.ini' || referenced.has(name)),
);
// The page itself is cached once, as './': what the browser asks for when the address names the folder.
// The service worker answers a request for index.html from the same entry.
const files = ['./', ...needed.map((name) => `./${name}`)];
const template = await readFile(join(dirname(fileURLToPath(import.meta.url)), 'service-worker.js'), 'utf8');
// Minified like the other scripts: every visitor's browser fetches it, and its comments are for us.
const { code } = await transform(
  template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files)),
  { minify: true },
);
await writeFile(join(dist, 'sw.js'), code);
console.log(`sw.js: release ${version}, ${files.length} of ${names.length + 1} files cached for a participant`);
