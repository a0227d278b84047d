/**
 * Predict first: the question a step asks, and the reveal from the run's own
 * weekly values once the run gets there.
 */
import { describe, expect, it } from 'vitest';
import { predictionPrompt, revealPrediction } from '../../../../viz/pages/trainer/guided/predictions.ts';

/** Weekly values, week 1 first. */
const weeks = (n: number, value: (week: number) => number) => Float64Array.from({ length: n }, (_, i) => value(i + 1));

describe('a prediction', () => {
  const quits = { metric: 'quits' as const, from: 21, week: 27, answer: 'direction' as const };

  it('asks about the weeks to come against as many weeks up to now, or for a number', () => {
    expect(predictionPrompt(quits, 20)).toBe('Will quits in weeks 21–27 (the total) be higher, the same or lower than in weeks 14–20, up to now?');
    expect(predictionPrompt({ metric: 'trust_in_leader', week: 26, answer: 'number' }, 13)).toBe('What will trust in the leader at week 26 be, in percent?');
    expect(predictionPrompt({ metric: 'morale_mean', team: 'Frontline', from: 14, week: 26, answer: 'direction' }, 13)).toBe(
      'Will morale in Frontline over weeks 14–26 (the average) be higher, the same or lower than in weeks 1–13, up to now?',
    );
    expect(predictionPrompt({ ...quits, prompt: 'More or fewer leavers next month?' }, 20)).toBe('More or fewer leavers next month?');
  });

  it('is not revealed before the run has simulated its last week', () => {
    expect(revealPrediction(quits, 20, weeks(26, () => 1), undefined)).toBeUndefined();
  });

  it('reveals a direction from the run’s totals, and says whether the room was right', () => {
    const series = weeks(30, (w) => (w >= 21 && w <= 27 ? 1 : w === 15 ? 2 : 0));
    const right = revealPrediction(quits, 20, series, { kind: 'direction', direction: 'higher' });
    expect(right).toEqual({ text: 'Quits in weeks 21–27 (the total): 7, against 2 in weeks 14–20: higher. The room said higher. The room was right.', matched: true });
    const wrong = revealPrediction(quits, 20, series, { kind: 'direction', direction: 'same' });
    expect(wrong?.matched).toBe(false);
    expect(wrong?.text).toContain('The room said the same. A surprise for the room.');
  });

  it('calls a level the same when it prints the same, whatever the digits beyond', () => {
    const series = weeks(30, (w) => (w === 20 ? 0.601 : w === 26 ? 0.604 : 0.5));
    const reveal = revealPrediction({ metric: 'morale_mean', week: 26, answer: 'direction' }, 20, series, { kind: 'direction', direction: 'same' });
    expect(reveal?.text).toBe('Morale at week 26: 60%, against 60% in week 20: the same. The room said the same. The room was right.');
  });

  it('reveals a number, with how far the room was off (in percentage points for a level)', () => {
    const series = weeks(26, (w) => (w === 26 ? 0.43 : 0.7));
    const reveal = revealPrediction({ metric: 'trust_in_leader', week: 26, answer: 'number' }, 13, series, { kind: 'number', value: 55 });
    expect(reveal?.text).toBe('Trust in the leader at week 26: 43%. The room said 55%. Off by 12 percentage points.');
    const exact = revealPrediction({ metric: 'quits', from: 21, week: 26, answer: 'number' }, 20, weeks(26, (w) => (w > 20 ? 1 : 0)), { kind: 'number', value: 6 });
    expect(exact?.text).toBe('Quits in weeks 21–26 (the total): 6. The room said 6. Spot on.');
    expect(revealPrediction({ metric: 'quits', from: 21, week: 26, answer: 'number' }, 20, weeks(26, () => 0), undefined)?.text).toContain('The room made no prediction.');
  });
});
