/**
 * The guided session's debrief says what an ensemble showed in plain words,
 * honestly: a large effect with its count of futures, a small or unclear one
 * as such, and one against the lesson as going the other way.
 */
import { describe, expect, it } from 'vitest';
import { debriefText, type DebriefSummary } from '../../../../viz/pages/trainer/guided/debrief-text.ts';
import { formatDifference, formatValue, roundsToZero } from '../../../../viz/pages/trainer/guided/words.ts';

const layoff: DebriefSummary = {
  metric: 'quits',
  from: 21,
  to: 44,
  window: 'the six months after the layoff',
  comparison: 'the same company without the layoff',
  expect: 'higher',
  people: 40.2,
  run: 9.04,
  other: 4.1,
  difference: { mean: 4.94, ci95: [3.9, 5.98], n: 100 },
  higher: 88,
  lower: 7,
  same: 5,
};

describe('the debrief of a guided session', () => {
  it('says a large effect the lesson expects with the share of futures that show it', () => {
    const text = debriefText(layoff);
    expect(text.verdict).toBe('as-expected');
    expect(text.headline).toBe(
      'Of 40 people, 9 left on average in weeks 21–44 (the six months after the layoff), 4.9 more than in the same company without the layoff, in 88 of 100 futures; fewer in 7, the same in 5.',
    );
    expect(text.verdictText).toBe('A clear difference: the 95% interval of the average difference is between 3.9 and 6.0 more. It goes the way the lesson expects.');
  });

  it('says how the other futures came out, so that "in 46 of 100" is not read as "the other way in 54"', () => {
    const text = debriefText({ ...layoff, run: 3.1, other: 2.1, difference: { mean: 1, ci95: [0.8, 1.2], n: 100 }, higher: 54, lower: 0, same: 46 });
    expect(text.verdict).toBe('as-expected');
    expect(text.headline).toMatch(/, 1 more than in the same company without the layoff, in 54 of 100 futures; the same in 46\.$/);
  });

  it('says so plainly when a clear difference goes the other way from the lesson', () => {
    const text = debriefText({ ...layoff, run: 3.2, other: 5.1, difference: { mean: -1.9, ci95: [-2.6, -1.2], n: 100 }, higher: 9, lower: 71, same: 20 });
    expect(text.verdict).toBe('other-way');
    expect(text.headline).toContain('1.9 fewer than in the same company without the layoff, in 71 of 100 futures; more in 9, the same in 20.');
    expect(text.verdictText).toContain('goes the other way from what the lesson expects (more quits than in the same company without the layoff)');
  });

  it('calls a difference whose interval includes zero unclear, and gives every count', () => {
    const text = debriefText({ ...layoff, run: 4.3, other: 4.1, difference: { mean: 0.2, ci95: [-0.5, 0.9], n: 100 }, higher: 41, lower: 39, same: 20 });
    expect(text.verdict).toBe('unclear');
    expect(text.headline).toBe(
      'Of 40 people, 4.3 left on average in weeks 21–44 (the six months after the layoff), about as many as in the same company without the layoff: more in 41 of 100 futures, fewer in 39, the same in 20.',
    );
    expect(text.verdictText).toBe(
      'No clear difference: the average difference (0.2 more; 95% interval from 0.5 fewer to 0.9 more) could be luck. The lesson expects more quits than in the same company without the layoff; in these futures that did not clearly show.',
    );
  });

  it('calls a consistent difference that rounds to nothing too small to show, never "0.0 more"', () => {
    const text = debriefText({ ...layoff, run: 4.13, other: 4.1, difference: { mean: 0.03, ci95: [0.01, 0.05], n: 100 }, higher: 3, lower: 0, same: 97 });
    expect(text.verdict).toBe('too-small');
    expect(text.headline).not.toMatch(/\b0(\.0)? more/);
    expect(text.headline).toContain('about as many as');
    expect(text.verdictText).toContain('too small to show');
  });

  it('says when every future came out the same', () => {
    const text = debriefText({ ...layoff, run: 4, other: 4, difference: { mean: 0, ci95: [0, 0], n: 100 }, higher: 0, lower: 0, same: 100 });
    expect(text.verdict).toBe('none');
    expect(text.headline).toContain('the same as in the same company without the layoff in every one of the 100 futures');
  });

  it('speaks of a level as a percentage and of its difference in percentage points', () => {
    const trust: DebriefSummary = {
      metric: 'trust_in_leader',
      from: 26,
      to: 39,
      comparison: 'the same team whose leader never took the credit',
      expect: 'lower',
      run: 0.432,
      other: 0.56,
      difference: { mean: -0.128, ci95: [-0.131, -0.125], n: 100 },
      higher: 0,
      lower: 100,
      same: 0,
    };
    const text = debriefText(trust);
    expect(text.verdict).toBe('as-expected');
    expect(text.verdictText).toContain('between 12.5 and 13.1 percentage points lower');
    expect(text.headline).toBe('Trust in the leader averaged 43% in weeks 26–39, 13 percentage points lower than in the same team whose leader never took the credit, in 100 of 100 futures.');
    const single = debriefText({ ...trust, metric: 'turnover_annualised', from: 33, to: 33, window: 'the quarter after the layoff', expect: 'higher' });
    expect(single.verdict).toBe('other-way');
    expect(single.headline).toMatch(/^Annualised turnover at week 33 \(the quarter after the layoff\) was 43% on average/);
  });

  it('counts the futures by the sign it states, whichever way the difference goes', () => {
    const lower = debriefText({ ...layoff, expect: undefined, difference: { mean: -2, ci95: [-3, -1], n: 100 }, higher: 12, lower: 80, same: 8 });
    expect(lower.verdict).toBe('clear');
    expect(lower.headline).toMatch(/2 fewer than .*, in 80 of 100 futures; more in 12, the same in 8\.$/);
    expect(lower.verdictText).not.toContain('lesson');
  });
});

describe('numbers as the room reads them', () => {
  it('rounds as printed and never says "-0"', () => {
    expect(formatValue('morale_mean', 0.5449)).toBe('54%');
    expect(formatValue('quits', 8.64)).toBe('8.6');
    expect(formatValue('quits', 7, true)).toBe('7');
    expect(formatValue('help_asked', 0.4567)).toBe('0.46');
    expect(formatValue('headcount', 57.2)).toBe('57');
    expect(formatDifference('morale_mean', -0.004)).toBe('0.4 percentage points');
    expect(formatDifference('quits', -0.04)).toBe('0');
    expect(roundsToZero('quits', -0.04)).toBe(true);
    expect(roundsToZero('morale_mean', 0.0004)).toBe(true);
    expect(roundsToZero('morale_mean', 0.004)).toBe(false);
  });
});
