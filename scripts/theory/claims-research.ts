/**
 * Claims from the research literature: Axelrod's round robin, Nowak &
 * Sigmund's image scoring (1998) and Cohen, Riolo & Axelrod's partner
 * replacement (2001, docked as an analogue).
 */
import { RepeatedGame } from '../../sim/game/repeated.ts';
import type { GameConfig } from '../../sim/scenario/game.ts';
import { STRATEGIES } from '../../sim/game/strategies/index.ts';
import { column, type Claim } from './claim.ts';
import { allOf, atLeast, atMost, formatMean, formatShare, formatSigned, meanEstimate, pairedEstimate, positive, wilson, type MeanEstimate } from './judges.ts';
import { cooperationOver, payoffPerRoundOver, repeated, thresholdShareOver } from './runs.ts';

const NS = 'Nowak & Sigmund 1998, Nature 393:573–577';
const NS_URL = 'https://doi.org/10.1038/31225';
const CRA = 'Cohen, Riolo & Axelrod 2001, Rationality and Society 13:5–32';

/** Tit-for-tat's rank and mean score per match in one round robin: [1 if it scored highest, else 0; its score per match]. */
const titForTatRank = (game: GameConfig, seed: number): number[] => {
  const g = new RepeatedGame(repeated(game), seed);
  const t = g.play().tournament;
  const perMatch = Array.from(g.genes, (x, i) => [STRATEGIES[x].key, t.score[i] / t.matches[i]] as const).sort((a, b) => b[1] - a[1]);
  return [perMatch[0][0] === 'titForTat' ? 1 : 0, perMatch.find((p) => p[0] === 'titForTat')![1]];
};

/** A share with a mean of percentages: "71% [60%, 82%]". */
const percentMean = (e: MeanEstimate) => {
  const f = (x: number) => `${Math.round(x * 100) < 0 ? '−' : ''}${Math.abs(Math.round(x * 100))}%`;
  return `${f(e.mean)} [${f(e.ci[0])}, ${f(e.ci[1])}]`;
};
/** A difference of shares in percentage points: "+47 [+40, +54] points". */
const points = (e: MeanEstimate) => {
  const f = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(Math.round(x * 100))}`;
  return `${f(e.mean)} [${f(e.ci[0])}, ${f(e.ci[1])}] points`;
};

const GROUP_SIZES = [20, 50, 100] as const;
const GROUP_PUBLISHED: Record<number, string> = { 20: '90%', 50: '47%', 100: '18%' };

const REPLACEMENT = [0.02, 0.1, 0.25, 0.5, 1] as const;

const OBSERVATION_CELLS: ReadonlyArray<readonly [number, number, boolean]> = [
  [0.5, 0.1, true],
  [0.05, 0.1, false],
  [1, 0.5, true],
  [0.3, 0.5, false],
];

export const RESEARCH_CLAIMS: readonly Claim[] = [
  {
    id: 'axelrod-tft',
    claim: 'In a round robin of the classic strategies (200 rounds, each also against its twin), tit-for-tat scores highest.',
    source: 'Axelrod 1980, J. Conflict Resolution 24:3–25; Axelrod & Hamilton 1981, Science 211:1390–1396',
    url: 'https://doi.org/10.1126/science.7466396',
    published: 'TIT FOR TAT won the round robin, averaging 504 points per 200-round game (with 14 other entries)',
    scenario: 'axelrod-round-robin.json',
    criterion: 'tit-for-tat has the highest mean score per match in ≥ 90% of seeds (the 95% interval wholly above; Random’s moves differ by seed); its mean score shown',
    settings: [{ key: 'round robin', file: 'axelrod-round-robin.json', measure: titForTatRank }],
    judge([seeds]) {
      const first = wilson(column(seeds, 0).filter((x) => x === 1).length, seeds.length);
      const mean = meanEstimate(column(seeds, 1));
      return { verdict: atLeast(first.ci, 0.9), measured: `tit-for-tat first in ${formatShare(first)}; its mean ${formatMean(mean, 1)} per 200-round match` };
    },
  },
  {
    id: 'ns-generation-length',
    claim: 'Image scoring sustains cooperation when generations are long enough (many donations per player), and not when they are short.',
    source: `${NS}: simulations (Fig. 1) and the analysis in Methods`,
    url: NS_URL,
    published: 'cooperation needs enough interactions per generation: with q = 1, b = 1, c = 0.1, at least (bq + c)/(bq − c) ≈ 1.2 rounds of donations per player; Fig. 1 (m = 125) shows discriminators taking over',
    scenario: 'image-scoring.json (m = 50, 125, 500)',
    criterion:
      'share of seeds whose cooperation over generations 141–150 exceeds 50%: ≥ 80% at m = 500 (5 donations each), ≤ 30% at m = 50 (0.5 each), each 95% interval wholly on that side; m = 125 shown, not judged',
    settings: [50, 125, 500].map((m) => ({ key: `m ${m}`, file: 'image-scoring.json', patch: { interactions: m }, measure: cooperationOver(-9, 0) })),
    judge(values) {
      const [short, fig1, long] = values.map((seeds) => wilson(column(seeds).filter((c) => c > 0.5).length, seeds.length));
      return {
        verdict: allOf([atMost(short.ci, 0.3), atLeast(long.ci, 0.8)]),
        measured: `cooperative runs: m = 50: ${formatShare(short)}; m = 125: ${formatShare(fig1)} (shown); m = 500: ${formatShare(long)}`,
      };
    },
  },
  {
    id: 'ns-observation',
    claim: 'Discriminators are stable only when the chance q of knowing a recipient’s image exceeds the cost-to-benefit ratio c/b.',
    source: `${NS}: the condition q > c/b (Methods, discriminators against defectors)`,
    url: NS_URL,
    published: 'q > c/b is needed for cooperation by image scoring',
    scenario: 'image-scoring-observers.json (q and c varied)',
    criterion:
      'mean cooperation over generations 101–200 (random starts, mutation 0.001), 95% interval: wholly above 0.5 (most donors help: cooperation sustained, as in the generation-length claim) with q well above c/b (q = 0.5, c/b = 0.1; q = 1, c/b = 0.5); wholly below 0.1 with q below (q = 0.05, c/b = 0.1; q = 0.3, c/b = 0.5)',
    settings: OBSERVATION_CELLS.map(([observation, cost]) => ({ key: `q ${observation}, c ${cost}`, file: 'image-scoring-observers.json', patch: { observation, cost }, measure: cooperationOver(101, 200) })),
    judge(values) {
      const cells = OBSERVATION_CELLS.map(([q, c, high], i) => {
        const e = meanEstimate(column(values[i]));
        return { verdict: high ? atLeast(e.ci, 0.5) : atMost(e.ci, 0.1), text: `q = ${q}, c/b = ${c}: ${formatMean(e, 3)}` };
      });
      return { verdict: allOf(cells.map((c) => c.verdict)), measured: cells.map((c) => c.text).join('; ') };
    },
  },
  {
    id: 'ns-group-size',
    claim: 'With each interaction seen by about 10 others, cooperation falls as the group grows (q ≈ 10/n falls towards c/b).',
    source: `${NS}, Fig. 3 (as reported by replications)`,
    url: NS_URL,
    published: 'cooperative strategies (k ≤ 0) over time: 90% (n = 20), 47% (n = 50), 18% (n = 100)',
    scenario: 'image-scoring-group-size.json (n = 20, 50, 100; m = 10 n)',
    criterion:
      'the direction: the mean share of k ≤ 0 over generations 101–1000 falls from n = 20 to 50 and from 50 to 100 (each difference’s 95% interval, paired by seed number, wholly above 0); the published values, read second-hand, are shown beside and not judged',
    settings: GROUP_SIZES.map((n) => ({
      key: `n ${n}`,
      file: 'image-scoring-group-size.json',
      patch: { players: n, interactions: 10 * n, observation: 10 / (n - 1) },
      measure: thresholdShareOver(0, 101, 1000),
    })),
    judge(values) {
      const shares = values.map((seeds) => column(seeds));
      const steps = [pairedEstimate(shares[0], shares[1]), pairedEstimate(shares[1], shares[2])];
      const levels = GROUP_SIZES.map((n, i) => `n = ${n}: ${percentMean(meanEstimate(shares[i]))} (published ${GROUP_PUBLISHED[n]})`);
      return {
        verdict: allOf(steps.map((s) => positive(s.ci))),
        measured: `${levels.join('; ')}; falls from 20 to 50 by ${points(steps[0])}, from 50 to 100 by ${points(steps[1])}`,
      };
    },
  },
  {
    id: 'cra-partner-replacement',
    claim: 'Replacing partners more often erodes cooperation: mean payoffs fall from near mutual cooperation towards mutual defection.',
    source: `${CRA} (as reported by a third-party reproduction)`,
    url: 'https://doi.org/10.1177/104346301013001001',
    published: 'mean payoff per game about 2.48 with fixed partners, about 1.09 with random re-matching (R = 3, T = 5, S = 0, P = 1)',
    scenario: 'partner-replacement.json (replacement chance 2%, 10%, 25%, 50%, 100% after each round)',
    criterion:
      'mean payoff per round over generations 101–150 (95% intervals): never rises by more than 0.05 as replacement rises (each step’s paired difference wholly below +0.05), ≥ 2.2 with partners kept (2%) and ≤ 1.5 with a new partner every round (100%); the model is an analogue (see theory-mode.md), so only the direction and the two ends are judged',
    settings: REPLACEMENT.map((r) => ({
      key: `replacement ${r}`,
      file: 'partner-replacement.json',
      patch: { continuation: Math.round((1 - r) * 100) / 100 },
      measure: payoffPerRoundOver(101, 150),
    })),
    judge(values) {
      const payoffs = values.map((seeds) => column(seeds));
      const means = payoffs.map((p) => meanEstimate(p));
      const steps = payoffs.slice(1).map((p, i) => pairedEstimate(p, payoffs[i]));
      const verdict = allOf([...steps.map((s) => atMost(s.ci, 0.05)), atLeast(means[0].ci, 2.2), atMost(means[means.length - 1].ci, 1.5)]);
      const pct = (r: number) => `${Math.round(r * 100)}%`;
      const closest = steps.reduce((a, s, i) => (s.ci[1] > steps[a].ci[1] ? i : a), 0);
      const levels = REPLACEMENT.map((r, i) => `${pct(r)}: ${formatMean(means[i])}`).join('; ');
      return { verdict, measured: `${levels}; the step closest to a rise, ${pct(REPLACEMENT[closest])} to ${pct(REPLACEMENT[closest + 1])}: ${formatSigned(steps[closest], 2)}` };
    },
  },
];
