/**
 * One convention for numbers on both pages: shares and levels as percentages,
 * on 0–100% axes unless zoomed, differences in percentage points, never an
 * axis below a metric's range; and the rule for when annualised turnover is
 * shown at all.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';
import { axisFormat, formatDifference, formatMetric, isPercent } from '../../../viz/ui/format.ts';
import { fullScale, metricDomain } from '../../../viz/charts/metric-axis.ts';
import { MIN_HEADCOUNT_FOR_TURNOVER, meaningfulTurnover, runningTotal, showsTurnover, turnoverMeaningful } from '../../../viz/ui/turnover-rule.ts';

describe('units', () => {
  it('writes every share and level as a percentage (61%, never 0.61), and turnover too', () => {
    expect(formatMetric('morale_mean', 0.61)).toBe('61%');
    expect(formatMetric('trust_in_leader', 0.534)).toBe('53%');
    expect(formatMetric('burnout_share', 0.045)).toBe('4.5%');
    expect(formatMetric('turnover_annualised', 0.12)).toBe('12%');
    expect(formatMetric('headcount', 47)).toBe('47');
    expect(formatMetric('help_asked', 1.234)).toBe('1.23');
    for (const m of METRICS) if (m.kind === 'share' || m.kind === 'level') expect(isPercent(m.key as MetricKey), m.key).toBe(true);
  });

  it('writes differences of percentages in points, never "-0.0"', () => {
    expect(formatMetric('morale_mean', 0.031, true)).toBe('+3.1 pts');
    expect(formatMetric('morale_mean', -0.00001, true)).toBe('0.0 pts');
    expect(formatMetric('quits', 2, true)).toBe('+2');
  });

  it('says an interval excludes zero only when it does as printed, adding decimals before printing +0.0 (+0.0 to +0.0)', () => {
    expect(formatDifference('morale_mean', 0.031, [0.01, 0.052])).toEqual({ text: '+3.1 pts (+1.0 to +5.2)', excludesZero: true });
    // The lower end prints as 0.0: not "excludes zero", although it is above zero.
    expect(formatDifference('morale_mean', 0.02, [0.0004, 0.04])).toEqual({ text: '+2.0 pts (0.0 to +4.0)', excludesZero: false });
    // The difference would print as 0.0: more decimals, and then its interval does exclude zero as printed.
    expect(formatDifference('morale_mean', 0.0004, [0.0002, 0.0006])).toEqual({ text: '+0.04 pts (+0.02 to +0.06)', excludesZero: true });
    // Identical runs: no difference at all, and no interval to speak of.
    expect(formatDifference('morale_mean', 0, [0, 0])).toEqual({ text: '0.0 pts (0.0 to 0.0)', excludesZero: false });
    // Three more decimals at most.
    expect(formatDifference('morale_mean', 1e-9, [-1e-9, 3e-9]).text).toBe('0.0000 pts (0.0000 to 0.0000)');
    expect(formatDifference('quits', -2.3, [-3.1, -1.5])).toEqual({ text: '-2.3 (-3.1 to -1.5)', excludesZero: true });
    expect(formatDifference('help_asked', 0.01, [-0.002, 0.02])).toEqual({ text: '+0.010 (-0.002 to +0.020)', excludesZero: false });
    expect(formatDifference('morale_mean', 0.01, [NaN, NaN]).excludesZero).toBe(false);
  });

  it('draws shares and levels on 0–100% unless zoomed, and nothing below a metric’s range', () => {
    const morale = [Float64Array.of(0.56, 0.58, 0.62)];
    expect(metricDomain('morale_mean', morale)).toEqual([0, 1]);
    const zoomed = metricDomain('morale_mean', morale, true);
    expect(zoomed[0]).toBeGreaterThan(0.5);
    expect(zoomed[1]).toBeLessThan(0.7);
    expect(fullScale('morale_mean')).toBe(true);
    expect(fullScale('turnover_annualised')).toBe(false);
    // Turnover and counts start at 0 (the old axis went to −5%), and never go below it, zoomed or not.
    const turnover = [Float64Array.of(0, 0.05, 0.3), Float64Array.of(0, 0, 0.1)];
    expect(metricDomain('turnover_annualised', turnover)[0]).toBe(0);
    expect(metricDomain('turnover_annualised', turnover, true)[0]).toBe(0);
    expect(metricDomain('turnover_annualised', [Float64Array.of(0, 0, 0)])).toEqual([0, 0.5]);
    expect(metricDomain('quits', [Float64Array.of(0, 2, 1)])[0]).toBe(0);
  });

  it('gives a zoomed percentage axis the decimals its ticks need', () => {
    expect(axisFormat('morale_mean')(0.5)).toBe('50%');
    expect(axisFormat('morale_mean', [0.55, 0.6])(0.575)).toBe('57.5%');
    expect(axisFormat('morale_mean', [0, 0.004])(0.002)).toBe('0.20%');
  });
});

describe('when annualised turnover is shown', () => {
  it('only from the headcount at which one quit moves the rate by at most 10 points', () => {
    expect(MIN_HEADCOUNT_FOR_TURNOVER).toBe(40);
    expect(4 / MIN_HEADCOUNT_FOR_TURNOVER).toBeLessThanOrEqual(0.1);
    expect(turnoverMeaningful(13)).toBe(false);
    expect(turnoverMeaningful(39.9)).toBe(false);
    expect(turnoverMeaningful(40)).toBe(true);
    expect(turnoverMeaningful(NaN)).toBe(false);
    // A team of twelve (13 with the leader) is shown people who left; three teams of twenty are shown the rate.
    expect(showsTurnover(13)).toBe(false);
    expect(showsTurnover(60)).toBe(true);
  });

  it('leaves out the weeks where the mean headcount over the 13-week window is too small', () => {
    const headcount = Float64Array.from({ length: 30 }, (_, w) => (w < 10 ? 60 : 30));
    const turnover = new Float64Array(30).fill(0.1);
    const shown = meaningfulTurnover(turnover, headcount);
    expect(Number.isFinite(shown[9])).toBe(true);
    // The window's mean falls below 40 only when enough weeks of 30 people are in it.
    const firstGap = Array.from(shown).findIndex((v) => Number.isNaN(v));
    expect(firstGap).toBeGreaterThan(10);
    expect(Array.from(shown.slice(firstGap)).every(Number.isNaN)).toBe(true);
  });

  it('counts the people who left so far', () => {
    expect(Array.from(runningTotal([0, 1, 0, 2, NaN, 1]))).toEqual([0, 1, 1, 3, 3, 4]);
  });
});
