/**
 * A guided session in real Chromium, as a facilitator runs it: a library
 * scenario's session from its introduction through every step (the run
 * pausing by itself at each step's week, the step's charts large, the room's
 * prediction kept and revealed) to the debrief, whose numbers are checked
 * against the same ensemble run here in Node; steps edited in the editor and
 * carried by a shared link; "show ‹variant› beside this run" opening the
 * compare page set up (the same run and the comparison, same seed, same week,
 * the step's metric).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pairedSigns, windowValue } from '../../sim/analysis/index.ts';
import { METRIC_INDEX, parseScenarioText, resolveVariant, runScenario, type Scenario } from '../../sim/index.ts';
import { formatMetric } from '../../viz/ui/format.ts';
import { appState, screenshot, trainerSession } from './browser.ts';
import { readFileSync } from 'node:fs';

const session = trainerSession();

const FILE = 'credit-taking.json';

/** Picks a library scenario and waits until it runs (the default scenario's session is offered before it). */
async function openScenario(page: Page, file: string): Promise<void> {
  const name: string = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')).name;
  await page.click('#scenario-toggle');
  await page.click(`.scenario-option[data-file="${file}"]:not(.scenario-variant)`);
  await page.waitForFunction((title) => document.title.startsWith(title), name);
  await page.waitForSelector('#guide-start:visible');
}

/** Presses Next and waits until the session shows the page it went to (the run paused by itself). */
async function next(page: Page, heading: RegExp): Promise<void> {
  await page.click('#guide-next');
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.guide-heading')?.textContent ?? ''), heading.source, { timeout: 30_000 });
}

/** The debrief's comparison computed in Node: trust in the leader, weeks 26–39, on seeds 1–100 of both runs. */
function expectedDebrief(): { run: number; count: number } {
  const parsed = parseScenarioText(readFileSync(`scenarios/${FILE}`, 'utf8'));
  if (!parsed.ok) throw new Error('the library scenario does not validate');
  const resolve = (name: string): Scenario => {
    const r = resolveVariant(parsed.scenario, name);
    if (!r.ok) throw new Error(name);
    return r.scenario;
  };
  const { debrief } = parsed.scenario.guide!;
  const values = (scenario: Scenario) =>
    Float64Array.from({ length: debrief.runs }, (_, i) => {
      const result = runScenario(scenario, { seed: 1 + i, weeks: debrief.to, stories: false });
      const units = result.teamNames.length + 1;
      const series = Float64Array.from({ length: result.weeks }, (_, w) => result.values[(w * units + units - 1) * result.metricKeys.length + METRIC_INDEX[debrief.metric]]);
      return windowValue(series, debrief.from, debrief.to, false);
    });
  const run = values(resolve('baseline'));
  const signs = pairedSigns(run, values(resolve(debrief.compareWith)));
  return { run: run.reduce((a, b) => a + b, 0) / run.length, count: signs.lower };
}

describe('a guided session', () => {
  it('runs a library scenario from its introduction through every step to a debrief computed by the engine', async () => {
    const { page } = await session.open();
    await openScenario(page, FILE);
    await page.selectOption('#speed', '32');
    await page.click('#guide-start');
    await page.waitForSelector('#guide-panel .guide-heading');
    expect(await page.textContent('.guide-heading')).toBe('The manager who takes credit');
    expect(await page.textContent('.guide-body')).toContain('Week 13: The breach');
    // The tabs give way to the session; the scenario's key charts are pinned.
    expect(await page.isVisible('#tab-levers')).toBe(false);
    expect(await page.locator('.chart-card .chart-badge').count()).toBeGreaterThanOrEqual(3);

    // Step 1: the run pauses by itself at week 13, with the step's two charts large.
    await next(page, /^Step 1 of 3 · week 13/);
    let state = await appState(page);
    expect(state).toMatchObject({ latestWeek: 13, viewedWeek: 13, playing: false });
    expect(await page.locator('.chart-card-large').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-chart')))).toEqual([
      'metric-trust_in_leader-org',
      'metric-morale_mean-org',
    ]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('guide-heading'))).toBe(true);
    expect(await page.textContent('.guide-question')).toContain('Why does trust fall in two weeks');
    await page.fill('.guide-predict input[type=number]', '55');
    await page.click('.guide-keep');
    expect(await page.textContent('.guide-kept')).toBe('Kept: 55%. Revealed once the run reaches week 26.');
    await screenshot(page, 'guided-step-1280x720');

    // Step 2, by keyboard: the prediction is revealed from the run's own value at week 26.
    await page.focus('#guide-next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Step 2 of 3/.test(document.querySelector('.guide-heading')?.textContent ?? ''), undefined, { timeout: 30_000 });
    expect((await appState(page)).latestWeek).toBe(26);
    const trust26 = await page.evaluate(() => window.__reciprocityLab!.metric('trust_in_leader', 26));
    const reveal = await page.textContent('.guide-reveal');
    expect(reveal).toContain(`Trust in the leader at week 26: ${Math.round(trust26 * 100)}%. The room said 55%.`);
    await page.check('.guide-predict input[value=higher]');
    await page.click('.guide-keep');

    // Back shows step 1 again at its week without recomputing; Next returns at once.
    await page.click('#guide-back');
    await page.waitForFunction(() => /^Step 1 of 3/.test(document.querySelector('.guide-heading')?.textContent ?? ''));
    state = await appState(page);
    expect(state).toMatchObject({ viewedWeek: 13, latestWeek: 26 });
    expect(await page.textContent('#guide-next')).toBe('Next: step 2 (week 26)');
    await next(page, /^Step 2 of 3/);
    expect(await page.inputValue('.guide-predict input[value=higher]')).toBe('higher');
    expect(await page.isChecked('.guide-predict input[value=higher]')).toBe(true);

    await next(page, /^Step 3 of 3 · week 39/);
    expect(await page.textContent('.guide-body')).toMatch(/Trust in the leader at week 39: \d+%, against \d+% in week 26: (higher|lower|the same)\. The room said higher\./);

    // The debrief: numbers from the ensemble, who left and why, the lever that mattered most, the room's predictions.
    await next(page, /^Debrief/);
    await page.waitForSelector('.guide-levers[data-done="true"]', { timeout: 60_000 });
    const expected = expectedDebrief();
    const headline = await page.textContent('.guide-headline');
    expect(headline).toContain(`Trust in the leader averaged ${Math.round(expected.run * 100)}% in weeks 26–39`);
    expect(headline).toContain(`lower than in the same team whose leader never took the credit, in ${expected.count} of 100 futures`);
    expect(await page.getAttribute('.guide-futures', 'data-verdict')).toBe('as-expected');
    const body = await page.textContent('.guide-body');
    expect(body).toMatch(/In weeks 13–39 of the run you watched, .*(left of their own accord|nobody left)/);
    expect(body).toMatch(/‘[^’]+’ \([\d.]+ as written\) would have mattered most for trust in the leader/);
    expect(body).toContain('The room said 55%');
    await screenshot(page, 'guided-debrief-1280x720');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await screenshot(page, 'guided-debrief-1920x1080');

    // Ending the session brings back the offer and the tabs.
    await page.click('#guide-end');
    await page.waitForSelector('#guide-start:visible');
    expect(await page.isVisible('#tab-levers')).toBe(true);
    expect(await page.locator('.chart-card-large').count()).toBe(0);
  });

  it('runs the steps a trainer edited, and a shared link carries them', async () => {
    const { page } = await session.open();
    await openScenario(page, FILE);
    await page.click('#tab-editor');
    const scenario = JSON.parse(await page.inputValue('#scenario-text'));
    scenario.guide.steps = [{ week: 5, title: 'An early look', charts: [{ metric: 'help_asked', team: 'Design' }], question: 'Who asks for help here?' }, scenario.guide.steps[1]];
    await page.fill('#scenario-text', JSON.stringify(scenario, null, 2));
    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('.guide-offer-text')?.textContent?.includes('2 times'));

    // A mistake in a step is refused with its path; the last valid scenario keeps running.
    await page.fill('#scenario-text', JSON.stringify({ ...scenario, guide: { ...scenario.guide, steps: [{ ...scenario.guide.steps[0], week: 60 }] } }, null, 2));
    await page.waitForSelector('#scenario-problems li');
    expect(await page.textContent('#scenario-problems')).toContain('guide.steps[0].week: must be ≤ 52');

    await page.click('#share-link');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    const receiver = await session.open(`#${page.url().split('#')[1]}`);
    await receiver.page.waitForSelector('#guide-start:visible');
    expect(await receiver.page.textContent('.guide-offer-text')).toContain('2 times');
    await receiver.page.click('#guide-start');
    await receiver.page.selectOption('#speed', '32');
    await next(receiver.page, /^Step 1 of 2 · week 5: An early look/);
    expect(await receiver.page.locator('.chart-card-large').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-chart')))).toEqual(['metric-help_asked-team0']);
    expect(await receiver.page.textContent('.chart-card-large .chart-title')).toContain('Help asked (4-week mean) — Design');
  });
});

describe('show ‹variant› beside this run', () => {
  it('opens the compare page in a new tab set up: this run and the comparison, same seed, same week, the step’s metric', async () => {
    const { page, context } = await session.open();
    // customer-ripple's session plays a variant ('morale damaged at week 13') and compares it with the scenario as written.
    await openScenario(page, 'customer-ripple.json');
    // Outside a session the Notes tab offers every other run of the scenario (here its one variant).
    expect(await page.locator('.notes-beside .beside-button').allTextContents()).toEqual(['Show “morale damaged at week 13” beside this run']);
    await page.selectOption('#speed', '32');
    await page.click('#guide-start');
    await page.waitForSelector('#guide-panel .guide-heading');
    await next(page, /^Step 1 of 3 · week 13/);
    const button = page.locator('.guide-body .beside-button');
    expect(await button.textContent()).toBe('Show the scenario as written beside this run');
    const [compare] = await Promise.all([context.waitForEvent('page'), button.click()]);
    const errors: string[] = [];
    compare.on('pageerror', (e) => errors.push(e.message));
    await compare.waitForSelector('html[data-panes-ready="2"]', { state: 'attached', timeout: 30_000 });
    expect(new URL(compare.url()).pathname).toMatch(/compare\.html$/);
    expect(await compare.inputValue('#pane0-variant')).toBe('morale damaged at week 13');
    expect(await compare.inputValue('#pane1-variant')).toBe('baseline');
    expect(await compare.inputValue('#seed')).toBe('1');
    expect(await compare.inputValue('#metric')).toBe('morale_mean');
    expect(await compare.textContent('.week-label')).toBe('Week 13 of 78');
    expect(await compare.isVisible('#banner')).toBe(false);
    // The same run: the first pane's readouts at week 13 are the trainer page's (the same people and luck).
    // A team this small shows the people who quit so far instead of an annualised turnover (viz/ui/turnover-rule.ts).
    const trainer = await page.evaluate(() => {
      const hooks = window.__reciprocityLab!;
      const levels = (['headcount', 'morale_mean', 'trust_in_leader'] as const).map((key) => [key, hooks.metric(key, 13)] as const);
      let quits = 0;
      for (let w = 1; w <= 13; w++) quits += hooks.metric('quits', w);
      return { levels, quits };
    });
    expect(await compare.locator('.pane[data-pane="0"] .readouts dt').nth(3).textContent()).toBe('People who quit so far');
    const readouts = await compare.locator('.pane[data-pane="0"] .readouts dd').allTextContents();
    expect(readouts).toEqual([...trainer.levels.map(([key, value]) => formatMetric(key, value)), formatMetric('quits', trainer.quits)]);
    await screenshot(compare, 'beside-this-run-1280x720');
    // The trainer page kept its session where it was.
    expect(await page.textContent('.guide-heading')).toMatch(/^Step 1 of 3 · week 13/);
    expect(errors).toEqual([]);
  });

  it('names a setting the compare page cannot use, and shows the usual one', async () => {
    const { context } = await session.open();
    const compare = await context.newPage();
    await compare.goto(`${inject('baseUrl')}compare.html?scenario=credit-taking.json#panes=baseline&panes=no%20such%20run&metric=moral&week=20`);
    await compare.waitForSelector('html[data-panes-ready="2"]', { state: 'attached', timeout: 30_000 });
    const banner = await compare.textContent('#banner');
    expect(banner).toContain('the link’s metric=“moral” is not a metric this page knows');
    expect(banner).toMatch(/The link’s panes could not be shown \(.*no such run.*\); showing “baseline” and “no breach” instead/);
    expect(await compare.inputValue('#pane1-variant')).toBe('no breach');
    expect(await compare.textContent('.week-label')).toBe('Week 20 of 52');
  });
});

describe('the chart picker', () => {
  it('adds any metric for a team, and removes it', async () => {
    const { page } = await session.open();
    await page.selectOption('#chart-metric', 'conflicts');
    await page.selectOption('#chart-unit', { label: 'Product' });
    await page.click('#chart-add');
    const card = page.locator('[data-chart="metric-conflicts-team0"]');
    await card.waitFor();
    expect(await card.locator('.chart-title').textContent()).toBe('Open conflicts — Product');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-chart]')?.getAttribute('data-chart'))).toBe('metric-conflicts-team0');
    await page.click('#step');
    await page.waitForFunction(() => window.__reciprocityLab!.state().latestWeek >= 1);
    await page.waitForFunction(() => /week 1/.test(document.querySelector('[data-chart="metric-conflicts-team0"] svg')?.getAttribute('aria-label') ?? ''));
    await card.locator('.chart-remove').click();
    expect(await card.count()).toBe(0);
  });
});
