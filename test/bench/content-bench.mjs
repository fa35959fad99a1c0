// Content-script benchmark (issue 4, Performance). Run after `npm run build`:
//
//   node test/bench/content-bench.mjs            (BENCH_RUNS=5 by default)
//
// Loads a generated 5,000-row CRM list page (dates, IDs and amounts around
// ~7,500 phone numbers) in headless Chromium three ways, in the same run:
//   none         no extension: the baseline every "added" figure is measured against;
//   switchboard  the built extension (dist/), its content script as shipped;
//   c2d          ringcentral-c2d from npm, injected once the page has loaded
//                (where a vendor's content script would run), default settings.
// Once per run each extension also gets an agent who scrolls to the last row
// on load and points at its number (pointAtLast). It prints medians; it asserts nothing (times depend on the machine). Every
// row holds different phone numbers, as a real lead list does (validation
// caches do not help), and the variants take turns run by run.
//
// While working on one side: BENCH_VARIANTS=none,switchboard BENCH_PAGES=crm
// (ratios need c2d); BENCH_DEBUG=1 prints every run; SWITCHBOARD_DIST=<dir>
// measures a build kept apart from dist/.
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { crmPage, numbersIn, prosePage, row } from './crm-page.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// SWITCHBOARD_DIST: a build kept apart from dist/ (which the e2e suite may be rebuilding meanwhile).
const DIST = process.env.SWITCHBOARD_DIST ? path.resolve(process.env.SWITCHBOARD_DIST) : path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROWS = 5000;
const APPENDED = 500;
/** Every figure is read this long after navigation started, when all variants have long settled. */
const SETTLE_MS = 4000;
/** c2d gives no "done" signal: it is done when no match was added for this long. */
const QUIET_MS = 1500;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

if (!existsSync(path.join(DIST, 'manifest.json'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const C2D_SOURCE = readFileSync(createRequire(import.meta.url).resolve('ringcentral-c2d/build/index.js'), 'utf8');
// Counts the matches c2d registers (it changes no DOM until hover, so this is its "callable").
const C2D_START = `
window.__c2d = { matches: 0, last: 0 };
// The UMD build exposes the class itself as the global.
const c2d = new (RingCentralC2D.RingCentralC2D ?? RingCentralC2D)();
const nodes = c2d.observer._observer;
const addMatch = nodes.addMatch.bind(nodes);
nodes.addMatch = (m) => { window.__c2d.matches++; window.__c2d.last = performance.now(); return addMatch(m); };`;

// Long tasks and long animation frames, from the start of the page.
const PERF_INIT = `
window.__perf = { tasks: [], frames: [] };
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.frames.push([e.startTime, e.duration]); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}`;

const pages = {
  '/crm': crmPage(ROWS, true),
  '/plain': crmPage(ROWS, false),
  '/prose': prosePage(ROWS),
};

function serve() {
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

async function poll(fn, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The content script's files: the loader in the manifest and every module it pulls in. */
function contentScriptSize() {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const queue = [...manifest.content_scripts[0].js];
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(DIST, file), 'utf8');
    raw += Buffer.byteLength(text);
    gzip += gzipSync(text).length;
    for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*|getURL\()\s*["']([^"']+\.js)["']/g)) {
      const ref = m[1].startsWith('.') ? path.posix.join(path.posix.dirname(file), m[1]) : m[1].replace(/^\//, '');
      queue.push(ref);
    }
  }
  return { raw, gzip, files: seen.size };
}

/**
 * The page's main thread, from a trace: what ran on it, as blocks. A block is
 * a task plus the microtask checkpoint right after it: promise continuations
 * (an async scan that awaits between slices) run in the checkpoint, which
 * the trace records beside the task, not inside it, and which the
 * Performance domain's TaskDuration leaves out entirely (it under-counted
 * Switchboard's scan by two thirds, measured). The Long Tasks API leaves out
 * rendering work (a style recalculation of half a second shows there as no
 * long task at all); the trace has both. The page's main thread is the one
 * that marked the load event last.
 */
function mainThreadBlocks(events) {
  const load = events.filter((e) => e.name === 'loadEventEnd' && e.cat.includes('blink.user_timing')).sort((a, b) => b.ts - a.ts)[0];
  if (load === undefined) return null;
  const top = events
    .filter((e) => e.ph === 'X' && e.pid === load.pid && e.tid === load.tid && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'))
    .sort((a, b) => a.ts - b.ts);
  const blocks = [];
  for (const e of top) {
    const last = blocks[blocks.length - 1];
    // Nested in the block before, or its checkpoint (which starts as the task
    // ends). A task that merely starts as the one before ends is a block of
    // its own: on a busy thread tasks run back to back (a slice of ours right
    // after the page's layout is not one long task).
    const nested = last !== undefined && e.ts < last.end;
    const checkpoint = last !== undefined && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts <= last.end + 50;
    if (nested || checkpoint) {
      last.end = Math.max(last.end, e.ts + e.dur);
      continue;
    }
    blocks.push({ start: e.ts, end: e.ts + e.dur });
  }
  return { load: load.ts, blocks };
}

/** Milliseconds the page's main thread was busy, all told. */
function mainThreadTime(events) {
  const main = mainThreadBlocks(events);
  return main === null ? null : main.blocks.reduce((sum, b) => sum + (b.end - b.start), 0) / 1000;
}

/** The longest block on the page's main thread after its load event. */
function longestTaskAfterLoad(events) {
  const main = mainThreadBlocks(events);
  if (main === null) return null;
  return Math.max(0, ...main.blocks.filter((b) => b.start >= main.load).map((b) => (b.end - b.start) / 1000));
}

async function measure(context, variant, url, expectNumbers) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const trace = [];
  cdp.on('Tracing.dataCollected', (d) => trace.push(...d.value));
  // Only top-level tasks and the page's own timing marks: cheap enough not to change what is measured.
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  const out = { variant, all: null, inView: null, appended: null, loadEnd };

  if (variant === 'c2d') await page.addScriptTag({ content: `${C2D_SOURCE}\n${C2D_START}` });
  if (variant === 'switchboard') {
    const marks = await poll(
      () =>
        page.evaluate(() => {
          const done = performance.getEntriesByName('switchboard:scan-done')[0];
          const view = performance.getEntriesByName('switchboard:visible-ready')[0];
          return done ? { done: done.startTime, view: view?.startTime ?? done.startTime, numbers: done.detail?.numbers } : null;
        }),
      'switchboard:scan-done',
    );
    out.all = marks.done;
    out.inView = marks.view;
    out.found = marks.numbers;
  } else if (variant === 'c2d' && expectNumbers) {
    // (On the other pages c2d may find nothing at all: they are read after SETTLE_MS only.)
    const done = await poll(
      () => page.evaluate((quiet) => (window.__c2d.matches > 0 && performance.now() - window.__c2d.last > quiet ? { ...window.__c2d } : null), QUIET_MS),
      'c2d matches',
    );
    out.all = done.last;
    out.inView = done.last;
    out.found = done.matches;
  }

  await page.waitForFunction((t) => performance.now() > t, SETTLE_MS);
  if (variant === 'switchboard') {
    // Switchboard's own time in its slices (reading and measuring), as it reports it.
    out.work = await page.evaluate(() => Math.max(...['switchboard:scan-done', 'switchboard:measure-done'].map((n) => performance.getEntriesByName(n)[0]?.detail?.workMs ?? 0)));
  }
  await cdp.send('HeapProfiler.collectGarbage');
  out.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const perf = await page.evaluate(() => window.__perf);
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traced;
  out.longestTask = longestTaskAfterLoad(trace);
  out.taskMs = mainThreadTime(trace);
  out.longestLongTask = Math.max(0, ...perf.tasks.filter(([start]) => start >= loadEnd).map(([, d]) => d));
  out.longestFrame = Math.max(0, ...perf.frames.filter(([start]) => start >= loadEnd).map(([, d]) => d));

  if (expectNumbers && variant !== 'none') {
    const html = Array.from({ length: APPENDED }, (_, i) => row(ROWS + i)).join('');
    const wanted = (out.found ?? 0) + numbersIn(ROWS, ROWS + APPENDED);
    const t0 = await page.evaluate((h) => {
      const t = performance.now();
      document.getElementById('rows').insertAdjacentHTML('beforeend', h);
      return t;
    }, html);
    if (variant === 'switchboard') {
      out.appended = await poll(
        () =>
          page.evaluate(
            ([start, n]) => {
              const m = performance.getEntriesByName('switchboard:update-done')[0];
              return m && m.startTime > start && m.detail?.numbers >= n ? { at: m.startTime - start, work: m.detail.workMs } : null;
            },
            [t0, wanted],
          ),
        'appended rows',
      );
      out.appendWork = out.appended.work - out.work;
      out.appended = out.appended.at;
    } else {
      out.appended = await poll(
        () => page.evaluate(([start, quiet]) => (window.__c2d.last > start && performance.now() - window.__c2d.last > quiet ? window.__c2d.last - start : null), [t0, QUIET_MS]),
        'c2d appended rows',
      );
    }
  }
  await page.close();
  return out;
}

/**
 * An agent who scrolls to the end of the list as soon as it has loaded and
 * points at the last number: the time from load until its call button shows
 * (Switchboard's button beside the number, c2d's widget); without an
 * extension, until the page takes the pointer at all. The pointer keeps
 * moving by a pixel, as a hand does: c2d listens for the pointer on a number
 * only once its scan has found it.
 */
async function pointAtLast(context, variant, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  if (variant === 'c2d') await page.addScriptTag({ content: `${C2D_SOURCE}\n${C2D_START}` });
  const spot = await page.evaluate(() => {
    const cell = document.querySelector('#rows tr:last-child td:nth-child(7)');
    cell.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(cell.firstChild);
    const box = range.getBoundingClientRect();
    // (Without an extension: when the page first takes the pointer at all, the floor for any call button.)
    addEventListener('pointermove', () => (window.__pointerAt ??= performance.now()), { capture: true, once: true });
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, right: box.right };
  });
  const shownAt = await poll(async () => {
    await page.mouse.move(spot.x + (Math.random() < 0.5 ? 0 : 1), spot.y);
    return page.evaluate(
      ([{ right, y }, variant]) => {
        if (variant === 'none') return window.__pointerAt ?? null;
        // Switchboard's button: 4 px after the number, 22 px wide (hit-test.ts), in a closed shadow root whose host carries its mark.
        const shown = variant === 'c2d' ? (document.querySelector('rc-c2d-widget')?.getBoundingClientRect().width ?? 0) > 0 : document.elementFromPoint(right + 4 + 11, y)?.hasAttribute('data-switchboard-own');
        return shown ? performance.now() : null;
      },
      [spot, variant],
    );
  }, 'the call button at the last number');
  await page.close();
  return shownAt - loadEnd;
}

async function launch(variant) {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-bench-'));
  const withExtension = variant === 'switchboard';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [...ARGS, ...(withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : [])],
  });
  await context.addInitScript({ content: PERF_INIT });
  if (withExtension) {
    // Let the worker finish its first start (it opens the microphone page on install).
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await sw.evaluate(() => true);
  }
  return { context, close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) };
}

const fmt = (v, unit = 'ms') => (v === null || v === undefined ? '—' : `${Math.round(v)} ${unit}`);
const kb = (v) => (v === null ? '—' : `${(v / 1024).toFixed(0)} KB`);

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const results = {};
// BENCH_VARIANTS=none,switchboard: a quicker run while working on one side (ratios need c2d).
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'none,switchboard,c2d').split(',');
const PAGES = (process.env.BENCH_PAGES ?? 'crm,plain,prose').split(',');
const PAGE_LIST = [['crm', `${origin}/crm`, true], ['plain', `${origin}/plain`, false], ['prose', `${origin}/prose`, false]].filter(([n]) => PAGES.includes(n));
// Every variant's browser stays open and the runs take turns (none, switchboard,
// c2d, none...): a slower minute on this shared machine then weighs on every
// variant alike instead of on whichever ran during it.
const browsers = {};
for (const variant of VARIANTS) browsers[variant] = await launch(variant);
for (const [name, url, numbers] of PAGE_LIST) {
  // One warm-up load each (compiles, caches), then the measured runs.
  for (const variant of VARIANTS) await measure(browsers[variant].context, variant, url, numbers);
  for (let i = 0; i < RUNS; i++) {
    for (const variant of VARIANTS) (results[`${variant}/${name}`] ??= []).push(await measure(browsers[variant].context, variant, url, numbers));
    if (name === 'crm') for (const variant of VARIANTS) (results[`${variant}/point`] ??= []).push({ at: await pointAtLast(browsers[variant].context, variant, url) });
  }
}
for (const browser of Object.values(browsers)) await browser.close();
server.close();

if (process.env.BENCH_DEBUG) for (const [k, runs] of Object.entries(results)) console.log(k, JSON.stringify(runs.map((r) => ({ load: Math.round(r.loadEnd), view: r.inView && Math.round(r.inView - r.loadEnd), all: r.all && Math.round(r.all - r.loadEnd), work: r.work && Math.round(r.work) }))));
const med = (key, field) => median((results[key] ?? []).map((r) => r[field]));
const baseTask = { crm: med('none/crm', 'taskMs'), plain: med('none/plain', 'taskMs'), prose: med('none/prose', 'taskMs') };
const baseHeap = { crm: med('none/crm', 'heap'), plain: med('none/plain', 'heap'), prose: med('none/prose', 'heap') };
const fromLoad = (key, field) => median((results[key] ?? []).map((r) => (r[field] === null ? null : r[field] - r.loadEnd)));
const added = (v, page) => med(`${v}/${page}`, 'taskMs') - baseTask[page];
const ratio = (v, page) => (v === 'c2d' ? '' : ` (${(added(v, page) / added('c2d', page)).toFixed(2)} × c2d)`);
const size = contentScriptSize();
const c2dRaw = Buffer.byteLength(C2D_SOURCE);
const c2dGzip = gzipSync(C2D_SOURCE).length;

const rows = [
  ['numbers found (crm page)', (v) => String(med(`${v}/crm`, 'found') ?? '—')],
  ['load event (from navigation)', (v) => fmt(med(`${v}/crm`, 'loadEnd'))],
  ['numbers in view callable (after load)', (v) => fmt(fromLoad(`${v}/crm`, 'inView'))],
  ['every number found: drawn, listed (after load)', (v) => fmt(fromLoad(`${v}/crm`, 'all'))],
  ['last number pointed at on load: call button shown (after load)', (v) => fmt(med(`${v}/point`, 'at'))],
  ['longest main-thread task after load (trace)', (v) => fmt(med(`${v}/crm`, 'longestTask'))],
  ['longest task after load (Long Tasks API)', (v) => fmt(med(`${v}/crm`, 'longestLongTask'))],
  ['longest animation frame after load (≥50 ms)', (v) => fmt(med(`${v}/crm`, 'longestFrame'))],
  ['main-thread time added vs no extension', (v) => fmt(added(v, 'crm')) + ratio(v, 'crm')],
  ['own script time in slices (reading, measuring)', (v) => (v === 'switchboard' ? fmt(med(`${v}/crm`, 'work')) : '—')],
  ['heap held vs no extension', (v) => kb(med(`${v}/crm`, 'heap') - baseHeap.crm)],
  [`${APPENDED} appended rows callable`, (v) => fmt(med(`${v}/crm`, 'appended'))],
  [`${APPENDED} appended rows: own script time`, (v) => (v === 'switchboard' ? fmt(med(`${v}/crm`, 'appendWork')) : '—')],
  ['no phone numbers (IDs, dates kept): time added', (v) => fmt(added(v, 'plain')) + ratio(v, 'plain')],
  ['no phone numbers (IDs, dates kept): heap held', (v) => kb(med(`${v}/plain`, 'heap') - baseHeap.plain)],
  ['no digits at all (prose): time added', (v) => fmt(added(v, 'prose')) + ratio(v, 'prose')],
  ['no digits at all (prose): heap held', (v) => kb(med(`${v}/prose`, 'heap') - baseHeap.prose)],
  ['script size (raw / gzip)', (v) => (v === 'switchboard' ? `${kb(size.raw)} / ${kb(size.gzip)} (${size.files} files)` : `${kb(c2dRaw)} / ${kb(c2dGzip)}`)],
];
console.log(`\nContent-script benchmark: ${ROWS}-row CRM page, medians of ${RUNS} runs (Chromium headless, ${new Date().toISOString()})`);
console.log(`baseline without extension: main-thread ${fmt(baseTask.crm)} (crm page), ${fmt(baseTask.plain)} (no phone numbers), ${fmt(baseTask.prose)} (prose); load event ${fmt(med('none/crm', 'loadEnd'))}; longest task after load ${fmt(med('none/crm', 'longestTask'))}, longest animation frame after load ${fmt(med('none/crm', 'longestFrame'))}; the last row, scrolled to on load, first takes the pointer ${fmt(med('none/point', 'at'))} after load`);
// Other work on the machine inflates every figure; the side-by-side comparison is what holds.
console.log(`machine load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}\n`);
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${''.padEnd(width)}  ${'switchboard'.padEnd(34)}ringcentral-c2d`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value('switchboard').padEnd(34)}${value('c2d')}`);
