/**
 * The trainer's view in real Chromium: the default scenario opens ready to
 * play, playing advances weeks, a lever changes the trajectory on the same
 * seed, and a person's story opens.
 */
import { describe, expect, it } from 'vitest';
import { appState, pause, screenshot, waitForWeek, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

describe('the trainer’s view', () => {
  it('opens on the default scenario with the network, the charts and every lever', async () => {
    app = await session.open();
    const { page } = app;
    expect(await page.locator('#scenario-toggle').textContent()).toContain('A healthy team of twelve');
    expect(await page.locator('#network .person').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#network .person.leader').count()).toBe(1);
    expect(await page.locator('.chart-card').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.chart-card[data-chart=headcount] .chart-title').textContent()).toContain('headcount');
    // Helping is drawn as a 4-week average (weekly counts in a team of twelve jump between a few levels), and says so.
    expect(await page.locator('.chart-card[data-chart=helping] .chart-title').textContent()).toContain('4-week mean');
    expect(await page.locator('#panel-levers input[type=range]').count()).toBe(21);
    expect(await page.locator('#week-counter').textContent()).toMatch(/Week 0 of 104/);
    const state = await appState(page);
    expect(state.latestWeek).toBe(0);
    // The built page carries a strict Content-Security-Policy: no inline or eval'd script runs.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return Boolean((window as unknown as { __inlineRan?: boolean }).__inlineRan);
    });
    expect(inlineRan).toBe(false);
    // Chromium reports the refused inline script as a console error: the one error this test expects.
    const refused = app.errors.filter((e) => /Content Security Policy/.test(e));
    expect(refused.length).toBeGreaterThan(0);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !refused.includes(e)));
    await screenshot(page, 'default-scenario-loaded');
    // Hover shows who a person is.
    await page.locator('#network .person:not(.leader)').first().hover();
    const card = await page.locator('.person-tooltip').textContent();
    expect(card).toMatch(/Member · Product/);
    expect(card).toMatch(/Style: .*Morale: \d+%.*Tenure: /s);
    await page.click('#tab-notes');
    expect(await page.locator('#panel-notes').textContent()).toContain('Watch how steady morale');
    expect(await page.title()).toBe('A healthy team of twelve · Reciprocity Lab');
    // An empty log says so, in words that fit the week.
    expect(await page.locator('.event-list .empty').textContent()).toBe('Nothing yet: press Play or Step.');
    await page.click('#step');
    await waitForWeek(page, 1);
    // Then either week 1's happenings or, when there were none, a sentence that says so for week 1.
    await page.waitForFunction(() => {
      const empty = document.querySelector('.event-list .empty');
      if (empty) return /^Nothing notable in week 1: /.test(empty.textContent ?? '');
      const weeks = [...document.querySelectorAll('.event-list .event-week')].map((w) => w.textContent);
      return weeks.length > 0 && weeks.every((w) => w === 'week 1');
    });
  });

  it('plays: weeks advance, charts fill and the network keeps its people', async () => {
    app = await session.open();
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 30);
    await pause(page);
    const state = await appState(page);
    expect(state.playing).toBe(false);
    expect(state.latestWeek).toBeGreaterThanOrEqual(30);
    expect(await page.locator('#week-counter').textContent()).toContain(`Week ${state.latestWeek} of 104`);
    const paths = await page.locator('.chart-card[data-chart=morale] path[stroke]').evaluateAll((els) => els.map((e) => e.getAttribute('d')?.length ?? 0));
    expect(Math.max(...paths)).toBeGreaterThan(100);
    await page.waitForFunction(() =>
      /week \d+: Knowledge [\d.]+, 4-week mean/.test(document.querySelector('.chart-card[data-chart=helping] svg')?.getAttribute('aria-label') ?? ''),
    );
    expect(await page.locator('#network .person').count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'played-30-weeks');

    // The scrubber replays a computed week without advancing the run.
    await page.fill('#scrubber', '10');
    await page.waitForFunction(() => window.__reciprocityLab!.state().viewedWeek === 10);
    expect(await page.locator('#week-counter').textContent()).toContain('Week 10 of 104 · replay');
    expect((await appState(page)).latestWeek).toBe(state.latestWeek);
    await page.waitForSelector('.chart-card[data-chart=morale] line[stroke="#000000"]', { state: 'attached' });
    await screenshot(page, 'scrubbed-to-week-10');
  });

  it('while playing, redraws the charts on screen and brings an off-screen chart up to date when it is scrolled to', async () => {
    app = await session.open();
    const { page } = app;
    const weekOf = (id: string) =>
      page.evaluate((chart) => Number(/, week (\d+):/.exec(document.querySelector(`.chart-card[data-chart="${chart}"] svg`)?.getAttribute('aria-label') ?? '')?.[1] ?? 0), id);
    const ids = await page.locator('#charts .chart-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.chart ?? ''));
    const first = ids[0];
    const last = ids.at(-1)!;
    await page.selectOption('#speed', '8');
    await page.click('#play');
    await waitForWeek(page, 12);
    // The first chart follows the run; the last, below the fold, waits.
    await page.waitForFunction((chart) => {
      const label = document.querySelector(`.chart-card[data-chart="${chart}"] svg`)?.getAttribute('aria-label') ?? '';
      return Number(/, week (\d+):/.exec(label)?.[1] ?? 0) >= 10;
    }, first);
    expect(await weekOf(last)).toBeLessThan(10);
    await page.locator(`.chart-card[data-chart="${last}"]`).scrollIntoViewIfNeeded();
    const reached = (await appState(page)).latestWeek;
    await page.waitForFunction(
      ([chart, week]) => Number(/, week (\d+):/.exec(document.querySelector(`.chart-card[data-chart="${chart}"] svg`)?.getAttribute('aria-label') ?? '')?.[1] ?? 0) >= Number(week),
      [last, String(reached)] as const,
    );
    await pause(page);
  });

  it('replays the same weeks at any speed, and a lever moved on the same seed changes the trajectory', async () => {
    app = await session.open();
    const { page } = app;
    const WEEK = 16;
    const series = () =>
      page.evaluate((weeks) => {
        const hooks = window.__reciprocityLab!;
        return Array.from({ length: weeks }, (_, i) => [hooks.metric('morale_mean', i + 1), hooks.metric('trust_in_leader', i + 1), hooks.metric('help_knowledge', i + 1)]);
      }, WEEK);

    // Fast: played at 32 weeks a second.
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, WEEK);
    await pause(page);
    const fast = await series();

    // Slow: one Step at a time from a reset, same seed.
    await page.click('#reset');
    await page.waitForFunction(() => window.__reciprocityLab!.state().latestWeek === 0);
    for (let week = 1; week <= WEEK; week++) {
      await page.click('#step');
      await waitForWeek(page, week);
    }
    expect(await series()).toEqual(fast);

    // A lever moved at week 0: the trainer switches on a credit-taking habit and stops recognising.
    await page.click('#reset');
    await page.waitForFunction(() => window.__reciprocityLab!.state().latestWeek === 0);
    const seed = (await appState(page)).seed;
    await page.focus('#lever-creditTaking');
    await page.keyboard.press('End');
    await page.focus('#lever-recognitionFrequency');
    await page.keyboard.press('Home');
    await page.click('#tab-editor');
    await page.waitForFunction(() => (document.querySelector('#scenario-text') as HTMLTextAreaElement).value.includes('"creditTaking": 1'));
    await page.click('#tab-levers');
    await page.click('#play');
    await waitForWeek(page, WEEK);
    await pause(page);
    const withLever = await series();
    expect((await appState(page)).seed).toBe(seed);
    expect(withLever).not.toEqual(fast);
    // The trajectory of trust in the leader drops once credit is taken.
    expect(withLever[WEEK - 1][1]).toBeLessThan(fast[WEEK - 1][1]);
    expect(await page.locator('.chart-card[data-chart=trust-leader] line[stroke-dasharray="2 2"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'lever-changed-trajectory');
  });

  it('opens a person’s story by click, told in plain language, and closes it with Escape', async () => {
    app = await session.open();
    const { page } = app;
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 40);
    await pause(page);
    const people = page.locator('#network .person:not(.leader)');
    const count = await people.count();
    let told = 0;
    for (let i = 0; i < count && told === 0; i++) {
      await people.nth(i).click();
      await page.waitForSelector('#story-panel:not([hidden]) .story-title');
      expect(await page.locator('#story-panel .story-title').textContent()).toMatch(/’s story$/);
      told = await page.locator('#story-panel .story-entry').count();
      if (told === 0) await page.keyboard.press('Escape');
    }
    // Someone in a team of twelve has a notable moment by week 40 (help refused, recognition, a repair…).
    expect(told).toBeGreaterThan(0);
    expect(await page.locator('#story-panel .story-entry').first().textContent()).toMatch(/^week \d+/);
    await screenshot(page, 'person-story');
    await page.keyboard.press('Escape');
    expect(await page.locator('#story-panel').isHidden()).toBe(true);
  });
});
