// The benchmark: this check side by side with the SurveyJS reference of the same questionnaire, on a desktop
// and a throttled phone profile, medians of N fresh visits each, printed as Markdown tables with the ratio
// check / SurveyJS. Reports, never judges: it fails only when something does not run.
// Run it with scripts/bench [runs], which builds the check's release first.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { launchBrowser } from '../e2e/support.mjs';
import { apps, buildSurveyJs, serveApp, hosts } from './apps.mjs';
import { profiles, visit, AFTER_RESULT_MS } from './visit.mjs';

const runs = Number(process.argv[2] ?? 3);
if (!(runs >= 1)) throw new Error(`runs must be a positive number, got ${process.argv[2]}`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Compressed sizes by content, computed after the visits so that compressing never competes with the browser.
const sizes = new Map();
function compressed(body) {
  const key = createHash('sha256').update(body).digest('hex');
  if (!sizes.has(key)) {
    sizes.set(key, {
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(key);
}
const bytes = (responses, method) => responses.reduce((sum, response) => sum + compressed(response.body)[method], 0);

// The machine is often shared: its load when the visits begin says how far the times can be trusted.
const load = loadavg()[0].toFixed(1);
await buildSurveyJs();
// Each app from each kind of host (README "Benchmark"); each visit's table is "profile, host".
const servers = await Promise.all(hosts.map((host) => Promise.all(apps.map((app) => serveApp(app, host)))));
const browser = await launchBrowser();
const chromiumVersion = browser.version();
const results = {};
const tables = [];
try {
  // One visit of each app first, not counted: it fills the server's compression cache and the disk cache.
  for (const [index, app] of apps.entries()) await visit(browser, app, servers[0][index], profiles[0]);
  for (const [hostIndex, host] of hosts.entries()) {
    for (const profile of profiles) {
      const table = `${profile.name}, ${host.name}`;
      tables.push(table);
      results[table] = apps.map(() => []);
      // The apps take turns, so that a busy moment of the machine does not fall on one of them only.
      for (let run = 0; run < runs; run++) {
        for (const [index, app] of apps.entries()) {
          console.error(`${table}: ${app.name}, visit ${run + 1} of ${runs}`);
          results[table][index].push(await visit(browser, app, servers[hostIndex][index], profile));
        }
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.flat().map((server) => server.close()));
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const kb = (value) => `${(value / 1000).toFixed(1)} KB`;
const metrics = [
  ['first question usable', (visits) => median(visits.map((v) => v.firstQuestionMs)), ms],
  ['second question usable', (visits) => median(visits.map((v) => v.secondQuestionMs)), ms],
  ['each step (answer → next question)', (visits) => median(visits.flatMap((v) => v.steps)), ms],
  ['result shown after the last answer', (visits) => median(visits.map((v) => v.resultMs)), ms],
  ['bytes before the first question (gzip)', (visits) => median(visits.map((v) => bytes(v.beforeFirstQuestion, 'gzip'))), kb],
  ['bytes before the first question (brotli)', (visits) => median(visits.map((v) => bytes(v.beforeFirstQuestion, 'brotli'))), kb],
  [`bytes of the whole visit, ${AFTER_RESULT_MS / 1000} s after the result (gzip)`, (visits) => median(visits.map((v) => bytes(v.wholeVisit, 'gzip'))), kb],
  [`bytes of the whole visit, ${AFTER_RESULT_MS / 1000} s after the result (brotli)`, (visits) => median(visits.map((v) => bytes(v.wholeVisit, 'brotli'))), kb],
  ['layout shift of the start screen (CLS)', (visits) => median(visits.map((v) => v.layoutShift)), (value) => value.toFixed(3)],
];

const lines = [
  `Machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Chromium ${chromiumVersion}; ` +
    `load average ${load} at the start; medians of ${runs} visits per app and profile; 1 KB = 1,000 bytes.`,
];
for (const table of tables) {
  lines.push('', `**${table}**`, '', `| | ${apps.map((app) => app.name).join(' | ')} | ratio |`, '|---|---|---|---|');
  for (const [label, measure, format] of metrics) {
    const [check, reference] = results[table].map(measure);
    const ratio = reference > 0 ? (check / reference).toFixed(2) : '–';
    lines.push(`| ${label} | ${format(check)} | ${format(reference)} | ${ratio} |`);
  }
}
console.log(lines.join('\n'));

// What the last visit of each app in the last table loaded, file by file, to see where the bytes are (on stderr).
for (const [index, app] of apps.entries()) {
  const files = results[tables.at(-1)][index].at(-1).wholeVisit.map((response) => `${response.path} ${kb(compressed(response.body).gzip)}`);
  console.error(`\n${app.name}, whole visit (gzip): ${files.join(', ')}`);
}
