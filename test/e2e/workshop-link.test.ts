/**
 * The whole workshop in the link, in real Chromium: the trainer opens the
 * comparison at a week; the compare page is set up (four panes, a metric, a
 * seed, workshop mode with predict-first off, zoomed axes, a week); its
 * copied link, opened in a fresh browser (nothing remembered), shows every one
 * of those settings; and its "Back to the simulator" returns to the trainer's
 * run at the week it left.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, pause, screenshot, trainerSession, waitForWeek } from './browser.ts';

const session = trainerSession();

/** Waits until the compare page's panes hold finished runs for `count` panes. */
const panesReady = (page: Page, count: number) =>
  page.waitForFunction((n) => document.documentElement.dataset.panesReady === String(n), count, { timeout: 30_000 });

describe('a shared workshop link', () => {
  it('reopens panes, metric, seed, week, workshop, predict-first and zoom, and returns to the trainer’s week', async () => {
    const { page } = await session.open();
    await page.click('#scenario-toggle');
    await page.click('.scenario-option[data-file="layoffs-contagion.json"]:not(.scenario-variant)');
    await page.waitForFunction(() => document.querySelector('#scenario-toggle')?.textContent?.includes('ayoff'));
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 20);
    await pause(page);
    const left = (await appState(page)).viewedWeek;
    expect(left).toBeGreaterThanOrEqual(20);

    await Promise.all([page.waitForURL(/compare\.html#s=/), page.click('#open-compare')]);
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('a.back').textContent()).toBe(`← Back to the simulator (week ${left})`);

    // Set up the workshop: four panes in a chosen order, trust in the leader, seed 7, workshop on, predict-first off, zoom, week 30.
    await page.click('#add-pane');
    await panesReady(page, 3);
    await page.click('#add-pane');
    await panesReady(page, 4);
    const order = ['weak contagion', 'baseline', 'transparent, advocating leaders', 'no layoffs'];
    for (const [pane, variant] of order.entries()) {
      if ((await page.inputValue(`#pane${pane}-variant`)) === variant) continue;
      await page.selectOption(`#pane${pane}-variant`, variant);
      await page.waitForFunction(([p, v]) => document.querySelector(`.pane[data-pane="${p}"]`)?.getAttribute('data-variant') === v, [pane, variant] as const);
      await panesReady(page, 4);
    }
    await page.selectOption('#metric', 'trust_in_leader');
    await page.fill('#seed', '7');
    await page.locator('#seed').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('#runs-status')?.textContent?.includes('seed 7'));
    await panesReady(page, 4);
    await page.check('#workshop-mode');
    await page.uncheck('#predict-first');
    await page.check('#zoom');
    await page.locator('h1').click();
    for (let i = 0; i < 48; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.week-label').textContent()).toBe('Week 30 of 78');

    await page.click('#copy-link');
    await page.waitForFunction(() => (document.querySelector('#share-url') as HTMLInputElement | null)?.value.includes('&panes='));
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/&panes=weak%20contagion&panes=baseline&panes=transparent%2C%20advocating%20leaders&panes=no%20layoffs&metric=trust_in_leader&seed=7&week=30&workshop=1&predict=0&zoom=1&run=baseline&from=\d+$/);

    // A fresh browser (no remembered workshop mode), as a colleague would open it.
    const other = await session.open();
    const reopened = other.page;
    await reopened.goto(link);
    await panesReady(reopened, 4);
    expect(await reopened.locator('.pane').evaluateAll((panes) => panes.map((p) => p.getAttribute('data-variant')))).toEqual(order);
    expect(await reopened.inputValue('#metric')).toBe('trust_in_leader');
    expect(await reopened.inputValue('#seed')).toBe('7');
    expect(await reopened.locator('#runs-status').textContent()).toContain('seed 7');
    expect(await reopened.isChecked('#workshop-mode')).toBe(true);
    expect(await reopened.evaluate(() => document.documentElement.classList.contains('workshop'))).toBe(true);
    expect(await reopened.isChecked('#predict-first')).toBe(false);
    expect(await reopened.isChecked('#zoom')).toBe(true);
    expect(await reopened.locator('.week-label').textContent()).toBe('Week 30 of 78');
    expect(await reopened.locator('#banner').isHidden()).toBe(true);
    expect(await reopened.locator('a.back').textContent()).toBe(`← Back to the simulator (week ${left})`);
    await screenshot(reopened, 'workshop-link-reopened');

    // "Back to the simulator" returns to the run at the week the trainer left.
    await Promise.all([reopened.waitForURL(/index\.html#s=/), reopened.click('a.back')]);
    await reopened.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
    expect(await reopened.locator('#scenario-toggle').textContent()).toMatch(/ayoff/);
    await reopened.waitForFunction((w) => document.querySelector('#week-counter')?.textContent?.includes(`Week ${w} of`), left);
  });

  it('says which setting of a link cannot be used, and uses the page’s own for it', async () => {
    const { page } = await session.open();
    await Promise.all([page.waitForURL(/compare\.html#s=/), page.click('#open-compare')]);
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 30_000 });
    const good = page.url();
    await page.goto('about:blank');
    await page.goto(`${good.replace(/&.*$/, '')}&metric=moral&zoom=yes&panes=baseline`);
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 30_000 });
    const banner = await page.locator('#banner').textContent();
    expect(banner).toMatch(/metric=“moral” is not a metric/);
    expect(banner).toMatch(/zoom=“yes” must be 1 \(on\) or 0 \(off\)/);
    expect(banner).toMatch(/names 1 pane; a comparison has 2 to 4/);
    expect(await page.inputValue('#metric')).toBe('morale_mean');
    expect(await page.isChecked('#zoom')).toBe(false);
  });
});
