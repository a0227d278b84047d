/**
 * Hostile input in the browser, by the same rules as the CLI: a deeply nested scenario in a short shared link gets a
 * message (not a blank page), pasted into the editor it gets a problem line and the worker lives on, and Load file
 * accepts a byte-order mark with a note.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../viz/share/link.ts';
import { appState, screenshot, trainerSession } from './browser.ts';

const session = trainerSession();
const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

describe('hostile input in the browser', () => {
  it('a 10,000-deep scenario in a short link is refused with a message and the default scenario runs', async () => {
    const payload = toBase64Url(deflateSync(new TextEncoder().encode(deep), { level: 9 }));
    expect(payload.length).toBeLessThan(120);
    const { page } = await session.open(`#s=${payload}`);
    const notice = await page.textContent('.failure-banner.is-notice');
    expect(notice).toContain('nested more than 32 levels deep');
    expect((await appState(page)).teams).toBeGreaterThan(0);
    await screenshot(page, 'hostile-deep-link');
  });

  it('deep nesting pasted into the editor is a problem line, and the worker still checks the next edit', async () => {
    const { page } = await session.open();
    await page.click('#tab-editor');
    const original = await page.inputValue('#scenario-text');
    await page.fill('#scenario-text', deep);
    await page.waitForSelector('#scenario-problems li');
    expect(await page.textContent('#scenario-problems')).toMatch(/\(file\): nested more than 32 levels deep at line 1, column 33/);
    await page.fill('#scenario-text', original.replace(/"weeks": 104/, '"weeks": 20'));
    await page.waitForFunction(() => document.querySelector('#scenario-status')?.textContent === 'Valid. Apply to run it.');
    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('#week-counter')?.textContent?.includes('of 20'));
  });

  it('Load file accepts a file with a byte-order mark, says so, and the text validates', async () => {
    const { page } = await session.open();
    await page.click('#tab-editor');
    const original = await page.inputValue('#scenario-text');
    const text = `\uFEFF${original.replace(/"weeks": 104/, '"weeks": 30')}`;
    await page.setInputFiles('#scenario-file', { name: 'with-bom.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await page.waitForFunction(() => document.querySelector('#scenario-status')?.textContent?.includes('byte-order mark'));
    expect(await page.textContent('#scenario-status')).toBe('Loaded with-bom.json; check it, then Apply. It started with a byte-order mark (U+FEFF), which was removed.');
    expect((await page.inputValue('#scenario-text')).startsWith('{')).toBe(true);
    await page.waitForFunction(() => document.querySelector('#scenario-status')?.textContent === 'Valid. Apply to run it.');
    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('#week-counter')?.textContent?.includes('of 30'));
    await screenshot(page, 'hostile-bom-file-loaded');
  });

  it('a run whose whole organisation is laid off draws gaps in the charts, not a fall to 0, and the page keeps working', async () => {
    const { page } = await session.open();
    await page.click('#tab-editor');
    const emptied = {
      schemaVersion: 2,
      name: 'Laid off to nobody',
      weeks: 12,
      teams: [{ name: 'Solo', size: 3 }],
      events: [{ week: 4, type: 'layoffs', share: 1 }],
    };
    await page.fill('#scenario-text', JSON.stringify(emptied, null, 2));
    await page.click('#apply-scenario');
    await page.waitForFunction(() => document.querySelector('#week-counter')?.textContent?.includes('of 12'));
    for (let i = 0; i < 8; i++) await page.click('#step');
    await page.waitForFunction(() => (window.__reciprocityLab?.state().latestWeek ?? 0) >= 8);
    const label = await page.getAttribute('[data-chart="morale"] svg', 'aria-label');
    expect(label).toMatch(/Morale none \(no members\)/);
    // The morale line stops at week 3: one subpath of three points, no drop to 0 afterwards.
    const d = await page.locator('[data-chart="morale"] svg path[stroke-width="2.2"]').first().getAttribute('d');
    expect((d ?? '').match(/[ML]/g)?.length).toBe(3);
    await screenshot(page, 'hostile-empty-organisation');
  });
});
