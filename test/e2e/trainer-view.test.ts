/**
 * The trainer's view in real Chromium: the default scenario opens ready to
 * play, playing advances weeks, a lever changes the trajectory on the same
 * seed, and a person's story opens.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appState, launchChromium, openApp, screenshot, waitForWeek, type AppPage } from './browser.ts';

let browser: Browser;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  if (app) expect(app.errors, 'console errors on the page').toEqual([]);
  await app?.context.close();
  app = undefined;
});

describe('the trainer’s view', () => {
  it('opens on the default scenario with the network, the charts and every lever', async () => {
    app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    expect(await page.locator('#scenario-toggle').textContent()).toContain('A healthy team of twelve');
    expect(await page.locator('#network .person').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#network .person.leader').count()).toBe(1);
    expect(await page.locator('.chart-card').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('#panel-levers input[type=range]').count()).toBe(21);
    expect(await page.locator('#week-counter').textContent()).toMatch(/Week 0 of 104/);
    const state = await appState(page);
    expect(state.latestWeek).toBe(0);
    await screenshot(page, 'default-scenario-loaded');
  });

  it('plays: weeks advance, charts fill and the network keeps its people', async () => {
    app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 30);
    await page.click('#play');
    const state = await appState(page);
    expect(state.playing).toBe(false);
    expect(state.latestWeek).toBeGreaterThanOrEqual(30);
    expect(await page.locator('#week-counter').textContent()).toContain(`Week ${state.latestWeek} of 104`);
    const paths = await page.locator('.chart-card[data-chart=morale] path[stroke]').evaluateAll((els) => els.map((e) => e.getAttribute('d')?.length ?? 0));
    expect(Math.max(...paths)).toBeGreaterThan(100);
    expect(await page.locator('#network .person').count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'played-30-weeks');
  });
});
