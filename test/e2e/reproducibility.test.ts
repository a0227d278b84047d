/**
 * Reproducibility in real Chromium: the scenario exported after a session
 * with a lever moved mid-run replays that session exactly; re-simulating a
 * week gives the frame the live run showed; a new seed is a different run,
 * written into the scenario.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, pause, screenshot, waitForWeek, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

/** Steps one week at a time up to `week` (exact, whatever the speed). */
async function stepTo(page: Page, week: number): Promise<void> {
  for (let w = (await appState(page)).latestWeek + 1; w <= week; w++) {
    await page.click('#step');
    await waitForWeek(page, w);
  }
}

function series(page: Page, weeks: number): Promise<number[][]> {
  return page.evaluate((n) => {
    const hooks = window.__reciprocityLab!;
    return Array.from({ length: n }, (_, i) => ['morale_mean', 'trust_in_leader', 'headcount', 'quits'].map((k) => hooks.metric(k as 'quits', i + 1)));
  }, weeks);
}

describe('reproducibility', () => {
  it('the exported scenario replays a session with a lever moved mid-run exactly', async () => {
    app = await session.open();
    const { page } = app;
    await stepTo(page, 6);
    await page.focus('#lever-openness');
    await page.keyboard.press('Home');
    await stepTo(page, 14);
    const played = await series(page, 14);
    expect(await page.locator('.event-list').textContent()).toContain('week 7');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-scenario')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const events = JSON.parse(exported).events as { type: string; week: number; policy: Record<string, number> }[];
    expect(events).toContainEqual(expect.objectContaining({ type: 'policyChange', week: 7, policy: { openness: 0 } }));

    // A fresh page, the exported text applied: the same weeks, to the last digit.
    await app.context.close();
    app = await session.open();
    await app.page.click('#tab-editor');
    await app.page.fill('#scenario-text', exported);
    await app.page.click('#apply-scenario');
    await app.page.waitForFunction(() => document.querySelector('#scenario-status')?.textContent?.startsWith('Applied'));
    await stepTo(app.page, 14);
    expect(await series(app.page, 14)).toEqual(played);
    expect(await app.page.inputValue('#lever-openness')).toBe('0');
  });

  it('re-simulating a week in the worker gives exactly the frame the live run showed', async () => {
    app = await session.open();
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 25);
    await pause(page);
    for (const week of [1, 12, 25]) expect(await page.evaluate((w) => window.__reciprocityLab!.replayMatches(w), week)).toBe(true);
  });

  it('a new seed is a different run, and the seed is written into the scenario', async () => {
    app = await session.open();
    const { page } = app;
    await stepTo(page, 8);
    const seedOne = await series(page, 8);
    await page.fill('#seed', '7');
    await page.press('#seed', 'Enter');
    await page.waitForFunction(() => window.__reciprocityLab!.state().seed === 7);
    expect((await appState(page)).latestWeek).toBe(0);
    await stepTo(page, 8);
    expect(await series(page, 8)).not.toEqual(seedOne);
    await page.click('#tab-editor');
    expect(await page.inputValue('#scenario-text')).toMatch(/"seed": 7/);

    await page.click('#new-seed');
    await page.waitForFunction(() => window.__reciprocityLab!.state().seed !== 7);
    expect(Number(await page.inputValue('#seed'))).toBe((await appState(page)).seed);
    await screenshot(page, 'new-seed');
  });

  it('shows customer loyalty when the scenario enables customers', async () => {
    app = await session.open();
    const { page } = app;
    expect(await page.locator('.chart-card[data-chart=customers]').count()).toBe(0);
    await page.click('#scenario-toggle');
    await page.click('.scenario-option[data-file="customer-ripple.json"]');
    await page.waitForSelector('.chart-card[data-chart=customers]');
    await stepTo(page, 3);
    await page.waitForFunction(() => /Customer loyalty, week 3: Customer loyalty \d+%/.test(document.querySelector('.chart-card[data-chart=customers] svg')?.getAttribute('aria-label') ?? ''));
  });
});
