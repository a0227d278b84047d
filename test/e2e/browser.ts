/**
 * Shared helpers for the end-to-end tests: Debian's Chromium through
 * playwright-core, a page that records console errors, the app opened with its
 * test hooks, and screenshots saved to test-results/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TestHooks } from '../../viz/testing/test-hooks.ts';

export const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-results/screenshots';

/** Launches Chromium, or fails with the fix when it is not installed (never a silent skip). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) to run the end-to-end tests; CI installs it.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page with its console errors collected (every test asserts there are none). */
export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/** How a test page is opened: reduced motion asked for; a script run before the page's own (e.g. to take a browser feature away). */
export interface OpenOptions {
  readonly reducedMotion?: boolean;
  readonly initScript?: string;
}

/** Collects the page's console errors and uncaught exceptions into `errors`. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

/** Opens the app at 1280×720 (the projector) with the test hooks on, and waits until it is ready. */
export async function openApp(browser: Browser, baseUrl: string, query = '', options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  collectErrors(page, errors);
  await page.goto(`${baseUrl}?debug${query}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  await page.waitForSelector('#network .person, #network g.team', { timeout: 20_000 });
  return { context, page, errors };
}

/** The app's state through its test hooks. */
export function appState(page: Page): Promise<ReturnType<TestHooks['state']>> {
  return page.evaluate(() => window.__reciprocityLab!.state());
}

/** Waits until the run has computed at least `week` weeks. */
export async function waitForWeek(page: Page, week: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction((w) => (window.__reciprocityLab?.state().latestWeek ?? 0) >= w, week, { timeout });
}

/** Pauses playback and waits until the last requested weeks have arrived (so the state no longer moves). */
export async function pause(page: Page): Promise<void> {
  if ((await appState(page)).playing) await page.click('#play');
  await page.waitForFunction(() => {
    const state = window.__reciprocityLab!.state();
    return !state.playing && !state.advancing;
  });
}

/** Saves a screenshot as test-results/screenshots/<name>.png (for a person to look at). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** A test file's Chromium: launched once, and every page opened through it checked for console errors, then closed, after each test. */
export interface TrainerSession {
  /** Opens the trainer page (see openApp) and tracks it. */
  open(query?: string, options?: OpenOptions): Promise<AppPage>;
}

/** Registers the file's hooks: Chromium for the file, each test's pages checked for console errors and closed. */
export function trainerSession(): TrainerSession {
  let browser: Browser | undefined;
  const opened: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = opened.splice(0);
    await Promise.all(pages.map((app) => app.context.close()));
    for (const app of pages) expect(app.errors, 'console errors on the page').toEqual([]);
  });
  return {
    async open(query = '', options = {}) {
      if (!browser) throw new Error('Chromium is not running: trainerSession() must be called at the top of a test file');
      const app = await openApp(browser, inject('baseUrl'), query, options);
      opened.push(app);
      return app;
    },
  };
}

/** A test file's Chromium for a page of the built site (compare.html, classic.html): a browser context per test. */
export interface PageSession {
  /** The file's Chromium (for openApp). */
  readonly browser: Browser;
  /**
   * Opens `path` (relative to the site, e.g. `compare.html?scenario=…`) in this test's context, which the test's first
   * page creates with `options`; its console errors are checked after the test.
   */
  open(path: string, options?: { readonly viewport?: { width: number; height: number }; readonly acceptDownloads?: boolean }): Promise<Page>;
}

/** Registers the file's hooks: Chromium for the file; after each test, no console errors on its pages, and its context closed. */
export function pageSession(): PageSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const seen = errors;
    errors = [];
    await context?.close();
    context = undefined;
    expect(seen, 'console errors on the page').toEqual([]);
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: pageSession() must be called at the top of a test file');
      return browser;
    },
    async open(path, options = {}) {
      context ??= await this.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, acceptDownloads: options.acceptDownloads ?? false });
      const page = await context.newPage();
      collectErrors(page, errors);
      await page.goto(`${inject('baseUrl')}${path}`);
      return page;
    },
  };
}
