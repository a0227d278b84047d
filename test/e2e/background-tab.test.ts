/**
 * A background tab must not corrupt a run: a page hidden in the middle of
 * playback (animation frames stop, then return with a large time jump) resumes
 * with every week computed once, in order, and ends on exactly the trajectory
 * of an uninterrupted run with the same seed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, pause, screenshot, trainerSession, waitForWeek } from './browser.ts';

const session = trainerSession();

const WEEKS = 60;

async function trajectory(page: Page): Promise<number[]> {
  return page.evaluate((weeks) => {
    const hooks = window.__reciprocityLab!;
    const out: number[] = [];
    for (let w = 1; w <= weeks; w++) out.push(hooks.metric('morale_mean', w), hooks.metric('headcount', w), hooks.metric('quits', w));
    return out;
  }, WEEKS);
}

async function playTo(page: Page, week: number): Promise<void> {
  await page.selectOption('#speed', '32');
  if (!(await appState(page)).playing) await page.click('#play');
  await waitForWeek(page, week);
  await pause(page);
}

describe('a background tab', () => {
  it('hidden mid-run resumes without skipping or repeating a week, on the uninterrupted trajectory', async () => {
    const reference = await session.open();
    await playTo(reference.page, WEEKS);
    const expected = await trajectory(reference.page);

    const app = await session.open();
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 15);
    // What a browser does to a background tab: the page is hidden and animation frames stop until it
    // returns, when the first frame arrives with a large time jump.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const real = window.requestAnimationFrame.bind(window);
      const held: FrameRequestCallback[] = [];
      window.requestAnimationFrame = (callback) => (held.push(callback), 0);
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      w.__returnToTab = () => {
        window.requestAnimationFrame = real;
        Object.defineProperty(document, 'hidden', { value: false, configurable: true });
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        for (const callback of held.splice(0)) real(callback);
      };
    });
    const hiddenAt = (await appState(page)).latestWeek;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const whileHidden = (await appState(page)).latestWeek;
    // Nothing advanced while hidden beyond the request already on its way (at 32 weeks/s, 1.5 s would be ~48 weeks).
    expect(whileHidden - hiddenAt).toBeLessThan(10);
    await page.evaluate(() => (window as unknown as { __returnToTab: () => void }).__returnToTab());
    await waitForWeek(page, WEEKS);
    await pause(page);

    const state = await appState(page);
    expect(state.latestWeek).toBeGreaterThanOrEqual(WEEKS);
    const actual = await trajectory(page);
    expect(actual.every(Number.isFinite)).toBe(true);
    expect(actual).toEqual(expected);
    await screenshot(page, 'background-tab-resumed');
  });
});
