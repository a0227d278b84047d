import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../sim/index.ts';
import { cli, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('reciprocity-lab compare', () => {
  const dir = scenarioDir();

  it('prints JSON of the documented shape, with exactly zero difference for a variant identical to baseline', async () => {
    const r = await cli(['compare', 'small.json', '--runs', '4', '--format', 'json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs).toBe(4);
    expect(out.seeds).toEqual([7, 8, 9, 10]);
    expect(typeof out.engineVersion).toBe('string');
    expect(out.variants.map((v: { name: string }) => v.name)).toEqual(['baseline', 'same', 'drought']);
    expect(out.differences.map((d: { variant: string }) => d.variant)).toEqual(['same', 'drought']);
    for (const v of out.variants) {
      expect(Object.keys(v.metrics)).toEqual([...METRIC_KEYS]);
      const m = v.metrics.morale_mean;
      expect(m.ci95).toHaveLength(2);
      expect(m.ci95[0]).toBeLessThanOrEqual(m.mean);
      expect(m.ci95[1]).toBeGreaterThanOrEqual(m.mean);
    }
    const same = out.differences[0].metrics;
    for (const key of METRIC_KEYS) expect(same[key]).toEqual({ mean: 0, ci95: [0, 0], n: 4 });
    expect(out.stamp.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints an aligned table with a legend for the significance marker', async () => {
    const r = await cliInProcess(['compare', 'small.json', '--runs', '3', '--threads', '1', '--sensitivity'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^metric +variant +mean +95% CI +diff vs baseline +95% CI of diff$/m);
    expect(r.stdout).toMatch(/^morale_mean +baseline /m);
    expect(r.stdout).toContain('* the 95% CI of the paired difference from baseline excludes zero');
    expect(r.stdout).toContain('Sensitivity: variants ranked');
  });

  it('gives the same bytes for --threads 1 and --threads 2', async () => {
    const args = ['compare', 'small.json', '--runs', '12', '--format', 'json'];
    const one = await cli([...args, '--threads', '1'], dir);
    const two = await cli([...args, '--threads', '2'], dir);
    expect(two.stdout).toBe(one.stdout);
  });

  it('needs at least two runs for a confidence interval', async () => {
    const r = await cliInProcess(['compare', 'small.json', '--runs', '1'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--runs must be from 2 to 100000 \(a confidence interval needs at least 2 runs\), got 1/);
  });
});

describe('compare intervals stay within what a metric can be', () => {
  const dir = scenarioDir();

  it('every share’s interval lies in [0, 1] and every difference of shares in [−1, 1]', async () => {
    const r = await cliInProcess(['compare', 'small.json', '--runs', '3', '--weeks', '6', '--format', 'json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const shares = ['engaged_share', 'disengaged_share', 'burnout_share', 'withdrawn_share', 'taker_share'];
    let touched = 0;
    for (const v of out.variants) {
      for (const key of shares) {
        const [lo, hi] = v.metrics[key].ci95;
        if (lo === null) continue;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        if (lo === 0 && v.metrics[key].mean > 0) touched++;
      }
    }
    for (const d of out.differences) for (const key of shares) if (d.metrics[key].ci95[0] !== null) expect(d.metrics[key].ci95[0]).toBeGreaterThanOrEqual(-1);
    // Three runs of a small team: some share near 0 has a t interval reaching below 0, now clipped at 0.
    expect(touched).toBeGreaterThan(0);
  });
});
