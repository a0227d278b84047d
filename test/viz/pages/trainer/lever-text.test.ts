import { describe, expect, it } from 'vitest';
import { leverText } from '../../../../viz/pages/trainer/guided/lever-text.ts';
import type { LeverEffect } from '../../../../viz/pages/trainer/guided/debrief-ensemble.ts';

const lever = (label: string, atMin: number, atMax: number, ci: [number, number]): LeverEffect => ({
  lever: 'workloadProtection',
  label,
  now: 0.1,
  min: 0,
  max: 1,
  atMin,
  atMax,
  swing: { mean: atMax - atMin, ci95: ci, n: 20 },
});

describe('which lever would have mattered most', () => {
  it('names the lever with the largest clear swing, what each end did, and the next clear ones', () => {
    const { text, clear } = leverText(
      [lever('Workload protection', 0.02, -1.9, [-2.6, -1.3]), lever('Advocacy', 0.4, -0.8, [-1.7, -0.4]), lever('Delegation and autonomy', 0, -0.3, [-0.9, 0.2])],
      'quits',
      8,
      52,
      20,
    );
    expect(clear).toBe(true);
    expect(text).toBe(
      'Of the 3 levers, each held at its lowest and at its highest for the whole run (20 futures each, on the same seeds as the run as written), ‘Workload protection’ (0.1 as written) would have mattered most for quits in weeks 8–52 (the total): at its highest (1), 1.9 fewer than as written; at its lowest (0), about the same. Next: ‘Advocacy’.',
    );
  });

  it('says that no lever clearly mattered when even the largest swing could be luck', () => {
    const { text, clear } = leverText([lever('Advocacy', 0.01, -0.02, [-0.05, 0.01])], 'morale_mean', 26, 39, 10);
    expect(clear).toBe(false);
    expect(text).toContain('none moved morale over weeks 26–39 (the average) clearly: the largest swing, ‘Advocacy’, could be luck in 10 futures.');
  });
});
