// Browser test of the dashboard: Debian's headless Chromium, driven by playwright-core (no browser
// download), opens `faultline serve` on a test store, selects the Serbia–Kosovo dyad, checks its
// timeline and events, opens one event's evidence and the article it came from, and saves a
// screenshot. Run by CTest (tests/browser/CMakeLists.txt):
//
//   node web/test/browser.mjs --faultline build/faultline --work build/browser
//
// When Chromium or web/node_modules is missing the test is skipped (exit 77) with a message, and
// fails under CI=true. The store is the example corpus (examples/kosovo) ingested by `faultline
// ingest` — with the shipped dictionaries, or else the PETRARCH ones in the shared folder
// (--shared, $FAULTLINE_SHARED) — unless --db names one. Without any dictionaries it falls back to a
// generated store (`faultline synthesize`) and says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const SKIP = 77;
const inCi = process.env.CI === 'true';

function unavailable(what) {
  if (inCi) {
    console.error(`browser test: FAILED: ${what} (CI=true requires it; run scripts/setup.sh)`);
    process.exit(1);
  }
  console.log(`browser test: skipped: ${what} (run scripts/setup.sh to install it)`);
  process.exit(SKIP);
}

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) unavailable(`Chromium not found at ${chromium}`);
if (!existsSync(join(webDir, 'node_modules', 'playwright-core'))) unavailable(`${webDir}/node_modules is missing (npm ci)`);
const tool = args.faultline;
if (!tool || !existsSync(tool)) {
  console.error('browser test: FAILED: give --faultline PATH to the built faultline binary');
  process.exit(1);
}
const work = resolve(args.work ?? 'browser-test');
mkdirSync(work, { recursive: true });

function fail(message) {
  console.error(`browser test: FAILED: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

// The bundle under test is built from the current sources into the work folder.
const dist = join(work, 'dist');
const built = spawnSync(process.execPath, [join(webDir, 'build.mjs'), dist], { encoding: 'utf8' });
if (built.status !== 0) fail(`bundling the dashboard failed:\n${built.stderr}`);

const repo = resolve(webDir, '..');
function exampleStore() {
  const db = join(work, 'kosovo-example.db');
  const fresh = () => { for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true }); };
  const ingest = (extra) => {
    fresh();
    return spawnSync(tool, ['ingest', '-q', '--db', db, ...extra, join(repo, 'examples', 'kosovo')], { encoding: 'utf8' });
  };
  let run = ingest([]);
  if (run.status === 0) return db;
  const shared = args.shared ?? process.env.FAULTLINE_SHARED ?? resolve(repo, '..', 'shared');
  const p = join(shared, 'peers', 'petrarch2');
  if (existsSync(join(p, 'PETR.Validate.verbs.txt'))) {
    run = ingest(['--verbs', join(p, 'PETR.Validate.verbs.txt'),
      '--actors', ['Countries', 'International', 'MilNonState'].map((n) => join(p, `Phoenix.${n}.actors.txt`)).join(','),
      '--agents', join(p, 'Phoenix.agents.txt'), '--discards', join(p, 'Phoenix.discards.txt')]);
    if (run.status === 0) return db;
    fail(`faultline ingest of the example corpus failed:\n${run.stderr}`);
  }
  if (inCi) fail(`no dictionaries to ingest the example corpus (${run.stderr.trim()}; no ${p})`);
  console.log(`browser test: no dictionaries to ingest examples/kosovo (${run.stderr.trim()}); using a generated store`);
  fresh();
  const made = spawnSync(tool, ['synthesize', '--db', db, '--events', '20000', '--seed', '7'], { encoding: 'utf8' });
  if (made.status !== 0) fail(`faultline synthesize failed:\n${made.stderr}`);
  return db;
}
const db = args.db ?? exampleStore();

const server = spawn(tool, ['serve', '--db', db, '--port', '0', '--web-dir', dist], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', (d) => { serverErr += d; });
const origin = await new Promise((resolveUrl, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`faultline serve did not start:\n${serverErr}`)), 15000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
    if (m) { clearTimeout(timer); resolveUrl(m[0]); }
  });
  server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`faultline serve exited (${code}):\n${serverErr}`)); });
});

const require = createRequire(import.meta.url);
const { chromium: launcher } = require(join(webDir, 'node_modules', 'playwright-core'));
const browser = await launcher.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
const screenshot = join(work, 'dashboard.png');
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(origin)) problems.push(`request outside the server: ${r.url()}`); });

  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready]', { timeout: 20000 });

  // Select Serbia–Kosovo from the dyad list.
  await page.fill('#dyad-search', 'SRB');
  const item = page.locator('#dyad-list li[data-dyad="SRB-KSV"], #dyad-list li[data-dyad="KSV-SRB"]').first();
  if (await item.count() === 0) fail('the dyad list has no Serbia–Kosovo entry');
  const before = await page.getAttribute('body', 'data-ready');
  await item.click();
  await page.waitForFunction((b) => document.body.dataset.ready !== b, before, { timeout: 20000 });

  const title = await page.textContent('#timeline-title');
  if (!/SRB–KSV|KSV–SRB/.test(title)) fail(`timeline title does not name the dyad: "${title}"`);
  if (await page.locator('#timeline .uplot canvas').count() === 0) fail('no timeline chart drawn');
  const legend = await page.textContent('#timeline .u-legend');
  if (!/Cooperation/.test(legend) || !/Conflict/.test(legend) || !/Goldstein/.test(legend)) fail(`timeline legend incomplete: ${legend}`);

  const rows = page.locator('#events-body tr[data-event]');
  const n = await rows.count();
  if (n === 0) fail('no events listed for the dyad');
  const actors = await page.$$eval('#events-body tr[data-event]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td.actor')].map((td) => td.textContent)));
  for (const [s, t] of actors) {
    const pair = [s.slice(0, 3), t.slice(0, 3)].sort().join('-');
    if (pair !== 'KSV-SRB') fail(`event ${s} → ${t} is not a Serbia–Kosovo event`);
  }
  if (await page.locator('#events-body tr[data-event] mark.ev-trigger').count() < n) fail('an event row lacks its highlighted trigger');

  // Open one event's evidence, then the article with its events.
  await rows.nth(Math.min(1, n - 1)).click();
  await page.waitForSelector('#drawer:not([hidden]) .evidence-quote mark.ev-trigger', { timeout: 10000 });
  const trigger = (await page.textContent('#drawer .evidence-quote mark.ev-trigger')).trim();
  if (!trigger) fail('the evidence has an empty trigger');
  const quote = await page.textContent('#drawer .evidence-quote');
  if (!quote.includes(trigger)) fail('the trigger is not inside its sentence');
  await page.click('#drawer .mention-links button');
  await page.waitForSelector('#doc-view .doc-text mark.ev-trigger', { timeout: 10000 });
  const articleHref = await page.getAttribute('#drawer .mention-links a', 'href');
  if (!/^https?:\/\//.test(articleHref ?? '')) fail(`the article link is missing: ${articleHref}`);
  if (await page.locator('#map svg circle').count() === 0) fail('the map shows no event location');
  if (await page.locator('#matrix td.selected').count() === 0) fail('the matrix does not mark the selected dyad');

  await page.screenshot({ path: screenshot });
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-full.png'), fullPage: true });
  if (problems.length) fail(problems.join('\n'));
  console.log(`browser test: passed (${n} Serbia–Kosovo events, trigger "${trigger}"); screenshot ${screenshot}`);
} catch (error) {
  if (!process.exitCode) {
    console.error(`browser test: FAILED: ${error.message}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
