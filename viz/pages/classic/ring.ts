/**
 * The population as a ring of people, each a disc in its strategy's colour
 * with its mark. A player's matches are drawn as lines to its opponents, the
 * match being shown as a darker line; leavers are crossed out, and copies
 * appear next to their parent and the ring closes up (instantly when the
 * person asked for less motion). Players keep an id across generations, so
 * the ring can move each disc from where it was.
 */
import { interrupt, select, transition, type Selection } from 'd3';
import { STRATEGIES } from '../../../sim/game/strategies/index.ts';
import { lookOf } from './palette.ts';

const SIZE = 420;
const CENTRE = SIZE / 2;
const RADIUS = 170;

export interface RingPlayer {
  /** Stable across generations. */
  readonly id: number;
  /** Index into STRATEGIES. */
  readonly gene: number;
  /** Where a newborn starts from: its parent's id. */
  readonly from?: number;
}

interface Placed extends RingPlayer {
  readonly x: number;
  readonly y: number;
}

const angleOf = (i: number, n: number) => (i / n) * Math.PI * 2 - Math.PI / 2;

export class Ring {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly links: Selection<SVGGElement, unknown, null, undefined>;
  private readonly people: Selection<SVGGElement, unknown, null, undefined>;
  private placed: Placed[] = [];

  constructor(
    container: HTMLElement,
    private readonly reducedMotion: () => boolean,
  ) {
    this.svg = select(container)
      .append('svg')
      .attr('viewBox', `0 0 ${SIZE} ${SIZE}`)
      .attr('role', 'img')
      .attr('class', 'ring-svg');
    this.links = this.svg.append('g').attr('class', 'links');
    this.people = this.svg.append('g').attr('class', 'people');
  }

  private radius(n: number): number {
    return Math.max(3, Math.min(14, ((Math.PI * 2 * RADIUS) / Math.max(n, 1)) * 0.4));
  }

  /** Draws the players in ring order; survivors move, newborns grow out of their parent's place. */
  show(players: readonly RingPlayer[], animate: boolean): void {
    const n = players.length;
    const before = new Map(this.placed.map((p) => [p.id, p]));
    this.placed = players.map((p, i) => ({ ...p, x: CENTRE + RADIUS * Math.cos(angleOf(i, n)), y: CENTRE + RADIUS * Math.sin(angleOf(i, n)) }));
    const r = this.radius(n);
    const duration = animate && !this.reducedMotion() ? 450 : 0;
    const groups = this.people
      .selectAll<SVGGElement, Placed>('g.person')
      .data(this.placed, (d) => String(d.id))
      .join(
        (enter) => {
          const g = enter.append('g').attr('class', 'person');
          g.attr('transform', (d) => {
            const start = (d.from !== undefined && before.get(d.from)) || before.get(d.id) || d;
            return `translate(${start.x},${start.y})`;
          });
          g.append('circle');
          g.append('text').attr('class', 'mark').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
          g.append('text').attr('class', 'score').attr('text-anchor', 'middle');
          g.append('path').attr('class', 'cross');
          return g;
        },
        (update) => update,
        (exit) => exit.remove(),
      );
    groups.classed('leaving', false);
    groups
      .select('circle')
      .attr('r', r)
      .attr('fill', (d) => lookOf(STRATEGIES[d.gene].key).fill);
    groups
      .select<SVGTextElement>('text.mark')
      .attr('fill', (d) => lookOf(STRATEGIES[d.gene].key).ink)
      .attr('font-size', r * 1.15)
      .text((d) => (r >= 7 ? lookOf(STRATEGIES[d.gene].key).mark : ''));
    groups.select('text.score').text('');
    groups.select('path.cross').attr('d', `M${-r},${-r}L${r},${r}M${r},${-r}L${-r},${r}`);
    const target = (d: Placed) => `translate(${d.x},${d.y})`;
    // transition() and interrupt() are called as functions, so the bundle keeps d3-transition.
    groups.each(function () {
      interrupt(this);
    });
    if (duration > 0) groups.transition(transition().duration(duration)).attr('transform', target);
    else groups.attr('transform', target);
    this.links.selectAll('*').remove();
    this.svg.attr('aria-label', this.describe());
  }

  /** Lines from player `index` to the opponents it meets this generation; `current` is the match shown (darker). */
  highlight(index: number | null, opponents: readonly number[], current: number | null): void {
    this.links.selectAll('*').remove();
    if (index === null) return;
    const from = this.placed[index];
    for (const j of opponents) {
      const to = this.placed[j];
      if (!to || j === index) continue;
      this.links
        .append('line')
        .attr('class', j === current ? 'link current' : 'link')
        .attr('x1', from.x)
        .attr('y1', from.y)
        .attr('x2', to.x)
        .attr('y2', to.y);
    }
    this.people.selectAll<SVGGElement, Placed>('g.person').classed('active', (_d, i) => i === index || i === current);
  }

  /** Each player's total score this generation, next to its disc (when there is room). */
  showScores(scores: Float64Array): void {
    const n = this.placed.length;
    const room = n <= 40;
    this.people
      .selectAll<SVGGElement, Placed>('g.person')
      .classed('active', false)
      .select('text.score')
      .attr('x', (_d, i) => Math.cos(angleOf(i, n)) * (this.radius(n) + 14))
      .attr('y', (_d, i) => Math.sin(angleOf(i, n)) * (this.radius(n) + 14) + 4)
      .text((_d, i) => (room ? formatScore(scores[i]) : ''));
    this.links.selectAll('*').remove();
  }

  /** Crosses out the players who leave. */
  markLeaving(leaving: Uint8Array): void {
    this.people.selectAll<SVGGElement, Placed>('g.person').classed('leaving', (_d, i) => leaving[i] === 1);
  }

  /** Text for screen readers: how many of each strategy sit in the ring. */
  describe(): string {
    const counts = new Map<number, number>();
    for (const p of this.placed) counts.set(p.gene, (counts.get(p.gene) ?? 0) + 1);
    const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([g, c]) => `${c} ${lookOf(STRATEGIES[g].key).short}`);
    return `${this.placed.length} players in a ring: ${parts.join(', ')}`;
  }
}

export function formatScore(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
