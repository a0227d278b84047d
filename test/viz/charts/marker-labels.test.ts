import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeMarkerLabels, rowsUsed } from '../../../viz/charts/marker-labels.ts';

const CHAR = 6;

describe('event marker labels', () => {
  it('writes each label beside its line, left of it near the right edge', () => {
    const labels = placeMarkerLabels([{ x: 50, text: 'Breach' }, { x: 380, text: 'Apology' }], 0, 400, CHAR);
    expect(labels).toEqual([
      { text: 'Breach', x: 54, anchor: 'start', row: 0, markerX: 50 },
      { text: 'Apology', x: 376, anchor: 'end', row: 0, markerX: 380 },
    ]);
    expect(rowsUsed(labels)).toBe(1);
  });

  it('puts close markers in a second row, joins markers of one week, shortens a label rather than overlap, and leaves out one with no room', () => {
    const labels = placeMarkerLabels(
      [
        { x: 100, text: 'Breach' },
        { x: 110, text: 'Apology' },
        { x: 100, text: 'Crisis' },
        { x: 240, text: 'Recognition frequency 0.3' },
        { x: 120, text: 'Layoffs' },
      ],
      0,
      300,
      CHAR,
    );
    expect(labels.map((l) => [l.markerX, l.row, l.text])).toEqual([
      [100, 0, 'Breach · Crisis'],
      [110, 1, 'Apology'],
      [240, 1, 'Recognition…'],
    ]);
  });

  it('never lets two labels of a row overlap, nor a label leave the chart', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 500 }), text: fc.string({ minLength: 1, maxLength: 30 }) }), { maxLength: 12 }), (markers) => {
        const labels = placeMarkerLabels(markers, 0, 500, CHAR);
        const spans = labels.map((l) => {
          const width = l.text.length * CHAR;
          return { row: l.row, from: l.anchor === 'start' ? l.x : l.x - width, to: l.anchor === 'start' ? l.x + width : l.x };
        });
        for (const s of spans) {
          expect(s.from).toBeGreaterThanOrEqual(0);
          expect(s.to).toBeLessThanOrEqual(500);
        }
        for (let i = 0; i < spans.length; i++) {
          for (let j = i + 1; j < spans.length; j++) {
            if (spans[i].row === spans[j].row) expect(spans[i].to <= spans[j].from || spans[j].to <= spans[i].from).toBe(true);
          }
        }
        expect(rowsUsed(labels)).toBeLessThanOrEqual(2);
      }),
    );
  });
});
