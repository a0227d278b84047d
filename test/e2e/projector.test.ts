/**
 * Projector mode in real Chromium, on both pages: one large chart beside a
 * large network, every piece of chart text at 18 px or more (computed sizes),
 * labelled event markers, no sideways scroll and nothing over the network at
 * 800×600, names never cut off; checked at 1280×720, 1920×1080 and 800×600,
 * with a screenshot of each. And the keyboard shortcuts, anywhere on the page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, pause, screenshot, trainerSession, waitForWeek } from './browser.ts';

const session = trainerSession();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
] as const;

/** The smallest computed font size (px) of the visible chart text under `selector`: SVG text, titles, legends. */
function smallestChartText(page: Page, selector: string): Promise<{ size: number; text: string; count: number }> {
  return page.evaluate((root) => {
    let smallest = { size: Infinity, text: '', count: 0 };
    for (const card of document.querySelectorAll(root)) {
      if ((card as HTMLElement).offsetParent === null && getComputedStyle(card).position !== 'fixed') continue; // not shown
      for (const node of card.querySelectorAll('svg text, .chart-title, .chart-legend li')) {
        const text = node.textContent?.trim() ?? '';
        if (!text) continue;
        const size = parseFloat(getComputedStyle(node).fontSize);
        smallest.count++;
        if (size < smallest.size) smallest = { size, text, count: smallest.count };
      }
    }
    return smallest;
  }, selector);
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Elements under `selector` whose text is cut off (wider content than box, with hidden overflow or an ellipsis). */
const cutOff = (page: Page, selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent), selector);

describe('presenter mode on the trainer page', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: one large chart beside a large network, chart text ≥ 18 px, labelled markers, nothing cut off or overlapping`, async () => {
      const { page } = await session.open('', { initScript: "localStorage.setItem('reciprocity-lab:presenter', '1')" });
      await page.setViewportSize(size);
      await page.click('#scenario-toggle');
      await page.click('.scenario-option[data-file="credit-taking.json"]:not(.scenario-variant)');
      await page.waitForFunction(() => document.querySelector('#scenario-toggle')?.textContent?.includes('takes credit'));
      await page.selectOption('#speed', '32');
      await page.click('#play');
      await waitForWeek(page, 30);
      await pause(page);
      expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
      // One chart is shown, large; the others are a choice away.
      const shown = await page.locator('.charts .chart-card:visible').count();
      expect(shown).toBe(1);
      expect(await page.locator('#featured-chart option').count()).toBeGreaterThanOrEqual(8);
      await page.selectOption('#featured-chart', 'trust-leader');
      await page.waitForSelector('.chart-card[data-chart=trust-leader].featured .marker-label');
      // The breach's marker says what it is.
      expect(await page.locator('.chart-card[data-chart=trust-leader] .marker-label').allTextContents()).toContain('Breach');
      const text = await smallestChartText(page, '.charts .chart-card');
      expect(text.count).toBeGreaterThan(5);
      expect(text.size, `smallest chart text: “${text.text}”`).toBeGreaterThanOrEqual(18);
      const boxes = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect;
        return { network: box('.network-canvas'), chart: box('.chart-card.featured'), viewport: { width: innerWidth, height: innerHeight } };
      });
      // Large: each takes a good share of the screen, and the chart never lies over the network.
      expect(boxes.network.width * boxes.network.height).toBeGreaterThan(0.12 * boxes.viewport.width * boxes.viewport.height);
      expect(boxes.chart.width).toBeGreaterThan(0.35 * Math.min(boxes.viewport.width, 1400));
      const overlap = Math.max(0, Math.min(boxes.network.right, boxes.chart.right) - Math.max(boxes.network.left, boxes.chart.left)) * Math.max(0, Math.min(boxes.network.bottom, boxes.chart.bottom) - Math.max(boxes.network.top, boxes.chart.top));
      expect(overlap).toBe(0);
      if (size.width > 1000) expect(boxes.chart.left).toBeGreaterThanOrEqual(boxes.network.right - 1); // side by side
      // The team sits in the middle of the network's view, not in a corner of it (one team: one column).
      const peopleX = await page.evaluate(() => {
        const xs = [...document.querySelectorAll('#network .person')].map((p) => { const r = p.getBoundingClientRect(); return r.left + r.width / 2; });
        return xs.reduce((a, b) => a + b, 0) / xs.length;
      });
      expect(Math.abs(peopleX - (boxes.network.left + boxes.network.right) / 2)).toBeLessThan(0.12 * boxes.network.width);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await cutOff(page, '#scenario-toggle, .chart-title, .chart-legend li, .tabs [role=tab], .header-actions button')).toEqual([]);
      await screenshot(page, `presenter-${size.width}x${size.height}`);
    });
  }
});

describe('workshop mode on the compare page', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: chart text ≥ 18 px, variant names in full, no sideways scroll`, async () => {
      const { page } = await session.open('', { initScript: "sessionStorage.setItem('compare-workshop', '1')" });
      await page.setViewportSize(size);
      await page.goto(`${inject('baseUrl')}compare.html?scenario=layoffs-contagion.json`);
      await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 20_000 });
      // One pane at a time: a second click while the third pane's runs are being computed may find the button busy.
      await page.click('#add-pane');
      await page.waitForFunction(() => document.documentElement.dataset.panesReady === '3', null, { timeout: 30_000 });
      await page.click('#add-pane');
      await page.waitForFunction(() => document.documentElement.dataset.panesReady === '4', null, { timeout: 30_000 });
      expect(await page.locator('.pane-name').allTextContents()).toContain('transparent, advocating leaders');
      expect(await cutOff(page, '.pane-name, .chart-title, .chart-legend li, .readouts div')).toEqual([]);
      const text = await smallestChartText(page, '.chart-card');
      expect(text.count).toBeGreaterThan(20);
      expect(text.size, `smallest chart text: “${text.text}”`).toBeGreaterThanOrEqual(18);
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, `workshop-compare-${size.width}x${size.height}`);
    });
  }
});

describe('keyboard shortcuts', () => {
  it('work anywhere on the page — Space plays and pauses, arrows step, ? explains — but not while typing', async () => {
    const { page } = await session.open();
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await waitForWeek(page, 2);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !window.__reciprocityLab!.state().playing && !window.__reciprocityLab!.state().advancing);
    const played = (await appState(page)).latestWeek;
    // Space on a focused button plays or pauses, once (the button is not pressed as well: on Play that would undo it).
    await page.focus('#play');
    await page.keyboard.press('Space');
    await page.waitForFunction((w) => window.__reciprocityLab!.state().latestWeek > w, played);
    expect((await appState(page)).playing).toBe(true);
    await pause(page);
    const latest = (await appState(page)).latestWeek;
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await waitForWeek(page, latest + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((w) => window.__reciprocityLab!.state().viewedWeek === w, latest - 1);
    expect(await page.locator('#week-counter').textContent()).toContain('replay');
    // Typing in a field is typing: a space goes into the scenario editor, and nothing plays.
    await page.click('#tab-editor');
    await page.focus('#scenario-text');
    const before = await page.inputValue('#scenario-text');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect((await appState(page)).playing).toBe(false);
    const typed = await page.inputValue('#scenario-text');
    expect(typed.length).toBe(before.length + 1);
    expect(typed.replace(/\s/g, '')).toBe(before.replace(/\s/g, ''));
    await page.click('#tab-levers');
    // A slider's arrows move the slider, not the week.
    const viewed = (await appState(page)).viewedWeek;
    await page.focus('#lever-advocacy');
    await page.keyboard.press('ArrowRight');
    expect((await appState(page)).viewedWeek).toBe(viewed);
    // ? shows the keys; Escape closes the list.
    await page.locator('h1').click();
    await page.keyboard.press('?');
    await page.waitForSelector('#shortcut-help');
    expect(await page.locator('#shortcut-help').textContent()).toMatch(/Space.*Play or pause the run/);
    await screenshot(page, 'shortcut-help');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#shortcut-help', { state: 'detached' });
  });

  it('play and step the compare page’s panes too', async () => {
    const { page } = await session.open();
    await page.goto(`${inject('baseUrl')}compare.html`);
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 20_000 });
    await page.locator('h1').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.week-label').textContent()).toBe('Week 102 of 104');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.week-label')?.textContent === 'Week 104 of 104');
    await page.keyboard.press('?');
    expect(await page.locator('#shortcut-help').textContent()).toMatch(/Play or pause the panes/);
  });
});

describe('one axis convention', () => {
  it('draws shares and levels on 0–100% on the trainer page unless the trainer zooms', async () => {
    const { page } = await session.open();
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 20);
    await pause(page);
    const ticks = () => page.locator('.chart-card[data-chart=trust-leader] svg .tick text').allTextContents();
    const full = await ticks();
    expect(full).toEqual(expect.arrayContaining(['0%', '100%']));
    await page.check('#zoom-charts');
    await page.waitForFunction(() => ![...document.querySelectorAll('.chart-card[data-chart=trust-leader] svg .tick text')].some((t) => t.textContent === '100%'));
    const zoomed = (await ticks()).filter((t) => t.endsWith('%'));
    expect(zoomed).not.toContain('0%');
    expect(zoomed.length).toBeGreaterThan(1);
    await page.uncheck('#zoom-charts');
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-card[data-chart=trust-leader] svg .tick text')].some((t) => t.textContent === '100%'));
  });
});
