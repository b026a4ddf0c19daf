// Gives each worker's glue and wasm (share-worker.js, share-worker_bg.wasm and the like) a name with a hash
// of its contents, as Trunk does for the pages' own files, and points the worker's loader at the new names.
// Trunk leaves worker files unhashed because the app starts a worker by its loader's fixed name; the loader
// stays so (it is a few bytes, fetched fresh), while the glue and the wasm, which are large, become safe to
// take from the browser's HTTP cache: the offline cache does, instead of downloading them a second time.
// Usage: node tools/hash-worker-files.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const hashed = async (name) => {
  const digest = createHash('sha256').update(await readFile(join(dist, name))).digest('hex').slice(0, 16);
  const renamed = name.replace(/(_bg\.wasm|\.js)$/, (ending) => `-${digest}${ending}`);
  await rename(join(dist, name), join(dist, renamed));
  return renamed;
};
for (const loader of (await readdir(dist)).filter((name) => name.endsWith('_loader.js'))) {
  const worker = loader.slice(0, -'_loader.js'.length);
  let code = await readFile(join(dist, loader), 'utf8');
  for (const name of [`${worker}.js`, `${worker}_bg.wasm`]) {
    if (!code.includes(`./${name}`)) throw new Error(`${loader} does not name ${name}`);
    code = code.replace(`./${name}`, `./${await hashed(name)}`);
  }
  await writeFile(join(dist, loader), code);
}
