/**
 * The trainer page's shareable link and its way to the comparison page, and
 * every library scenario opened in the browser without an error.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appState, screenshot, type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();

const open = (query = ''): Promise<AppPage> => session.open(query);

describe('a shared link', () => {
  it('carries the running scenario, lever moves and seed to a new page', async () => {
    const { page } = await open();
    await page.fill('#lever-recognitionFrequency', '0.1');
    await page.dispatchEvent('#lever-recognitionFrequency', 'change');
    await page.click('#share-link');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    await page.waitForSelector('.failure-banner.is-notice');
    const url = page.url();
    const sender = await appState(page);

    const receiver = await open(`#${url.split('#')[1]}`);
    const received = await appState(receiver.page);
    expect(received.seed).toBe(sender.seed);
    await receiver.page.click('#tab-editor');
    const text = JSON.parse(await receiver.page.inputValue('#scenario-text'));
    const moved = text.events.filter((e: { type: string; policy?: Record<string, number> }) => e.type === 'policyChange');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.at(-1).policy.recognitionFrequency).toBeCloseTo(0.1);
    await screenshot(receiver.page, 'shared-link-opened');
  });

  it('that is damaged is refused with a message, and the default scenario runs', async () => {
    const { page } = await open('#s=not-a-real-link!!');
    const notice = await page.textContent('.failure-banner.is-notice');
    expect(notice).toContain('damaged');
    expect((await appState(page)).teams).toBe(1);
    await screenshot(page, 'shared-link-damaged');
  });

  it('"Compare policies" opens the comparison page on the running scenario', async () => {
    const { page } = await open();
    await page.click('#open-compare');
    await page.waitForURL(/compare\.html#s=/);
    await page.waitForSelector('html[data-panes-ready]', { state: 'attached', timeout: 20_000 });
    expect(await page.locator('#pane0-variant').count()).toBe(1);
    await screenshot(page, 'compare-from-trainer-view');
  });
});

describe('every library scenario', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

  it('opens in the browser, shows its people and advances a week without an error', async () => {
    const { page } = await open();
    for (const file of files) {
      await page.click('#scenario-toggle');
      await page.click(`.scenario-option[data-file="${file}"]:not(.scenario-variant)`);
      const expectedName = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(`scenarios/${file}`, 'utf8'))).name;
      await page.waitForFunction((name) => document.querySelector('#scenario-toggle')?.textContent?.includes(name), expectedName);
      await page.waitForSelector('#network .person, #network g.team');
      await page.click('#step');
      await page.waitForFunction(() => window.__reciprocityLab!.state().latestWeek >= 1);
      expect(await page.locator('.failure-banner:not([hidden])').count(), `${file}: a failure banner`).toBe(0);
    }
  });
});
