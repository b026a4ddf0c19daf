// A small static file server for the built dist/: used by scripts/serve and by the browser tests.
// Usage as a command: node tools/static-server.mjs [dir] [host] [port]
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ini': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on `host`:`port` (0: any free port) and resolves to { url, close }. `headers` are added
 * to every response. Paths cannot leave `dir`; a directory serves its index.html. `files` maps paths such
 * as '/config.ini' to contents served in place of the files on disk (the tests' settings). `onResponse`, if
 * given, is called with the path and body of every response as it is sent (the benchmark counts bytes so).
 * With `gzip`, bodies go gzip-compressed to clients that accept it, as from most hosts (the benchmark's
 * throttled network carries what a real one would). Every response has an ETag of its body, and a request
 * that names the current one gets a bodiless 304, as from most hosts: a file the browser has already
 * loaded is checked again, not downloaded again; with `etags: false` there are none, as from a host that
 * also forbids caching (`headers: { 'cache-control': 'no-store' }`), so nothing is ever revalidated. Setting `offline` on the returned object to true makes the
 * server drop every connection that asks it anything, as a visitor's browser sees a host it cannot reach.
 */
export async function serveDirectory(
  dir,
  { host = '127.0.0.1', port = 0, headers = {}, files = {}, onResponse = () => {}, gzip = false, etags = true } = {},
) {
  const root = resolve(dir);
  const compressed = new Map();
  const gzipped = (path, body) => {
    const cached = compressed.get(path);
    if (cached?.body.equals(body)) return cached.gzip;
    compressed.set(path, { body, gzip: gzipSync(body, { level: 9 }) });
    return compressed.get(path).gzip;
  };
  const state = { offline: false };
  const server = createServer(async (request, response) => {
    if (state.offline) {
      request.socket.destroy();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let file = join(root, path);
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if (!(path in files) && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = path in files ? Buffer.from(files[path]) : await readFile(file);
      const encoded = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}${encoded ? '-gz' : ''}"`;
      const unchanged = etags && request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag);
      response.writeHead(unchanged ? 304 : 200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(etags ? { etag } : {}),
        ...(encoded ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      onResponse(path, unchanged ? Buffer.alloc(0) : body);
      response.end(unchanged ? undefined : encoded ? gzipped(path, body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      onResponse(path, Buffer.from('not found'));
      response.end('not found');
    }
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, host, done));
  const url = `http://${host}:${server.address().port}/`;
  return {
    url,
    close: () => new Promise((done) => server.close(done)),
    get offline() { return state.offline; },
    set offline(value) { state.offline = value; },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', host = '127.0.0.1', port = '8080'] = process.argv.slice(2);
  const { url } = await serveDirectory(dir, { host, port: Number(port) });
  console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`);
}
