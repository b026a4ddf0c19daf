// The two apps the benchmark compares: the check's release build in dist/ (with a branded config.ini) and the
// SurveyJS reference of the same questionnaire. Each names the few selectors a visit needs; they are the only
// place that knows either app's markup, and each survives a navigation (the result may be a page of its own).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serveDirectory } from '../../tools/static-server.mjs';
import { root } from '../e2e/support.mjs';

const surveyjsDir = join(root, 'target/bench-surveyjs');

/** A site owner's branding, so the check's layout shift is measured with name, logo and colours. */
const branding = {
  '/config.ini': 'name = Muster Beratung\nlogo = bench-logo.svg\nprimary = #1a6b4f\naccent = #b5412a\n',
  '/bench-logo.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32" viewBox="0 0 96 32">' +
    '<rect width="96" height="32" rx="6" fill="#1a6b4f"/>' +
    '<text x="48" y="22" font-size="16" text-anchor="middle" fill="#fff">MB</text></svg>',
};

export const apps = [
  {
    name: 'this check',
    dir: join(root, 'dist'),
    files: branding,
    // The end-to-end tests' selectors (tests/e2e/support.mjs); the start button is disabled until the app runs.
    selectors: {
      start: '.start button.primary:not([disabled])',
      radios: 'input[type=radio][name^=slot-]',
      next: '.step-nav button.primary',
      result: '.result .overall-score',
    },
  },
  {
    name: 'SurveyJS',
    dir: surveyjsDir,
    files: {},
    selectors: {
      start: '.sd-navigation__start-btn',
      radios: '.sd-question input[type=radio]',
      next: '.sd-navigation__next-btn, .sd-navigation__complete-btn',
      result: '.sd-completedpage .overall-score',
    },
  },
];

/**
 * Builds the SurveyJS reference into target/bench-surveyjs/: the questionnaire generated from the model, bundled
 * with survey-core, survey-js-ui and the default theme by esbuild, minified.
 */
export async function buildSurveyJs() {
  await mkdir(surveyjsDir, { recursive: true });
  const questionnaire = execFileSync('cargo', ['run', '-q', '-p', 'model', '--example', 'surveyjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  await writeFile(join(surveyjsDir, 'questionnaire.json'), questionnaire);
  await build({
    entryPoints: [join(root, 'tests/bench/surveyjs/survey.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    outdir: surveyjsDir,
    logLevel: 'warning',
  });
  await copyFile(join(root, 'tests/bench/surveyjs/index.html'), join(surveyjsDir, 'index.html'));
}

/**
 * The two kinds of host the apps are served from: most hosts send ETags, so a file the browser holds is
 * revalidated with a bodiless 304; some forbid caching (`Cache-Control: no-store`) and send no ETags, so the
 * browser keeps nothing and a file asked for again is downloaded again.
 */
export const hosts = [
  { name: 'ETag host', options: {} },
  { name: 'no-store host', options: { headers: { 'cache-control': 'no-store' }, etags: false } },
];

/**
 * Serves an app on loopback, gzip-compressed as most hosts do, with the headers of `host`, and records every
 * response the server sends (to the page or its service worker) with the time it was sent, so a visit's bytes
 * are counted on the server's side.
 */
export async function serveApp(app, host = hosts[0]) {
  const responses = [];
  const server = await serveDirectory(app.dir, {
    ...host.options,
    files: app.files,
    gzip: true,
    onResponse: (path, body) => responses.push({ time: performance.timeOrigin + performance.now(), path, body }),
  });
  return { ...server, responses };
}
