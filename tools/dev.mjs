// The development loop behind scripts/dev: builds the pages with `scripts/build --dev`, serves the result at
// http://127.0.0.1:8080 and builds again whenever a source changes. The server keeps running through a build;
// a change that arrives during one starts another as soon as it ends, so the last edit is always built.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { serveDirectory } from './static-server.mjs';

const dist = 'target/dev-dist';
// Everything a build reads. Trunk writes into target/ and dist/, which are not watched, so a build never
// triggers itself.
const sources = [
  'src', 'model/src', 'styles', 'assets', 'embed', 'tools', 'Cargo.toml', 'model/Cargo.toml', 'Trunk.toml',
  'index.html', 'workshop.html', 'embed.html', 'boot.js', 'config.ini', 'config.example.ini',
];

function build() {
  const started = Date.now();
  return new Promise((done) => {
    spawn('scripts/build', ['--dev'], { stdio: 'inherit' }).on('exit', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(code === 0 ? `dev: built in ${seconds} s` : `dev: the build failed after ${seconds} s`);
      done(code === 0);
    });
  });
}

let building = null;
let changedSince = false;
async function rebuild() {
  if (building) {
    changedSince = true;
    return;
  }
  do {
    changedSince = false;
    building = build();
    await building;
  } while (changedSince);
  building = null;
}

// Editors save in bursts (a temporary file, a rename); one build a moment after the last event covers them.
let pending;
for (const path of sources) {
  watch(path, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(rebuild, 200);
  });
}

// The offline cache serves a page's files before the network, so a reload would show the previous build.
// In the loop, the service worker is one that removes itself: every reload shows the last build. The release's
// worker is tested by the end-to-end tests against the release build.
const files = {
  '/sw.js': "self.addEventListener('install', () => self.skipWaiting());\n"
    + "self.addEventListener('activate', () => self.registration.unregister());\n",
};

await rebuild();
const { url } = await serveDirectory(dist, { port: 8080, files });
console.log(`dev: serving a debug build of ${dist} at ${url} (Ctrl+C to stop); it rebuilds on every change`);
