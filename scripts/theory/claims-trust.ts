/**
 * The Evolution of Trust's claims (Case 2017): its one-off tournament, and who
 * takes over in its evolution experiments. Winners are the most common
 * strategy at generation 40 (the game's runs settle within about 20).
 */
import { RepeatedGame } from '../../sim/game/repeated.ts';
import type { GameConfig } from '../../sim/scenario/game.ts';
import { STRATEGIES } from '../../sim/game/strategies/index.ts';
import { column, countOf, type BlockValues, type Claim, type Setting } from './claim.ts';
import { allOf, atLeast, bonferroni, everySeed, formatShare, formatSigned, meanEstimate, type Verdict, within, wilson } from './judges.ts';
import { TRUST_NAMES, leadersAt, payoffAdvantages, repeated, startingKeys, strategyIndex, tallyText } from './runs.ts';

const TRUST = 'Case 2017, The Evolution of Trust';
const TRUST_URL = 'https://ncase.me/trust/';
const TRUST_CODE = 'https://github.com/ncase/trust';

/** The generation at which the Evolution of Trust's winner is read. */
export const TRUST_GENERATION = 40;

/** "Copycat 100/100 (95% CI 96–100%)", and the judged share's verdict against `threshold`. */
function leaderShare(seeds: readonly (readonly number[])[], key: string, threshold: number, i = 0): { verdict: Verdict; text: string } {
  const e = wilson(countOf(seeds, strategyIndex(key), i), seeds.length);
  return { verdict: atLeast(e.ci, threshold), text: `${TRUST_NAMES[key]} ${formatShare(e)}` };
}

/** The tally of leaders apart from `key`: "; others: Grudger 3, a tie 1" (empty when `key` led every time). */
function others(seeds: readonly (readonly number[])[], key: string, i = 0): string {
  const rest = column(seeds, i).filter((c) => c !== strategyIndex(key));
  return rest.length > 0 ? `; others: ${tallyText(rest)}` : '';
}

/** A claim that `key` is the most common strategy at generation 40 of `file` in at least `share` of the seeds. */
function leaderClaim(c: { id: string; claim: string; section: string; published: string; file: string; key: string; share: number }): Claim {
  return {
    id: c.id,
    claim: c.claim,
    source: `${TRUST}, “${c.section}”`,
    url: TRUST_URL,
    published: c.published,
    scenario: c.file,
    criterion: `${TRUST_NAMES[c.key]} the most common at generation ${TRUST_GENERATION} in ≥ ${Math.round(c.share * 100)}% of seeds (the 95% interval wholly above)`,
    settings: [{ key: 'as published', file: c.file, measure: leadersAt(TRUST_GENERATION) }],
    judge([seeds]) {
      const { verdict, text } = leaderShare(seeds, c.key, c.share);
      return { verdict, measured: `${text}${others(seeds, c.key)}` };
    },
  };
}

const ONE_OFF_TOTALS: Record<string, number> = { titForTat: 57, grudger: 46, detective: 45, alwaysDefect: 45, alwaysCooperate: 29 };

const oneOffTotals = (game: GameConfig, seed: number): number[] => {
  const g = new RepeatedGame(repeated(game), seed);
  const played = g.play();
  return Object.keys(ONE_OFF_TOTALS).map((k) => played.tournament.score[Array.from(g.genes).findIndex((x) => STRATEGIES[x].key === k)]);
};

/** The mistake levels of the mean world and who the game says wins at each (null: the edge, shown but not judged; 0.5: nobody). */
const MISTAKE_LEVELS: ReadonlyArray<readonly [number, string | null]> = [
  [0, 'titForTat'],
  [0.01, 'titForTwoTats'],
  [0.05, 'titForTwoTats'],
  [0.07, 'titForTwoTats'],
  [0.09, null],
  [0.1, null],
  [0.15, 'alwaysDefect'],
  [0.3, 'alwaysDefect'],
  [0.45, 'alwaysDefect'],
  [0.5, null],
];
/** At 50% mistakes no strategy may earn more than this much more or less per round than the population (coins). */
export const COIN_FLIP_MARGIN = 0.01;
const MEAN_WORLD = 'trust-mistakes-mean-world.json';
const levelText = (m: number) => `${Math.round(m * 100)}%`;

/** Each strategy's payoff advantage per round with its Bonferroni interval, and whether all lie within ±margin. */
export function payoffsEqual(seeds: readonly (readonly number[])[], keys: readonly string[], margin: number): { verdict: Verdict; text: string } {
  const level = bonferroni(keys.length);
  const estimates = keys.map((k, i) => [k, meanEstimate(column(seeds, i), level)] as const);
  const verdict = allOf(estimates.map(([, e]) => within(e.ci, margin)));
  return { verdict, text: estimates.map(([k, e]) => `${TRUST_NAMES[k] ?? k} ${formatSigned(e)}`).join(', ') };
}

const mistakeSettings: Setting[] = [
  ...MISTAKE_LEVELS.map(([mistakes]) => ({ key: `leader at mistakes ${mistakes}`, file: MEAN_WORLD, patch: { mistakes }, measure: leadersAt(TRUST_GENERATION) })),
  ...[0.5, 0.45].map((mistakes) => ({ key: `payoffs at mistakes ${mistakes}`, file: MEAN_WORLD, patch: { mistakes, evolution: { type: 'none' } }, measure: payoffAdvantages(TRUST_GENERATION) })),
];

function judgeMistakes(values: BlockValues, gameOf: (setting: number) => GameConfig): { verdict: Verdict; measured: string } {
  const verdicts: Verdict[] = [];
  const parts = MISTAKE_LEVELS.map(([mistakes, expected], s) => {
    const seeds = values[s];
    if (expected) {
      const { verdict, text } = leaderShare(seeds, expected, 0.7);
      verdicts.push(verdict);
      return `${levelText(mistakes)}: ${text}`;
    }
    return `${levelText(mistakes)}: ${tallyText(column(seeds))} (${mistakes === 0.5 ? 'shown' : 'edge, shown'})`;
  });
  const keys = startingKeys(gameOf(MISTAKE_LEVELS.length));
  const coinFlips = payoffsEqual(values[MISTAKE_LEVELS.length], keys, COIN_FLIP_MARGIN);
  verdicts.push(coinFlips.verdict);
  const contrast = payoffsEqual(values[MISTAKE_LEVELS.length + 1], keys, COIN_FLIP_MARGIN);
  const measured = `leaders at generation ${TRUST_GENERATION}: ${parts.join('; ')}. Payoff per round minus the population’s, at 50%: ${coinFlips.text}; at 45% for contrast (not judged): ${contrast.text}`;
  return { verdict: allOf(verdicts), measured };
}

export const TRUST_CLAIMS: readonly Claim[] = [
  {
    id: 'trust-one-off',
    claim: 'In the one-off tournament (five characters, every pair plays 10 rounds) Copycat scores most.',
    source: `${TRUST}, “tournament time”; scores from the game's rules (js/sims/PD.js)`,
    url: TRUST_CODE,
    published: 'Copycat wins; totals by the game’s rules: Copycat 57, Grudger 46, Detective 45, Always Cheat 45, Always Cooperate 29',
    scenario: 'trust-one-off-tournament.json',
    criterion: 'every total equal on every seed (no randomness in this tournament)',
    settings: [{ key: 'one tournament', file: 'trust-one-off-tournament.json', measure: oneOffTotals }],
    judge([seeds]) {
      const expected = Object.values(ONE_OFF_TOTALS);
      const equal = seeds.map((v) => v.every((x, i) => x === expected[i]));
      const first = Object.keys(ONE_OFF_TOTALS).map((k, i) => `${TRUST_NAMES[k]} ${seeds[0][i]}`).join(', ');
      return { verdict: everySeed(equal), measured: `${first} (the published totals on ${equal.filter(Boolean).length} of ${seeds.length} seeds)` };
    },
  },
  {
    id: 'trust-evolution',
    claim: 'With 15 Always Cooperate, 5 Always Cheat and 5 Copycats, Always Cheat grows at first, then Copycat takes over.',
    source: `${TRUST}, “evolution”`,
    url: TRUST_URL,
    published: 'Always Cheat wins the first few tournaments; in the end “Copycat inherits the earth”',
    scenario: 'trust-evolution.json',
    criterion: `Always Cheat the most common at generation 3 and Copycat at generation ${TRUST_GENERATION} in ≥ 90% of seeds (each 95% interval wholly above)`,
    settings: [{ key: 'as published', file: 'trust-evolution.json', measure: leadersAt(3, TRUST_GENERATION) }],
    judge([seeds]) {
      const early = leaderShare(seeds, 'alwaysDefect', 0.9, 0);
      const late = leaderShare(seeds, 'titForTat', 0.9, 1);
      return { verdict: allOf([early.verdict, late.verdict]), measured: `at generation 3: ${early.text}; at ${TRUST_GENERATION}: ${late.text}` };
    },
  },
  leaderClaim({
    id: 'trust-evolution-all',
    claim: 'With Grudger and Detective back in, the result is similar: Copycat takes over (a few Grudgers may stay).',
    section: 'evolution',
    published: 'Copycat wins; “sometimes a few Grudgers may stick around”',
    file: 'trust-evolution-all-five.json',
    key: 'titForTat',
    share: 0.8,
  }),
  {
    id: 'trust-rounds',
    claim: 'With too few rounds per match Always Cheat dominates; with enough, Copycat wins (23 Always Cooperate, 1 Always Cheat, 1 Copycat).',
    source: `${TRUST}, “the evolution of distrust”`,
    url: TRUST_URL,
    published: 'Copycat wins at 10 rounds; “if you don’t play enough rounds (here: 5 or less), Always Cheat dominates”',
    scenario: 'trust-few-rounds.json (rounds 1–10)',
    criterion: `the expected winner (Always Cheat at 1–5 rounds, Copycat at 6–10) the most common at generation ${TRUST_GENERATION} in ≥ 90% of seeds at every number of rounds (each 95% interval wholly above)`,
    settings: Array.from({ length: 10 }, (_, i) => ({ key: `rounds ${i + 1}`, file: 'trust-few-rounds.json', patch: { rounds: i + 1 }, measure: leadersAt(TRUST_GENERATION) })),
    judge(values) {
      const results = values.map((seeds, i) => ({ rounds: i + 1, ...leaderShare(seeds, i < 5 ? 'alwaysDefect' : 'titForTat', 0.9) }));
      return { verdict: allOf(results.map((r) => r.verdict)), measured: results.map((r) => `${r.rounds}: ${r.text}`).join('; ') };
    },
  },
  {
    id: 'trust-reward',
    claim: 'Lowering the reward for both cooperating from +2 to +1 (10 rounds) lets Always Cheat take over.',
    source: `${TRUST}, “the evolution of distrust”`,
    url: TRUST_URL,
    published: '“with a lower win-win reward, Always Cheat takes over”',
    scenario: 'trust-lower-reward.json',
    criterion: `Always Cheat the most common at generation ${TRUST_GENERATION} in ≥ 90% of seeds (the 95% interval wholly above; Copycat wins at reward +2, the rounds claim)`,
    settings: [{ key: 'as published', file: 'trust-lower-reward.json', measure: leadersAt(TRUST_GENERATION) }],
    judge([seeds]) {
      const { verdict, text } = leaderShare(seeds, 'alwaysDefect', 0.9);
      return { verdict, measured: `${text}${others(seeds, 'alwaysDefect')}` };
    },
  },
  leaderClaim({
    id: 'trust-mistakes-kind',
    claim: 'With 5% mistakes in a mostly Always Cooperate world, Simpleton (Pavlov) wins.',
    section: 'mistakes',
    published: '“Simpleton wins!” (it exploits Always Cooperate after a mistake)',
    file: 'trust-mistakes-kind-world.json',
    key: 'pavlov',
    share: 0.8,
  }),
  leaderClaim({
    id: 'trust-mistakes-mean',
    claim: 'With 5% mistakes in a mostly Always Cheat world, Copykitten (tit-for-two-tats) wins.',
    section: 'mistakes',
    published: '“Copykitten wins this time!” (sharing room with Copycat)',
    file: MEAN_WORLD,
    key: 'titForTwoTats',
    share: 0.8,
  }),
  {
    id: 'trust-mistakes-level',
    claim: 'How many mistakes decides who wins: none, Copycat; a few, Copykitten; many, Always Cheat; coin flips, nobody.',
    source: `${TRUST}, “mistakes”`,
    url: TRUST_URL,
    published: '0%: Copycat; 1–9%: Copykitten; 10–49%: Always Cheat; 50%: “nobody wins ever”',
    scenario: `${MEAN_WORLD} (mistakes 0–50%)`,
    criterion:
      `the published winner the most common at generation ${TRUST_GENERATION} in ≥ 70% of seeds at 0, 1, 5, 7, 15, 30 and 45% (each 95% interval wholly above); ` +
      `at 50% every move is a coin flip, so no strategy earns more than another: each strategy’s payoff per round minus the population’s, over ${TRUST_GENERATION} tournaments of the starting mix per seed, within ±${COIN_FLIP_MARGIN} coins (Bonferroni 95% intervals over the five strategies); ` +
      '9–10% (the edge) and the leaders at 50% shown, not judged',
    settings: mistakeSettings,
    judge: judgeMistakes,
  },
];
