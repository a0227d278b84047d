/**
 * How each strategy looks: a colour from the Okabe–Ito palette (told apart
 * with the common colour-vision deficiencies) and a one-character mark drawn
 * on it, so no one has to rely on colour alone.
 */
export interface StrategyLook {
  readonly fill: string;
  /** Text colour on the fill (contrast ≥ 4.5:1). */
  readonly ink: string;
  readonly mark: string;
  /** The short name used on the page (the Evolution of Trust's, where it has one). */
  readonly short: string;
}

export const LOOKS: Record<string, StrategyLook> = {
  titForTat: { fill: '#0072B2', ink: '#ffffff', mark: 'T', short: 'Copycat' },
  alwaysDefect: { fill: '#000000', ink: '#ffffff', mark: 'D', short: 'Always Cheat' },
  alwaysCooperate: { fill: '#CC79A7', ink: '#000000', mark: 'C', short: 'Always Cooperate' },
  grudger: { fill: '#F0E442', ink: '#000000', mark: 'G', short: 'Grudger' },
  detective: { fill: '#E69F00', ink: '#000000', mark: '?', short: 'Detective' },
  titForTwoTats: { fill: '#56B4E9', ink: '#000000', mark: '2', short: 'Copykitten' },
  pavlov: { fill: '#009E73', ink: '#000000', mark: 'P', short: 'Simpleton' },
  random: { fill: '#D55E00', ink: '#000000', mark: 'R', short: 'Random' },
};

/** The look of a strategy key; a strategy added without a look still shows, in grey with its initial. */
export function lookOf(key: string): StrategyLook {
  return LOOKS[key] ?? { fill: '#999999', ink: '#000000', mark: key.charAt(0).toUpperCase(), short: key };
}
