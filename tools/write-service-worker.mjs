// Writes dist/sw.js from tools/service-worker.js: the list of every built file, and a version derived from
// their contents, so that each release gets its own cache. Usage: node tools/write-service-worker.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ?? 'dist';
const names = (await readdir(dist, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== 'sw.js')
  .map((entry) => entry.name)
  .sort();
const hash = createHash('sha256');
for (const name of names) hash.update(name).update(await readFile(join(dist, name)));
const version = hash.digest('hex').slice(0, 16);
// './' is what the browser asks for when the address names the folder, not index.html.
const files = ['./', ...names.map((name) => `./${name}`)];
const template = await readFile(join(dirname(fileURLToPath(import.meta.url)), 'service-worker.js'), 'utf8');
await writeFile(
  join(dist, 'sw.js'),
  template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files)),
);
console.log(`sw.js: release ${version}, ${files.length} files cached for offline use`);
