// Writes a Brotli (.br) and a gzip (.gz) copy beside every text and wasm file of the build, at the highest
// levels, for hosts that serve precompressed files (nginx's brotli_static and gzip_static, Caddy's
// precompressed, Netlify and others). A host that does not simply ignores them.
// Usage: node tools/precompress.mjs dist
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const compressible = /\.(html|js|css|wasm|svg|ini)$/;
let plain = 0;
let brotli = 0;
for (const name of (await readdir(dist)).filter((name) => compressible.test(name))) {
  const body = await readFile(join(dist, name));
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(join(dist, `${name}.br`), br);
  await writeFile(join(dist, `${name}.gz`), gz);
  plain += gz.length;
  brotli += br.length;
}
console.log(`precompressed: ${plain} B gzip, ${brotli} B Brotli for every page together`);
