/**
 * The compare page in real Chromium: two variants side by side on one seed,
 * an ensemble with progress and bands, a shared link that reopens the same
 * scenario in a new page, a corrupted link refused with a message, and the
 * lever-sweep tornado.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageSession, screenshot } from './browser.ts';

const session = pageSession();

/** Opens compare.html (with `suffix`, e.g. `?scenario=…` or `#s=…`) and waits until the panes hold finished runs. */
async function openCompare(suffix = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await session.open(`compare.html${suffix}`, { viewport, acceptDownloads: true });
  await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 20_000 });
  return page;
}

describe('the compare page', () => {
  it('shows two variants side by side on the same seed with shared playback', async () => {
    const page = await openCompare('?scenario=healthy-team.json');
    expect(await page.locator('.pane').count()).toBe(2);
    expect(await page.locator('#pane0-variant').inputValue()).toBe('baseline');
    expect(await page.locator('#pane1-variant').inputValue()).toBe('recognition drought');
    // Both panes draw a whole run; the overlay and difference charts have a line per variant.
    expect(await page.locator('.pane .pane-chart svg').count()).toBe(4);
    expect(await page.locator('#overlay svg').count()).toBe(2);
    // One scrubber moves every pane.
    await page.locator('#scrubber').fill('52');
    expect(await page.locator('.week-label').textContent()).toBe('Week 52 of 104');
    const morale = await page.locator('.pane .readouts dd').allTextContents();
    expect(morale.length).toBe(8);
    expect(morale.every((t) => t !== '–')).toBe(true);
    await screenshot(page, 'compare-side-by-side');
  });

  it('runs an ensemble with progress, bands and a summary with paired intervals', async () => {
    const page = await openCompare();
    await page.locator('#ensemble-runs').fill('20');
    await page.click('#ensemble-run');
    await page.waitForSelector('#ensemble-summary table', { timeout: 30_000 });
    expect(await page.locator('#ensemble-status').textContent()).toMatch(/done: 40 runs/);
    expect(await page.locator('#ensemble-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(40);
    expect(await page.locator('#ensemble-bands svg').count()).toBe(2);
    // Two bands (50% and 90%) per variant, drawn as filled areas.
    expect(await page.locator('#ensemble-bands path[fill-opacity]').count()).toBe(4);
    expect(await page.locator('#ensemble-summary tbody tr').count()).toBe(2);
    expect(await page.locator('#ensemble-summary td.clear, #ensemble-summary td.unclear').count()).toBeGreaterThanOrEqual(2);
    await page.locator('#ensemble-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-ensemble');
  });

  it('copies a link that reopens the same scenario, lever edits included, in a new page', async () => {
    const page = await openCompare();
    // Make a variant on the spot: the change must travel in the link.
    await page.locator('.pane').nth(1).locator('summary').click();
    await page.locator('#pane1-delegation').fill('0.9');
    await page.locator('#pane1-delegation').dispatchEvent('change');
    await page.waitForFunction(() => (document.querySelector('#pane1-variant') as HTMLSelectElement | null)?.value === 'Pane 2 edit');
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached' });
    await page.click('#copy-link');
    // The link is encoded by the page's worker: wait for it to appear.
    await page.waitForFunction(() => ((document.querySelector('#share-url') as HTMLInputElement | null)?.value ?? '') !== '');
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/compare\.html#s=[A-Za-z0-9_-]+&panes=baseline&panes=Pane%202%20edit&metric=morale_mean&seed=\d+&week=\d+&workshop=0&predict=0&zoom=0$/);
    const stamp = await page.locator('#stamp').textContent();

    const reopened = await openCompare(link.slice(link.indexOf('#')));
    expect(await reopened.locator('#scenario-picker option:checked').textContent()).toMatch(/Shared link: A healthy team of twelve/);
    expect(await reopened.locator('#pane1-variant option').allTextContents()).toContain('Pane 2 edit');
    await reopened.waitForFunction((s) => document.querySelector('#stamp')?.textContent === s, stamp);
    expect(await reopened.locator('#banner').isHidden()).toBe(true);
    await screenshot(reopened, 'compare-shared-link');
  });

  it('refuses a corrupted link with a message and still works', async () => {
    const page = await openCompare('#s=this-is-not-a-scenario');
    expect(await page.locator('#banner').isVisible()).toBe(true);
    expect(await page.locator('#banner').textContent()).toMatch(/damaged|cannot be read/);
    expect(await page.locator('.pane').count()).toBe(2);
    await screenshot(page, 'compare-bad-link');
  });

  it('in workshop mode, the room predicts before the result is revealed', async () => {
    const page = await openCompare();
    await page.check('#workshop-mode');
    expect(await page.locator('#predict-first').isChecked()).toBe(true);
    await page.locator('#ensemble-runs').fill('10');
    await page.click('#ensemble-run');
    await page.waitForSelector('.prediction');
    await page.waitForFunction(() => !(document.querySelector('#ensemble-reveal') as HTMLButtonElement).disabled, null, { timeout: 30_000 });
    // The result exists but stays hidden until the reveal.
    expect(await page.locator('.ensemble-results').isHidden()).toBe(true);
    await page.check('#predict-morale-1');
    // A team of twelve: the room estimates people who quit (annualised turnover of so few people would alarm, not inform).
    await page.fill('#predict-turnover', '25');
    await page.click('#ensemble-reveal');
    await page.waitForSelector('#ensemble-summary table');
    const verdict = await page.locator('.verdict').textContent();
    expect(verdict).toMatch(/room: “recognition drought”; result: “baseline”/);
    expect(verdict).toMatch(/People who quit in “recognition drought”, weeks 1–104 — room: 25 people; result: \d+(\.\d)? people/);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    await page.locator('#ensemble-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-workshop');
  });

  it('draws the lever-sweep tornado: where should a leader start?', async () => {
    const page = await openCompare();
    await page.locator('#sensitivity-runs').fill('3');
    await page.click('#sensitivity-run');
    await page.waitForSelector('#tornadoes svg', { timeout: 40_000 });
    expect(await page.locator('#tornadoes svg').count()).toBe(2);
    // 21 levers, two bars each (at min and at max) unless an effect is not finite.
    expect(await page.locator('#tornadoes svg').first().locator('rect[height]').count()).toBeGreaterThanOrEqual(21);
    expect(await page.locator('#tornadoes svg').first().getAttribute('aria-label')).toMatch(/Where should a leader start/);
    await page.locator('#sensitivity-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-tornado');
  });
});
