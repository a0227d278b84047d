/**
 * The repeated-game scenarios of scenarios/classic/ offered as starting
 * points (image-scoring files run from the CLI; their results are in the
 * validation table). Validated with the engine's own parser.
 */
import { parseScenarioText } from '../../../sim/scenario/parse.ts';
import type { RepeatedGameConfig } from '../../../sim/scenario/game.ts';

const files = import.meta.glob('../../../scenarios/classic/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface Preset {
  /** File name, e.g. `trust-evolution.json`. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly game: RepeatedGameConfig;
}

/** The page opens on the sandbox's mix, as the Evolution of Trust's sandbox does. */
export const DEFAULT_PRESET = 'trust-sandbox.json';

export function presets(): Preset[] {
  const out: Preset[] = [];
  for (const [path, text] of Object.entries(files)) {
    const parsed = parseScenarioText(text);
    if (!parsed.ok || parsed.scenario.game?.type !== 'repeated') continue;
    const file = path.slice(path.lastIndexOf('/') + 1);
    out.push({ file, name: parsed.scenario.name, description: parsed.scenario.description, seed: parsed.scenario.seed, game: parsed.scenario.game });
  }
  return out.sort((a, b) => (a.file === DEFAULT_PRESET ? -1 : b.file === DEFAULT_PRESET ? 1 : a.name.localeCompare(b.name)));
}
