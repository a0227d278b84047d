/**
 * The scenario library and large teams in real Chromium: every library
 * scenario is listed with its description, picking one runs it (its events in
 * the log and on the charts), and above ~300 people the network becomes one
 * circle per team; a long run's log keeps its oldest lines a scroll away.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appState, pause, screenshot, waitForWeek, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

describe('the scenario library', () => {
  it('lists every scenario file with its description, and picking one runs it', async () => {
    app = await session.open();
    const { page } = app;
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    await page.click('#scenario-toggle');
    expect(await page.locator('.scenario-option:not(.scenario-variant)').count()).toBe(files.length);
    const descriptions = await page.locator('.scenario-description').allTextContents();
    expect(descriptions.every((d) => d.length > 10)).toBe(true);
    await screenshot(page, 'scenario-picker');

    await page.click('.scenario-option[data-file="layoffs-contagion.json"]');
    await page.waitForFunction(() => (window.__reciprocityLab!.state().teams ?? 0) === 3);
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 60);
    await pause(page);
    expect(await page.locator('.event-list .event').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-card[data-chart=morale] line[stroke-dasharray="5 3"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#network .team-label').count()).toBe(3);
    await screenshot(page, 'layoffs-contagion');
  });

  it("keeps a long run's oldest log lines readable: the page holds the newest, scrolling down brings back the rest", async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#scenario-toggle');
    await page.click('.scenario-option[data-file="growing-fast.json"]');
    await page.waitForFunction(() => (window.__reciprocityLab!.state().teams ?? 0) === 3);
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 104);
    await pause(page);
    const lines = page.locator('.event-list .event');
    const atTop = await lines.count();
    // The page holds what fills the list plus a few spare lines (at least 20; event-log.ts), not the whole log.
    const fill = await page.locator('.event-list').evaluate((list) => Math.ceil(list.clientHeight / 14) + 8);
    expect(atTop).toBe(Math.max(20, fill));
    expect(await lines.first().textContent()).toMatch(/^week 10\d/);
    // Scroll to the end of what the page holds until nothing older comes: the first growth, in week 8, is there to read.
    for (let previous = -1, count = atTop; count !== previous; ) {
      await page.locator('.event-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
      await page.waitForTimeout(150);
      previous = count;
      count = await lines.count();
    }
    expect(await lines.count()).toBeGreaterThan(atTop);
    const weeks = (await page.locator('.event-list .event-week').allTextContents()).map((t) => Number(t.replace('week ', '')));
    expect(Math.min(...weeks)).toBeLessThanOrEqual(8);
    expect(await page.locator('.event-list .event', { hasText: /^week 8 .* grows: 2 new positions open/ }).count()).toBe(3);
  });

  it('runs a named variant as its own, replayable scenario', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#scenario-toggle');
    await page.click('.scenario-variant[data-file="healthy-team.json"][data-variant="recognition drought"]');
    await page.waitForFunction(() => document.querySelector('#scenario-toggle')?.textContent?.includes('recognition drought'));
    expect(await page.inputValue('#lever-recognitionFrequency')).toBe('0');
    await page.click('#tab-editor');
    const text = await page.inputValue('#scenario-text');
    const scenario = JSON.parse(text);
    // The run keeps the scenario's name (its luck is the seed with the name): the same future as the variant's pane on
    // the compare page and `run --variant` in the CLI; the picker shows which variant runs.
    expect(scenario.name).toBe('A healthy team of twelve');
    expect(scenario.policy.recognitionFrequency).toBe(0);
    expect(scenario.variants).toEqual([]);
    await page.click('#step');
    await waitForWeek(page, 1);
  });

  it('shows a team of more than 300 people as one circle per team', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#tab-editor');
    const text = await page.inputValue('#scenario-text');
    const big = text.replace(/"teams": \[[\s\S]*?\n  \]/, '"teams": [{ "name": "Sales", "size": 200 }, { "name": "Support", "size": 150 }, { "name": "Product", "size": 60 }]');
    expect(big).not.toBe(text);
    await page.fill('#scenario-text', big);
    await page.click('#apply-scenario');
    await page.waitForFunction(() => window.__reciprocityLab!.state().teams === 3);
    await page.click('#step');
    await waitForWeek(page, 1);
    await page.waitForFunction(() => document.querySelectorAll('#network g.team').length === 3);
    expect(await page.locator('#network .person').count()).toBe(0);
    expect(await page.locator('#network g.team').first().getAttribute('aria-label')).toMatch(/Sales: \d+ people, morale \d+%/);
    expect((await appState(page)).latestWeek).toBe(1);
    await screenshot(page, 'aggregate-view');
  });
});
