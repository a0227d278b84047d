/**
 * The Classic games page in real Chromium: reached from the trainer's scenario
 * picker, it plays tournaments generation after generation (step and play),
 * shows matches as they are played, and the shares change as the Evolution of
 * Trust says: Always Cheat grows first, then Copycat takes over. Keyboard and
 * screen-reader text, a rule change from a slider, and the validation table.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openApp, screenshot } from './browser.ts';

let browser: Browser;
let context: BrowserContext | undefined;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(errors, 'console errors on the page').toEqual([]);
  await context?.close();
  context = undefined;
  errors = [];
});

type ClassicState = { generation: number; counts: Record<string, number>; playing: boolean; busy: boolean; history: number[][] };

async function openClassic(query = ''): Promise<Page> {
  context ??= await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}classic.html?debug${query}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return page;
}

const state = (page: Page) => page.evaluate(() => window.__classicGames!.state()) as Promise<ClassicState>;

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__classicGames!.state().busy, undefined, { timeout: 20_000 });
}

describe('the Classic games page', () => {
  it('is reached from the trainer’s scenario picker', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    try {
      await app.page.click('#scenario-toggle');
      const link = app.page.locator('a.classic-games-link');
      await expect(link.textContent()).resolves.toContain('Classic games');
      await link.click();
      await app.page.waitForSelector('html[data-ready="true"]');
      expect(app.page.url()).toContain('classic.html');
      expect(await app.page.locator('h1').textContent()).toBe('Classic games');
      expect(app.errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });

  it('the trainer’s editor names a classic-mode scenario and where it runs, instead of running it', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    try {
      await app.page.click('#tab-editor');
      await app.page.fill('#scenario-text', readFileSync('scenarios/classic/trust-evolution.json', 'utf8'));
      await app.page.waitForSelector('#scenario-problems li');
      expect(await app.page.locator('#scenario-problems').textContent()).toContain('open it on the Classic games page');
      expect(app.errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });

  it('plays the Evolution of Trust: Always Cheat grows at first, then Copycat takes over', async () => {
    const page = await openClassic('&preset=trust-evolution.json');
    expect((await state(page)).counts).toMatchObject({ alwaysCooperate: 15, alwaysDefect: 5, titForTat: 5 });
    expect(await page.locator('#ring .person').count()).toBe(25);
    // Normal speed: one step shows the matches as they are played, then the replacement.
    await page.click('#step');
    await page.waitForFunction(() => document.querySelector('#match .moves-row') !== null);
    await screenshot(page, 'classic-games-match');
    await waitIdle(page);
    const after1 = await state(page);
    expect(after1.generation).toBe(2);
    expect(after1.counts.alwaysDefect).toBe(10);
    expect(await page.locator('#status').textContent()).toMatch(/^Generation 1 played: .*the 5 lowest scorers were replaced/);
    await page.selectOption('#speed', 'fast');
    await page.click('#play');
    await page.waitForFunction(() => window.__classicGames!.state().generation >= 15, undefined, { timeout: 30_000 });
    await page.click('#play');
    await waitIdle(page);
    const later = await state(page);
    expect(later.playing).toBe(false);
    expect(later.counts.titForTat).toBeGreaterThan(20);
    expect(later.counts.alwaysCooperate).toBe(0);
    // The chart has one point per generation and says who leads.
    expect(later.history.length).toBe(later.generation);
    expect(await page.locator('.shares-svg').getAttribute('aria-label')).toMatch(/now Copycat \d+%/);
    await screenshot(page, 'classic-games-evolved');
  });

  it('works from the keyboard, and a lower reward makes Always Cheat take over', async () => {
    const page = await openClassic('&preset=trust-few-rounds.json');
    await page.selectOption('#speed', 'fast');
    // Ten rounds (the slider) instead of the file's five, and a reward of +1 instead of +2.
    await page.focus('#rule-rounds');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.focus('#rule-reward');
    await page.keyboard.press('ArrowLeft');
    await page.focus('#reset');
    await page.keyboard.press('Enter');
    expect(await page.locator('#rule-rounds').inputValue()).toBe('10');
    expect(await page.locator('#rule-reward').inputValue()).toBe('1');
    await page.focus('#play');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.__classicGames!.state().generation >= 12, undefined, { timeout: 30_000 });
    await page.keyboard.press('Space');
    await waitIdle(page);
    const s = await state(page);
    expect(s.counts.alwaysDefect).toBeGreaterThan(20);
    expect(await page.locator('#ring svg').getAttribute('aria-label')).toMatch(/^25 players in a ring: \d+ Always Cheat/);
    expect(await page.locator('#status').textContent()).toMatch(/Paused at generation \d+\./);
  });

  it('plays the one-off tournament match by match and shows its totals: Copycat 57 first', async () => {
    const page = await openClassic('&preset=trust-one-off-tournament.json');
    await page.selectOption('#speed', 'slow');
    await page.click('#step');
    await page.waitForFunction(() => /match \d+ of 10/.test(document.querySelector('#match')?.textContent ?? ''));
    await page.selectOption('#speed', 'fast');
    await waitIdle(page);
    expect(await page.locator('#scoreboard').textContent()).toBe(
      'Scores in generation 1, mean per player: Copycat 57 · Grudger 46 · Always Cheat 45 · Detective 45 · Always Cooperate 29',
    );
    expect((await state(page)).counts).toMatchObject({ titForTat: 1, alwaysDefect: 1, alwaysCooperate: 1, grudger: 1, detective: 1 });
    await screenshot(page, 'classic-games-one-off');
  });

  it('shows the validation table with its sources and each claim’s verdict on every block of seeds, as committed', async () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/theory-validation.json', import.meta.url), 'utf8')) as Array<{ pass: boolean; blocks: Array<{ seeds: string; verdict: string }> }>;
    const page = await openClassic();
    const rows = page.locator('.validation-table tbody tr');
    expect(await rows.count()).toBe(committed.length);
    expect(await page.locator('.validation-table td.pass').count()).toBe(committed.filter((r) => r.pass).length);
    expect(await page.locator('.validation-table td.fail').count()).toBe(committed.filter((r) => !r.pass).length);
    const first = await rows.first().locator('td').nth(2).textContent();
    for (const b of committed[0].blocks) expect(first).toContain(`Seeds ${b.seeds}: ${b.verdict.toUpperCase()}.`);
    expect(await page.locator('.validation-summary').textContent()).toBe(`${committed.filter((r) => r.pass).length} of ${committed.length} claims hold on every block of seeds.`);
    expect(await page.locator('.validation-table a[href*="ncase"]').count()).toBeGreaterThan(0);
    await page.locator('.validation').scrollIntoViewIfNeeded();
    await screenshot(page, 'classic-games-validation');
  });

  it('names an unknown preset and shows the default instead', async () => {
    const page = await openClassic('&preset=nope.json');
    expect(await page.locator('#banner').textContent()).toContain('There is no classic game called “nope.json”');
    expect(await page.locator('#preset').inputValue()).toBe('trust-sandbox.json');
  });
});
