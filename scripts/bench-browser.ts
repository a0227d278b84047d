/**
 * `npm run bench:browser`: the browser app's speed against the targets in
 * docs/quality.md (main-thread cost per frame while playing 200 people, the
 * aggregate view at 600, no long task during a 1,000-run ensemble, first-load
 * JS). Builds the app, serves it with `vite preview`, drives Debian's Chromium
 * through playwright-core. Reports figures and ratios; never fails on a target
 * (exit 1 only when it could not run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, startPreview, type Preview } from './preview-server.ts';
import { attribute } from './bench-browser/attribute.ts';
import { frameCosts, quantile, type FrameCost } from './bench-browser/trace.ts';

const OUT_DIR = 'test-results/bench-dist';
/** Every traced window is saved here (one JSON per case), for `scripts/bench-browser/attribute.ts`. */
const TRACE_DIR = 'test-results/bench-traces';

/**
 * Options (after `npm run bench:browser --`):
 *   --attribute   print what the frames above the p95 and above 8 ms contain (trace events' self time, script by function)
 *   --profile     also record V8's sampling profiler in the trace (JS self time per function; adds overhead)
 *   --invalidations  also record what invalidated layout, style and paint (which node, why, from which script)
 *   --unminified  build without minifying (readable function names in the attribution; not the shipped code)
 *   --quick       200 people only (no 600 people, no ensemble)
 *   --speeds=4,32 the 200-people speeds to measure (default: the app's default speed, 8 and 32)
 *   --windows=N   traced windows per speed at 200 people (default 3; the figures are the medians over them)
 */
const FLAGS = new Set(process.argv.slice(2));
const SPEEDS = process.argv.find((a) => a.startsWith('--speeds='))?.slice('--speeds='.length).split(',').filter(Boolean);
const WINDOWS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--windows='))?.slice('--windows='.length) ?? 3) || 3);
const ATTRIBUTE = FLAGS.has('--attribute') || FLAGS.has('--profile') || FLAGS.has('--invalidations');

const CHROMIUM = '/usr/bin/chromium';
const FRAME_TARGET_MS = 8;
const UNTRACED_MS = 4000;
const TRACED_MS = 3000;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(FLAGS.has('--profile') ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ...(FLAGS.has('--invalidations') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
];

/**
 * Installed before the page's own scripts (as a string, so no transpiler helper leaks into the page):
 * long tasks (buffered) and the timestamps of every animation frame while `recording` is on.
 */
const INSTRUMENT = `
window.__bench = { longTasks: [], frames: [], recording: false };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch (e) { window.__bench.noLongTasks = String(e); }
const benchLoop = (t) => { if (window.__bench.recording) window.__bench.frames.push(t); requestAnimationFrame(benchLoop); };
requestAnimationFrame(benchLoop);
`;

interface Window_ {
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly frameIntervalMedian: number;
  readonly frameIntervalP95: number;
  readonly frames: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a JavaScript expression in the page (the pages' CSP forbids Playwright's string predicates). */
async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await sleep(100);
  }
}
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

/** Starts recording in the page; returns the page clock at the start. */
async function startWindow(page: Page): Promise<number> {
  return page.evaluate('(() => { window.__bench.frames = []; window.__bench.recording = true; return performance.now(); })()') as Promise<number>;
}

/** Stops recording; long tasks that started in [t0, now] and the rAF intervals. */
async function endWindow(page: Page, t0: number): Promise<Window_> {
  const raw = (await page.evaluate(`(() => {
    const b = window.__bench; b.recording = false;
    const longs = b.longTasks.filter(([s, d]) => s >= ${t0} && d > 50);
    return { longs, frames: b.frames };
  })()`)) as { longs: [number, number][]; frames: number[] };
  const intervals = raw.frames.slice(1).map((t, i) => t - raw.frames[i]);
  return {
    longTasks: raw.longs.length,
    longestTaskMs: raw.longs.reduce((m, [, d]) => Math.max(m, d), 0),
    frameIntervalMedian: quantile(intervals, 0.5),
    frameIntervalP95: quantile(intervals, 0.95),
    frames: raw.frames.length,
  };
}

interface PlayFigures extends Window_ {
  readonly label: string;
  /** Median over the traced windows of each window's median and 95th percentile frame (wall) time. */
  readonly medianMs: number;
  readonly p95Ms: number;
  /** Each traced window's p95, in order. */
  readonly p95s: readonly number[];
  /** Median over the windows of the p95 of main-thread CPU time per frame (NaN without thread times). */
  readonly cpuP95Ms: number;
  readonly busyShare: number;
  readonly weeksPerSecond: number;
  readonly marker: string;
}

const latestWeek = (page: Page) => page.evaluate('window.__reciprocityLab.state().latestWeek') as Promise<number>;

/**
 * Measures playing in separate windows so tracing's own overhead never shows up as long tasks:
 * ~4 s untraced (long tasks, rAF intervals, weeks computed), then `windows` traced windows of ~3 s each (main-thread ms
 * per frame). Several windows, and their medians, because one window's p95 moves by a few ms with whatever else the
 * machine's cores run (docs/quality.md: report medians of several runs).
 */
async function measurePlaying(browser: Browser, page: Page, label: string, windows = 1): Promise<PlayFigures> {
  const w0 = await latestWeek(page);
  const t0 = await startWindow(page);
  await sleep(UNTRACED_MS);
  const w = await endWindow(page, t0);
  const w1 = await latestWeek(page);
  const elapsed = (((await page.evaluate('performance.now()')) as number) - t0) / 1000;
  const costs: FrameCost[] = [];
  for (let k = 0; k < windows; k++) {
    let trace = '';
    try {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await sleep(TRACED_MS);
      trace = (await browser.stopTracing()).toString('utf8');
    } catch (error) {
      console.log(`    (tracing failed: ${error instanceof Error ? error.message : String(error)})`);
    }
    const cost = trace ? frameCosts(trace) : null;
    if (!trace || !cost) continue;
    costs.push(cost);
    mkdirSync(TRACE_DIR, { recursive: true });
    const file = `${TRACE_DIR}/${label.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}${windows > 1 ? `-${k + 1}` : ''}.json`;
    writeFileSync(file, trace);
    if (ATTRIBUTE) {
      console.log(`  [${label}, window ${k + 1}] trace saved to ${file}`);
      const p95 = quantile(cost.perFrameMs, 0.95);
      for (const threshold of [p95, FRAME_TARGET_MS]) for (const line of attribute(trace, threshold)?.lines ?? []) console.log(`  ${line}`);
    }
  }
  const over = (f: (c: FrameCost) => number) => quantile(costs.map(f), 0.5);
  return {
    ...w,
    label,
    medianMs: over((c) => quantile(c.perFrameMs, 0.5)),
    p95Ms: over((c) => quantile(c.perFrameMs, 0.95)),
    p95s: costs.map((c) => quantile(c.perFrameMs, 0.95)),
    cpuP95Ms: over((c) => quantile(c.perFrameCpuMs, 0.95)),
    busyShare: over((c) => c.busyShare),
    marker: costs.length ? `${costs.length} × ~${Math.round(costs.reduce((n, c) => n + c.perFrameMs.length, 0) / costs.length)} frames by ${costs[0].frameMarker}` : 'no usable trace',
    weeksPerSecond: (w1 - w0) / elapsed,
  };
}

function report(f: PlayFigures): string {
  // The target is judged on the 95th percentile: "within 8 ms per frame" is about the slow frames, not the typical one.
  const ratio = Number.isFinite(f.p95Ms) ? `, ratio ${(f.p95Ms / FRAME_TARGET_MS).toFixed(2)}` : '';
  const each = f.p95s.length > 1 ? `; median of ${f.p95s.length} windows' p95: ${f.p95s.map(f1).join(', ')}` : '';
  return (
    `frame ms @${f.label}: p95 ${f1(f.p95Ms)} (target ≤ ${FRAME_TARGET_MS}${ratio}${each}), median ${f1(f.medianMs)}; ` +
    `main-thread CPU per frame p95 ${f1(f.cpuP95Ms)}; ` +
    `long tasks > 50 ms: ${f.longTasks}${f.longTasks ? ` (longest ${f1(f.longestTaskMs)} ms)` : ''}\n` +
    `    main thread busy ${(f.busyShare * 100).toFixed(0)}% of the time; frame interval median ${f1(f.frameIntervalMedian)} ms, p95 ${f1(f.frameIntervalP95)} ms; ` +
    `computed ${f1(f.weeksPerSecond)} wk/s; trace: ${f.marker}`
  );
}

/** Opens the trainer view with its test hooks and waits until it has drawn. */
async function openTrainer(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(`${baseUrl}?debug`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  await page.waitForSelector('#network .person, #network g.team', { timeout: 20_000 });
  return page;
}

/** Applies the current scenario with `teams` teams of `size` members (plus a leader each) through the editor, for 1,040 weeks. */
async function applyTeams(page: Page, teams: number, size: number): Promise<void> {
  await page.click('#tab-editor');
  const text = await page.inputValue('#scenario-text');
  // Rewritten as JSON (the editor holds the running scenario, whose layout changes once it has been applied).
  const scenario = JSON.parse(text) as { teams?: unknown; weeks?: unknown };
  if (!Array.isArray(scenario.teams)) throw new Error('the scenario text has no "teams" list (its format changed?)');
  scenario.teams = Array.from({ length: teams }, (_, i) => ({ name: `Team ${i + 1}`, size }));
  scenario.weeks = 1040;
  const big = JSON.stringify(scenario, null, 2);
  await page.fill('#scenario-text', big);
  await page.click('#apply-scenario');
  // The new run starts at week 0 (the run before it has the same number of teams when this is called twice).
  await waitFor(page, `window.__reciprocityLab.state().teams === ${teams} && window.__reciprocityLab.state().latestWeek === 0`, 20_000);
  await page.click('#tab-levers');
}

async function play(page: Page, speed: string): Promise<void> {
  await page.selectOption('#speed', speed);
  const playing = (await page.evaluate('window.__reciprocityLab.state().playing')) as boolean;
  if (!playing) await page.click('#play');
  await sleep(1000); // warm-up: layout settles, JIT compiles the draw path
}

async function pause(page: Page): Promise<void> {
  if ((await page.evaluate('window.__reciprocityLab.state().playing')) as boolean) await page.click('#play');
}

async function trainer(browser: Browser, baseUrl: string): Promise<PlayFigures[]> {
  const figures: PlayFigures[] = [];
  const page = await openTrainer(browser, baseUrl);
  await applyTeams(page, 4, 49);
  await page.click('#step');
  await waitFor(page, 'window.__reciprocityLab.state().latestWeek >= 1', 20_000);
  await page.waitForSelector('#network .person', { timeout: 20_000 });
  const drawn = await page.locator('#network .person').count();
  const defaultSpeed = await page.inputValue('#speed');
  for (const speed of SPEEDS ?? [defaultSpeed, '8', '32']) {
    // Each speed from week 0 of the same run, so no speed is measured on a later (larger, more eventful) stretch.
    await page.click('#reset');
    await waitFor(page, 'window.__reciprocityLab.state().latestWeek === 0', 20_000);
    await play(page, speed);
    const f = await measurePlaying(browser, page, `200 people, ${speed} wk/s`, WINDOWS);
    figures.push(f);
    console.log(report(f));
  }
  await pause(page);
  console.log(`    (${drawn} people drawn in the network view)`);
  if (FLAGS.has('--quick')) {
    await page.context().close();
    return figures;
  }

  await applyTeams(page, 4, 149);
  await page.click('#step');
  await waitFor(page, 'window.__reciprocityLab.state().latestWeek >= 1', 20_000);
  await page.waitForSelector('#network g.team', { timeout: 20_000 });
  const teams = await page.locator('#network g.team').count();
  const persons = await page.locator('#network .person').count();
  const aggregate = teams === 4 && persons === 0;
  console.log(`600 people: ${aggregate ? 'aggregate team view' : 'NOT the aggregate view'} (${teams} #network g.team, ${persons} .person)`);
  for (const speed of [defaultSpeed, '32']) {
    await page.click('#reset');
    await waitFor(page, 'window.__reciprocityLab.state().latestWeek === 0', 20_000);
    await play(page, speed);
    const f = await measurePlaying(browser, page, `600 people (aggregate), ${speed} wk/s`, WINDOWS);
    figures.push(f);
    console.log(report(f));
  }
  await pause(page);
  await page.context().close();
  return figures;
}

async function compare(browser: Browser, baseUrl: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(`${baseUrl}compare.html?scenario=healthy-team.json`);
  await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 20_000 });
  const panes = await page.locator('.pane').count();
  const perVariant = Math.round(1000 / Math.max(1, panes));
  await page.locator('#ensemble-runs').fill(String(perVariant));
  const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
  // Times in the page: click → "done" status (the computation) and → summary table drawn (everything).
  await page.evaluate(`(() => {
    const b = window.__bench; b.done = 0; b.drawn = 0;
    const status = document.querySelector('#ensemble-status');
    new MutationObserver(() => {
      if (!b.done && /done/i.test(status?.textContent ?? '')) b.done = performance.now();
      if (!b.drawn && document.querySelector('#ensemble-summary table')) b.drawn = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  const t0 = await startWindow(page);
  await page.click('#ensemble-run');
  await waitFor(page, 'window.__bench.done > 0 && window.__bench.drawn > 0', 120_000);
  await sleep(300); // a long task is reported shortly after it ends
  const w = await endWindow(page, t0);
  const { done, drawn, status } = (await page.evaluate(`({ done: window.__bench.done, drawn: window.__bench.drawn, status: document.querySelector('#ensemble-status')?.textContent ?? '' })`)) as {
    done: number;
    drawn: number;
    status: string;
  };
  const total = perVariant * panes;
  console.log(
    `ensemble ${total} runs (${panes} variants × ${perVariant}, healthy-team, ${cores} cores): computed in ${f1((done - t0) / 1000)} s (target < 2 s, ratio ${((done - t0) / 2000).toFixed(2)}), ` +
      `bands and table drawn at ${f1((drawn - t0) / 1000)} s; long tasks > 50 ms: ${w.longTasks} (target 0)${w.longTasks ? `, longest ${f1(w.longestTaskMs)} ms` : ''}`,
  );
  console.log(`    frame interval during the ensemble: median ${f1(w.frameIntervalMedian)} ms, p95 ${f1(w.frameIntervalP95)} ms; status: "${status.trim()}"`);
  await context.close();
}

/** `vite build` without minification (for readable names in --attribute); returns its `[size]` lines. */
function buildUnminified(outDir: string): string[] {
  const vite = 'node_modules/vite/bin/vite.js';
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', '--minify', 'false'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.split('\n').filter((l) => l.startsWith('[size]')).map((l) => `${l} (unminified build)`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`);
  const started = performance.now();
  console.log('Reciprocity Lab browser bench — headless Chromium, 1280×720; targets from docs/quality.md\n');
  const sizes = FLAGS.has('--unminified') ? buildUnminified(OUT_DIR) : buildApp(OUT_DIR);
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    preview = await startPreview(OUT_DIR);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    console.log(`Chromium ${browser.version()}\n`);
    await trainer(browser, preview.url);
    console.log('');
    if (!FLAGS.has('--quick')) await compare(browser, preview.url);
    console.log('');
    for (const line of sizes) console.log(line.replace(/KB gzipped/, 'KB gzipped (target ≤ 170 KB)'));
    console.log(
      `\n(frame ms = renderer main-thread busy time, from a Chrome trace, between consecutive frame starts, as the median over ` +
        `${WINDOWS} traced windows of ~3 s; CPU = the same tasks' thread time, without the time they waited; done in ${f1((performance.now() - started) / 1000)} s)`,
    );
  } finally {
    await browser?.close().catch(() => {});
    preview?.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench:browser could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
