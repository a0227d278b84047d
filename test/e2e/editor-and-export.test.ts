/**
 * The scenario editor and the exports in real Chromium: a broken edit shows
 * its problems by path, keeps the text (also across a reload) and leaves the
 * run alone; the CSV export has one row per week and unit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, runScenario } from '../../sim/index.ts';
import { tidyCsv } from '../../sim/export/tidy.ts';
import { scenarioHash } from '../../sim/export/stamp.ts';
import { appState, pause, screenshot, waitForWeek, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

describe('the scenario editor', () => {
  it('shows an invalid edit’s problem with its path, keeps the text and keeps the run going', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#step');
    await waitForWeek(page, 1);
    await page.click('#tab-editor');
    const original = await page.inputValue('#scenario-text');
    const broken = original.replace(/"size": 12/, '"size": -3');
    expect(broken).not.toBe(original);
    await page.fill('#scenario-text', broken);
    await page.waitForSelector('#scenario-problems li');
    const problems = await page.locator('#scenario-problems').textContent();
    expect(problems).toContain('teams[0].size');
    expect(problems).toMatch(/≥ 1/);

    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('#scenario-status')?.textContent?.includes('last valid scenario keeps running'));
    expect(await page.inputValue('#scenario-text')).toBe(broken);
    // The running view is untouched: still at week 1, still drawing people, and it still plays.
    expect((await appState(page)).latestWeek).toBe(1);
    await page.click('#step');
    await waitForWeek(page, 2);
    expect(await page.locator('#network .person').count()).toBeGreaterThan(5);
    await screenshot(page, 'invalid-edit');

    // The text survives a reload (localStorage); the default scenario runs meanwhile.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('#tab-editor');
    expect(await page.inputValue('#scenario-text')).toBe(broken);
    await page.waitForSelector('#scenario-problems li');
    expect(await page.locator('#network .person').count()).toBeGreaterThan(5);
  });

  it('applies a valid edit and runs it from week 0', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#tab-editor');
    const original = await page.inputValue('#scenario-text');
    // Longer, not shorter: the scenario's guided session has steps up to week 104 (a shorter run is refused by path).
    await page.fill('#scenario-text', original.replace(/"weeks": 104/, '"weeks": 120'));
    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('#week-counter')?.textContent?.includes('of 120'));
    expect(await page.locator('#scenario-problems li').count()).toBe(0);
  });
});

describe('exports', () => {
  it('downloads the run as tidy CSV: the stamp as comment lines, a header and weeks × (teams + 1) rows, stamped with seed and engine', async () => {
    app = await session.open();
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 12);
    await pause(page);
    const { latestWeek, teams, seed, engineVersion } = await appState(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toContain(`seed-${seed}`);
    expect(download.suggestedFilename()).toContain(`engine-${engineVersion}`);
    const file = readFileSync((await download.path())!, 'utf8');
    // The stamp first, as comment lines (readers skip them with comment.char = "#" / comment="#").
    const [title, stamp] = file.split('\n', 2);
    expect(title).toBe('# Reciprocity Lab run export');
    expect(stamp).toMatch(new RegExp(`^# scenario “A healthy team of twelve” · scenario sha256 [0-9a-f]{64} · seed ${seed} · ${latestWeek} weeks · engine ${engineVersion.replace(/\./g, "\\.")}$`));
    const csv = file.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0].startsWith('run,variant,seed,week,team,')).toBe(true);
    expect(lines.length - 1).toBe(latestWeek * (teams + 1));
    expect(lines[1].split(',').slice(0, 5)).toEqual(['0', 'baseline', String(seed), '1', 'Product']);
    expect(lines.at(-1)!.split(',').slice(3, 5)).toEqual([String(latestWeek), 'org']);

    // The same scenario and seed give the same bytes in Node as in the browser's worker (what the CLI writes).
    await page.click('#tab-editor');
    const parsed = parseScenarioText(await page.inputValue('#scenario-text'));
    if (!parsed.ok) throw new Error('the running scenario text is invalid');
    const inNode = tidyCsv([{ result: runScenario(parsed.scenario, { seed, weeks: latestWeek }), label: { run: 0, variant: 'baseline' } }]);
    expect(csv).toBe(inNode);
    // Its file name carries the stamp's hash: the one the CLI gives the same scenario (sim/export/stamp.ts).
    expect(download.suggestedFilename()).toContain(`_${(await scenarioHash(parsed.scenario)).slice(0, 8)}_`);
  });

  it('downloads a chart as SVG and PNG, with its legend, axis labels and stamp, and the scenario as JSON', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#step');
    await waitForWeek(page, 1);
    const card = page.locator('.chart-card[data-chart=morale]');
    const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /SVG/ }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Morale (mean, with spread)');
    // The legend, the axes' labels and the stamp travel in the file.
    expect(svgText).toMatch(/<text[^>]*>Morale<\/text>/);
    expect(svgText).toMatch(/class="axis-label"[^>]*>Morale of members \(%\)</);
    expect(svgText).toMatch(/class="axis-label"[^>]*>Week</);
    expect(svgText).toMatch(/scenario sha256 [0-9a-f]{64} · seed \d+ · \d+ weeks · engine /);
    const people = page.locator('.chart-card[data-chart=left]');
    const [left] = await Promise.all([page.waitForEvent('download'), people.getByRole('button', { name: /SVG/ }).click()]);
    const leftText = readFileSync((await left.path())!, 'utf8');
    expect(leftText).toMatch(/class="axis-label"[^>]*>Quits per 4 weeks \(people\)</);
    expect(leftText).toMatch(/class="axis-label"[^>]*>People who quit so far</);
    const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /PNG/ }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-scenario')]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).name).toBe('A healthy team of twelve');
  });
});
