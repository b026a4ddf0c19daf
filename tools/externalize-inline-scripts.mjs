// Moves the inline <script type="module"> that Trunk writes into each page (it starts the wasm) into a
// file of its own, so the pages run under a Content-Security-Policy without 'unsafe-inline'.
// Usage: node tools/externalize-inline-scripts.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
// Minified pages drop the quotes around attribute values, so both spellings are matched.
const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/g;
for (const page of (await readdir(dist)).filter((name) => name.endsWith('.html'))) {
  const path = join(dist, page);
  let html = await readFile(path, 'utf8');
  for (const [tag, , code] of [...html.matchAll(inline)]) {
    const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    await writeFile(join(dist, name), code.trim() + '\n');
    html = html.replace(tag, `<script type="module" src="./${name}"></script>`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
    console.error(`${page} still has an inline script; the Content-Security-Policy would block it`);
    process.exit(1);
  }
  await writeFile(path, html);
}
