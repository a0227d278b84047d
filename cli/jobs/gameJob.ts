/**
 * The `run` job of a classic-mode scenario (one with a `game` section): R runs
 * of the game on seeds seed, seed+1, …; each unit returns its rows packed in a
 * Float64Array (sim/game/results.ts), rendered as tidy CSV or stamped JSON.
 */
import type { Scenario } from '../../sim/index.ts';
import { GAME_METRICS, gameTidyHeader, gameTidyRows } from '../../sim/game/results.ts';
import { csvLine, jsonCell } from '../csv.ts';
import type { Job, JobSpec, Renderer, UnitResult } from './job.ts';

/** Index of the strategy column, the one text column of a game row. */
const STRATEGY_COLUMN = gameTidyHeader().indexOf('strategy');

export interface GameRunSpec extends JobSpec {
  readonly command: 'run';
  readonly mode: 'game';
  readonly format: 'csv' | 'json';
  readonly game: 'repeated' | 'imageScoring';
  readonly seeds: readonly number[];
  readonly generations: number;
  /** Row labels within a generation: strategies (or thresholds), then "all". */
  readonly labels: readonly string[];
}

export function isGameRunSpec(spec: JobSpec): spec is GameRunSpec {
  return spec.command === 'run' && spec.mode === 'game';
}

/** Builds the job for a classic-mode scenario. */
export function gameJob(spec: GameRunSpec, scenario: Scenario): Job {
  return { spec, kind: 'game', plan: { scenarios: [scenario], seeds: spec.seeds, weeks: 0 } };
}

/** Renders a game run job: CSV, or JSON `{stamp, columns, rows}` with one row per line. */
export function gameRenderer(spec: GameRunSpec): Renderer {
  let rowsWritten = 0;
  const stamp = { engineVersion: spec.engineVersion, scenarioHash: spec.scenarioHash, seeds: spec.seeds, game: spec.game, generations: spec.generations };
  const header = gameTidyHeader();
  return {
    begin() {
      if (spec.format === 'csv') return csvLine(header);
      return `{"stamp":${JSON.stringify(stamp)},\n"columns":${JSON.stringify(header)},\n"rows":[\n`;
    },
    unit(index: number, result: UnitResult) {
      const values = result as Float64Array;
      if (values.length !== spec.generations * spec.labels.length * GAME_METRICS.length) throw new Error(`run ${index} returned ${values.length} values, not the expected table (a bug; please report it)`);
      const rows = gameTidyRows({ seed: spec.seeds[index], generations: spec.generations, labels: spec.labels, values }, index);
      if (spec.format === 'csv') return rows.map(csvLine).join('');
      let text = '';
      for (const row of rows) {
        const cells = row.map((cell, i) => jsonCell(cell, i !== STRATEGY_COLUMN));
        text += `${rowsWritten++ === 0 ? '' : ',\n'}${JSON.stringify(cells)}`;
      }
      return text;
    },
    end() {
      return spec.format === 'csv' ? '' : `${rowsWritten === 0 ? '' : '\n'}]}\n`;
    },
    notes: () => '',
  };
}
