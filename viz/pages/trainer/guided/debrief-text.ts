/**
 * The debrief in plain words, from the numbers of an ensemble: the session's
 * run and the run it is compared with, on the same seeds ("futures"). Honest
 * by construction: "in 88 of 100 futures" is the count of paired seeds whose
 * difference has the sign stated; a difference whose 95% interval includes
 * zero is said to be unclear, one that rounds to zero "about the same", and
 * one against the lesson's expectation is said to go the other way.
 */
import type { MeanEstimate } from '../../../../sim/analysis/confidence.ts';
import type { MetricKey } from '../../../../sim/metrics.ts';
import { isFlow } from '../../../../sim/scenario/guide-weeks.ts';
import { directionWord, formatDifference, formatValue, metricName, peopleVerb, roundsToZero, weeksText } from './words.ts';

/** What the ensemble gave, ready to be said. */
export interface DebriefSummary {
  readonly metric: MetricKey;
  readonly from: number;
  readonly to: number;
  /** The window in words ("the six months after the layoff"), if the guide gives them. */
  readonly window?: string;
  /** The run compared with, in words ("the same company without the layoff"). */
  readonly comparison: string;
  /** What the lesson expects of the session's run against the comparison. */
  readonly expect?: 'higher' | 'lower';
  /** People employed at the start of the window (mean over the session's futures), for counts of people. */
  readonly people?: number;
  /** Mean over the futures of the session's run and of the comparison. */
  readonly run: number;
  readonly other: number;
  /** The mean paired difference run − other, with its 95% interval. */
  readonly difference: MeanEstimate;
  /** Futures where the session's run came out higher, lower, level. */
  readonly higher: number;
  readonly lower: number;
  readonly same: number;
}

/** How the difference reads: as the lesson expects, the other way, clear (no expectation), unclear, too small to show, or none. */
export type Verdict = 'as-expected' | 'other-way' | 'clear' | 'unclear' | 'too-small' | 'none';

export interface DebriefText {
  /** The sentence for the room, like "Of 57 people, 8.6 left …, 4.9 more than …, in 88 of 100 futures." */
  readonly headline: string;
  /** What the difference means, with its interval. */
  readonly verdictText: string;
  readonly verdict: Verdict;
}

function verdictOf(s: DebriefSummary): Verdict {
  const d = s.difference.mean;
  if (s.higher === 0 && s.lower === 0) return 'none';
  const [lo, hi] = s.difference.ci95;
  if (!(lo > 0 || hi < 0)) return 'unclear';
  if (roundsToZero(s.metric, d)) return 'too-small';
  if (!s.expect) return 'clear';
  return (d > 0) === (s.expect === 'higher') ? 'as-expected' : 'other-way';
}

/** "in weeks 21–44 (the six months after the layoff)", or the weeks alone. */
function when(s: DebriefSummary): string {
  const weeks = s.from === s.to ? `at week ${s.to}` : `in ${weeksText(s.from, s.to)}`;
  return s.window ? `${weeks} (${s.window})` : weeks;
}

/**
 * "in 88 of 100 futures", counting the futures whose difference has the sign of the average one; then the rest, so
 * that "in 46 of 100 futures" is not read as "the other way in 54": "; fewer in 11, the same in 43".
 */
function share(s: DebriefSummary): string {
  const n = s.higher + s.lower + s.same;
  const up = s.difference.mean > 0;
  const count = up ? s.higher : s.lower;
  const against = up ? s.lower : s.higher;
  const rest: string[] = [];
  if (against > 0) rest.push(`${directionWord(s.metric, up ? -1 : 1)} in ${against}`);
  if (s.same > 0) rest.push(`the same in ${s.same}`);
  return `in ${count} of ${n} futures${rest.length > 0 ? `; ${rest.join(', ')}` : ''}`;
}

/** Every count, for a difference that is not clear: "more in 41 of 100 futures, fewer in 39, the same in 20". */
function allCounts(s: DebriefSummary): string {
  const n = s.higher + s.lower + s.same;
  const parts = [`${directionWord(s.metric, 1)} in ${s.higher} of ${n} futures`, `${directionWord(s.metric, -1)} in ${s.lower}`];
  if (s.same > 0) parts.push(`the same in ${s.same}`);
  return parts.join(', ');
}

/** What was measured, with its value in the session's run: "8.6 people left" or "trust in the leader averaged 43%". */
function measured(s: DebriefSummary): string {
  const value = formatValue(s.metric, s.run);
  const verb = peopleVerb(s.metric);
  if (verb) {
    const who = s.people !== undefined ? `Of ${Math.round(s.people)} people, ` : '';
    return `${who}${value} ${verb} on average ${when(s)}`;
  }
  const name = metricName(s.metric);
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  if (isFlow(s.metric)) return `${capitalised}: ${value} on average ${when(s)}`;
  return s.from === s.to ? `${capitalised} ${when(s)} was ${value} on average` : `${capitalised} averaged ${value} ${when(s)}`;
}

/** The debrief's sentences for the room. */
export function debriefText(s: DebriefSummary): DebriefText {
  const verdict = verdictOf(s);
  const d = s.difference.mean;
  const size = formatDifference(s.metric, d);
  const [lo, hi] = s.difference.ci95;
  // "between 3.9 and 6.0 more", or "from 0.5 fewer to 0.9 more" when the interval spans zero.
  const interval = (a: number, b: number) => {
    const size = (v: number) => formatDifference(s.metric, v, true);
    if (a > 0 || b < 0) {
      const [near, far] = Math.abs(a) < Math.abs(b) ? [a, b] : [b, a];
      return `between ${size(near).replace(/ percentage points?$/, '')} and ${size(far)} ${directionWord(s.metric, a)}`;
    }
    return `from ${size(a)} ${directionWord(s.metric, a)} to ${size(b)} ${directionWord(s.metric, b)}`;
  };
  const sameAs = specOfCount(s.metric) ? 'about as many as' : 'about the same as';
  let headline: string;
  let verdictText: string;
  switch (verdict) {
    case 'none':
      headline = `${measured(s)}, the same as in ${s.comparison} in every one of the ${s.same} futures.`;
      verdictText = 'No difference at all: in these futures the two runs came out the same.';
      break;
    case 'unclear':
      headline = `${measured(s)}, ${sameAs} in ${s.comparison}: ${allCounts(s)}.`;
      verdictText = `No clear difference: the average difference (${size} ${directionWord(s.metric, d)}; 95% interval ${interval(lo, hi)}) could be luck.${expectation(s)}`;
      break;
    case 'too-small':
      headline = `${measured(s)}, ${sameAs} in ${s.comparison}: ${allCounts(s)}.`;
      verdictText = `The difference is consistent but too small to show at this precision.${expectation(s)}`;
      break;
    default:
      headline = `${measured(s)}, ${size} ${directionWord(s.metric, d)} than in ${s.comparison}, ${share(s)}.`;
      verdictText = `A clear difference: the 95% interval of the average difference is ${interval(lo, hi)}.`;
      if (verdict === 'as-expected') verdictText += ' It goes the way the lesson expects.';
      if (verdict === 'other-way') verdictText += ` This goes the other way from what the lesson expects (${expectedWords(s)}): worth asking the room why.`;
  }
  return { headline, verdictText, verdict };
}

function specOfCount(metric: MetricKey): boolean {
  return peopleVerb(metric) !== undefined || isFlow(metric);
}

/** What the lesson expects, in the metric's words: "more quits than in …", "trust in the leader lower than in …". */
function expectedWords(s: DebriefSummary): string {
  const word = directionWord(s.metric, s.expect === 'higher' ? 1 : -1);
  return specOfCount(s.metric) ? `${word} ${metricName(s.metric)} than in ${s.comparison}` : `${metricName(s.metric)} ${word} than in ${s.comparison}`;
}

/** The lesson's expectation, for a difference that did not show. */
function expectation(s: DebriefSummary): string {
  return s.expect ? ` The lesson expects ${expectedWords(s)}; in these futures that did not clearly show.` : '';
}
