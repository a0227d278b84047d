/**
 * The network is drawn on a canvas under invisible, focusable hit targets. These
 * tests read the canvas's pixels to prove that what a person sees is there: a
 * dot under every person's hit target, coloured by morale, and nothing drawn
 * where there is no one.
 */
import { describe, expect, it } from 'vitest';
import { type AppPage, trainerSession } from './browser.ts';

const session = trainerSession();
let app: AppPage | undefined;

describe('the network canvas', () => {
  it('shows a coloured dot under every person, and background away from people', async () => {
    app = await session.open();
    const { page } = app;
    await page.click('#step');
    await page.waitForTimeout(600);
    const sample = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#network canvas.network-drawing')!;
      const box = canvas.getBoundingClientRect();
      const context = canvas.getContext('2d')!;
      const scale = canvas.width / box.width;
      const pixel = (x: number, y: number) => Array.from(context.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data);
      const people = [...document.querySelectorAll<SVGGraphicsElement>('#network .person')].map((element) => {
        const r = element.getBoundingClientRect();
        return pixel(r.left + r.width / 2, r.top + r.height / 2);
      });
      return { people, corner: pixel(box.left + 3, box.top + 3) };
    });
    expect(sample.people.length).toBe(13);
    for (const [r, g, b] of sample.people) {
      // Not the backdrop and not a grey tie ending there: each centre is a saturated viridis (morale) colour.
      expect(Math.min(r, g, b)).toBeLessThan(200);
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(30);
      expect(r + g + b).not.toBe(sample.corner[0] + sample.corner[1] + sample.corner[2]);
    }
  });
});
