/**
 * Stories from the log, in real Chromium: a log line about a person opens
 * their story; "People who left" lists every exit so far and opens the story
 * of someone who has left, with their morale over time (a chart) and its
 * main rises and falls in words; the story follows the week on screen.
 */
import { describe, expect, it } from 'vitest';
import { appState, pause, screenshot, trainerSession, waitForWeek } from './browser.ts';

const session = trainerSession();

describe('stories from the log', () => {
  it('open from a log line and from “People who left”, also for someone who left, with their morale over time and why it moved', async () => {
    const { page } = await session.open();
    await page.click('#scenario-toggle');
    await page.click('.scenario-option[data-file="layoffs-contagion.json"]:not(.scenario-variant)');
    await page.waitForFunction(() => document.querySelector('#scenario-toggle')?.textContent?.includes('ayoff'));
    await page.selectOption('#speed', '32');
    await page.click('#play');
    await waitForWeek(page, 40);
    await pause(page);
    const week = (await appState(page)).viewedWeek;

    // A log line about a person is a button that opens their story.
    const personLine = page.locator('#event-log .event-list .event-person').first();
    const lineText = (await personLine.textContent()) ?? '';
    await personLine.click();
    await page.waitForSelector('#story-panel:not([hidden]) .story-title');
    const firstName = ((await page.locator('#story-panel .story-title').textContent()) ?? '').replace(/’s story$/, '');
    expect(lineText).toContain(firstName);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#story-panel', { state: 'hidden' });

    // "People who left": every exit so far (the layoff at week 20 alone lets a fifth of sixty go), each opening a story.
    const leaversButton = page.locator('#show-leavers');
    const count = Number(/\((\d+)\)/.exec((await leaversButton.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(12);
    await leaversButton.click();
    expect(await page.locator('#leaver-list .event-person').count()).toBe(count);
    const laidOff = page.locator('#leaver-list .event-layoff .event-person').first();
    const name = ((await laidOff.textContent()) ?? '').replace(/ was laid off.*$/, '');
    expect(name.length).toBeGreaterThan(1);
    await laidOff.click();
    await page.waitForSelector('#story-panel:not([hidden]) .story-chart svg path', { state: 'attached' });
    expect(await page.locator('#story-panel .story-title').textContent()).toBe(`${name}’s story`);
    // Their morale over time, up to their last week, and what moved it.
    expect(await page.locator('#story-panel .story-standing').textContent()).toMatch(/^At week (19|20), the last before they left: morale \d+%, trust in the leader \d+%, energy \d+%\./);
    expect(await page.locator('#story-panel .story-left').count()).toBe(1);
    expect(await page.locator('#story-panel .story-chart svg text').allTextContents()).toEqual(expect.arrayContaining(['100%']));
    await screenshot(page, 'story-of-someone-who-left');
    await page.keyboard.press('Escape');

    // Someone who quit after the layoff: their story names the main turns of their morale with reasons.
    const quit = page.locator('#leaver-list .event-quit .event-person').first();
    await quit.click();
    await page.waitForSelector('#story-panel:not([hidden]) .story-chart svg path', { state: 'attached' });
    const turns = await page.locator('#story-panel .story-turns > li').allTextContents();
    const standing = (await page.locator('#story-panel .story-standing').textContent()) ?? '';
    // Either the main rises and falls with what went with them, or a sentence saying morale held steady.
    if (turns.length > 0) for (const turn of turns) expect(turn).toMatch(/^Weeks \d+–\d+: morale (fell|rose) from \d+% to \d+%\.\S/);
    else expect(standing).toMatch(/with no big rise or fall/);
    expect(turns.length + (standing.includes('no big rise or fall') ? 1 : 0)).toBeGreaterThan(0);
    await screenshot(page, 'story-of-someone-who-quit');
    expect(week).toBeGreaterThanOrEqual(40);
  });
});
