/**
 * The network's stand-in above ~300 people: one circle per team, area =
 * headcount, colour = the team's mean morale, with its burnout share — all read
 * from the engine's per-team metrics. Drawing thousands of moving dots in SVG
 * would cost far more than a frame (the frame target in docs/benchmarks.md).
 */
import { select, type Selection } from 'd3-selection';
import { scaleSqrt } from 'd3-scale';
import type { MetricKey } from '../../sim/metrics.ts';

/** What the view reads of a run: its teams and their weekly metrics (the trainer page's run history is one). */
export interface TeamMetrics {
  readonly run: { readonly teamNames: readonly string[]; readonly startingTeamSizes: readonly number[] };
  readonly latestWeek: number;
  value(week: number, metric: MetricKey, unit: number): number;
}
import { moraleColour, percent } from '../ui/format.ts';

const NO_MEMBERS_FILL = '#bdbdbd';

interface TeamDatum {
  readonly index: number;
  readonly name: string;
  readonly headcount: number;
  readonly morale: number;
  readonly burnout: number;
}

export class TeamAggregateView {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(private readonly container: HTMLElement) {
    this.svg = select(container).append('svg').attr('class', 'network-svg').attr('role', 'list').attr('aria-label', 'Teams');
  }

  /** Draws the teams as they were in `week` (before week 1: the scenario's starting sizes, neutral colour). */
  show(history: TeamMetrics, week: number): void {
    const box = this.container.getBoundingClientRect();
    const width = Math.max(200, box.width);
    const height = Math.max(160, box.height);
    this.svg.attr('viewBox', `0 0 ${width} ${height}`);
    const shown = Math.max(1, Math.min(week, history.latestWeek));
    const teams: TeamDatum[] = history.run.teamNames.map((name, index) => ({
      index,
      name,
      headcount: history.latestWeek > 0 ? history.value(shown, 'headcount', index) : history.run.startingTeamSizes[index],
      morale: history.latestWeek > 0 ? history.value(shown, 'morale_mean', index) : 0.5,
      burnout: history.latestWeek > 0 ? history.value(shown, 'burnout_share', index) : 0,
    }));
    const cols = Math.max(1, Math.round(Math.sqrt((teams.length * width) / height)));
    const rows = Math.ceil(teams.length / cols);
    const cell = Math.min(width / cols, height / rows);
    const maxHeadcount = Math.max(1, ...teams.map((t) => t.headcount));
    const radius = scaleSqrt().domain([0, maxHeadcount]).range([2, cell * 0.42]);
    const groups = this.svg
      .selectAll<SVGGElement, TeamDatum>('g.team')
      .data(teams, (d) => d.index)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'team').attr('role', 'listitem');
        g.append('circle');
        g.append('text').attr('class', 'team-label').attr('text-anchor', 'middle');
        return g;
      })
      .attr('transform', (d) => `translate(${((d.index % cols) + 0.5) * (width / cols)},${(Math.floor(d.index / cols) + 0.5) * (height / rows)})`)
      .attr('aria-label', (d) =>
        Number.isFinite(d.morale) ? `${d.name}: ${d.headcount} people, morale ${percent(d.morale)}, ${percent(d.burnout)} burnt out` : `${d.name}: ${d.headcount} people, no members`,
      );
    // A team without members has no morale (missing, not 0): drawn grey.
    groups
      .select('circle')
      .attr('r', (d) => radius(d.headcount))
      .attr('fill', (d) => (Number.isFinite(d.morale) ? moraleColour(d.morale) : NO_MEMBERS_FILL))
      .attr('stroke', '#222');
    groups
      .select('text')
      .attr('y', (d) => radius(d.headcount) + 14)
      .text((d) => (cell > 60 ? `${d.name} (${d.headcount})` : ''));
  }
}
