/**
 * The network is drawn on a canvas under invisible, focusable hit targets. These
 * tests read the canvas's pixels to prove that what a person sees is there: a
 * dot under every person's hit target, coloured by morale, and nothing drawn
 * where there is no one. Chromium paints the canvas in a worker (it is handed
 * over with transferControlToOffscreen), so the pixels come through a test hook;
 * a browser without that paints it on the page, as the second test checks.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, trainerSession } from './browser.ts';

const session = trainerSession();

/** Steps a week, then reads the canvas under each person's hit target and in a corner. */
async function sample(page: Page): Promise<{ people: number[][]; corner: number[]; handedOver: boolean; present: number }> {
  await page.click('#step');
  await page.waitForTimeout(600);
  return page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('#network canvas.network-drawing')!;
    const box = canvas.getBoundingClientRect();
    const centres = [...document.querySelectorAll<SVGGraphicsElement>('#network .person')].map((element): [number, number] => {
      const r = element.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    });
    const pixels = await window.__reciprocityLab!.networkPixels([...centres, [box.left + 3, box.top + 3]]);
    // A canvas handed to a worker refuses a context on the page.
    let handedOver = false;
    try {
      canvas.getContext('2d');
    } catch {
      handedOver = true;
    }
    return { people: pixels.slice(0, -1), corner: pixels[pixels.length - 1], handedOver, present: window.__reciprocityLab!.peopleIds().length };
  });
}

function expectColouredDots({ people, corner, present }: { people: number[][]; corner: number[]; present: number }): void {
  // Everyone in the team this week (twelve members and a leader at the start; someone may have left in week 1 or 2).
  expect(people.length).toBe(present);
  expect(people.length).toBeGreaterThanOrEqual(11);
  for (const [r, g, b] of people) {
    // Not the backdrop and not a grey tie ending there: each centre is a saturated viridis (morale) colour.
    expect(Math.min(r, g, b)).toBeLessThan(200);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(30);
    expect(r + g + b).not.toBe(corner[0] + corner[1] + corner[2]);
  }
}

describe('the network canvas', () => {
  it('shows a coloured dot under every person, and background away from people (painted by a worker)', async () => {
    const { page } = await session.open();
    const result = await sample(page);
    expect(result.handedOver).toBe(true);
    expectColouredDots(result);
    await screenshot(page, 'network-canvas-worker');
  });

  it('is painted on the page, on a new canvas, when the painter worker fails', async () => {
    const { page } = await session.open();
    expect((await sample(page)).handedOver).toBe(true);
    expect(await page.evaluate(() => window.__reciprocityLab!.crashNetworkPainter())).toBe(true);
    await page.waitForTimeout(300);
    const result = await sample(page);
    expect(result.handedOver).toBe(false);
    expectColouredDots(result);
    await screenshot(page, 'network-canvas-after-painter-crash');
  });

  it('is painted on the page where a canvas cannot be handed to a worker', async () => {
    const { page } = await session.open('', { initScript: 'delete HTMLCanvasElement.prototype.transferControlToOffscreen;' });
    const result = await sample(page);
    expect(result.handedOver).toBe(false);
    expectColouredDots(result);
    await screenshot(page, 'network-canvas-page');
  });
});
