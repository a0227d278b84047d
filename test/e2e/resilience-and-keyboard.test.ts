/**
 * Reliability and access in real Chromium: a killed worker is reported and
 * Restart brings the run back without a reload (the scenario text kept), and
 * the app can be driven by keyboard alone (Tab to Play and the levers, Enter
 * and arrow keys to operate them, Enter on a person for their story).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, pause, screenshot, waitForWeek, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

/** Presses Tab until the focused element matches, at most `limit` times; returns how many presses it took. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (found) return presses;
  }
  throw new Error(`not reached with ${limit} Tab presses`);
}

describe('a crashed worker', () => {
  it('is reported, and Restart brings the run back without reloading the page', async () => {
    app = await session.open('&timeoutMs=1500');
    const { page } = app;
    await page.click('#step');
    await waitForWeek(page, 1);
    await page.click('#tab-editor');
    const text = await page.inputValue('#scenario-text');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
      window.__reciprocityLab!.crashWorker();
    });
    await page.click('#step');
    await page.waitForSelector('#failure-banner:not([hidden])', { timeout: 10_000 });
    expect(await page.locator('#failure-banner').textContent()).toMatch(/did not answer/);
    expect(await page.inputValue('#scenario-text')).toBe(text);
    await screenshot(page, 'worker-crashed');

    await page.click('#restart-worker');
    await page.waitForSelector('#failure-banner[hidden]', { state: 'attached' });
    await page.waitForFunction(() => window.__reciprocityLab!.state().latestWeek === 0);
    await page.click('#step');
    await waitForWeek(page, 1);
    expect(await page.evaluate(() => (window as unknown as { marker: string }).marker)).toBe('same page');
    expect(await page.inputValue('#scenario-text')).toBe(text);
    expect(await page.locator('#network .person').count()).toBeGreaterThan(5);
  });
});

describe('keyboard only', () => {
  it('reaches Play, a person and the levers by Tab and operates them with keys', async () => {
    app = await session.open('', { reducedMotion: true });
    const { page } = app;
    await page.locator('body').focus();
    // With reduced motion asked for, nothing fades or glides.
    expect(await page.locator('#network .person').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');

    await tabTo(page, (el) => el.id === 'play');
    await page.keyboard.press('Enter');
    await waitForWeek(page, 3);
    await page.keyboard.press('Enter');
    const paused = await appState(page);
    expect(paused.playing).toBe(false);
    expect(paused.latestWeek).toBeGreaterThanOrEqual(3);

    await tabTo(page, (el) => el.classList.contains('person'));
    await page.keyboard.press('ArrowRight');
    // The hit targets are hidden (nothing to paint) except the focused person's ring.
    const ring = await page.evaluate(() => {
      const shape = (element: Element | null) => {
        const style = getComputedStyle(element!.querySelector('.person-shape')!);
        return { visibility: style.visibility, stroke: style.stroke };
      };
      return { focused: shape(document.activeElement), other: shape(document.querySelector('#network .person:not(:focus)')) };
    });
    expect(ring.focused).toEqual({ visibility: 'visible', stroke: 'rgb(213, 94, 0)' });
    expect(ring.other.visibility).toBe('hidden');
    await screenshot(page, 'keyboard-person-focus');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#story-panel:not([hidden])');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#story-panel[hidden]', { state: 'attached' });

    await tabTo(page, (el) => el.id === 'lever-recognitionFrequency');
    const before = await page.inputValue('#lever-recognitionFrequency');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const after = await page.inputValue('#lever-recognitionFrequency');
    expect(Number(after)).toBeCloseTo(Number(before) - 0.1, 5);
    await page.waitForFunction(() => document.querySelectorAll('.chart-card line[stroke-dasharray="2 2"]').length > 0);
    await page.click('#tab-editor');
    expect(await page.inputValue('#scenario-text')).toContain('"policyChange"');
    await page.click('#tab-levers');
    await page.focus('#lever-recognitionFrequency');
    await screenshot(page, 'keyboard-levers');
  });

  it('reads on a projector in presenter mode', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#presenter-toggle');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 20);
    await pause(page);
    await screenshot(page, 'presenter-mode');
  });
});
