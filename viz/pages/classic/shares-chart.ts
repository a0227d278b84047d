/**
 * Share of the population by strategy over generations: one line per
 * strategy in its colour (over a dark halo, so light colours read on white),
 * labelled at its end with its name, so the chart reads without a legend or
 * colour. Dashed verticals mark generations where the rules changed.
 */
import { axisBottom, axisLeft, line, scaleLinear, select, type Selection } from 'd3';
import { lookOf } from './palette.ts';

const WIDTH = 560;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 146, bottom: 36, left: 46 };

export interface SharesSeries {
  readonly key: string;
  /** Share at generation 1, 2, … */
  readonly shares: readonly number[];
}

export class SharesChart {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(container: HTMLElement) {
    this.svg = select(container).append('svg').attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('class', 'shares-svg').attr('role', 'img');
  }

  draw(series: readonly SharesSeries[], generations: number, ruleChanges: readonly number[]): void {
    const svg = this.svg;
    svg.selectAll('*').remove();
    const x = scaleLinear()
      .domain([1, Math.max(2, generations)])
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    svg
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(axisBottom(x).ticks(Math.min(10, Math.max(1, generations - 1))).tickFormat((d) => String(d)));
    svg
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(${MARGIN.left},0)`)
      .call(axisLeft(y).ticks(5).tickFormat((d) => `${Math.round(Number(d) * 100)}%`));
    svg
      .append('text')
      .attr('class', 'axis-title')
      .attr('x', (MARGIN.left + WIDTH - MARGIN.right) / 2)
      .attr('y', HEIGHT - 4)
      .attr('text-anchor', 'middle')
      .text('Generation');
    for (const g of ruleChanges) {
      svg.append('line').attr('class', 'rule-change').attr('x1', x(g)).attr('x2', x(g)).attr('y1', MARGIN.top).attr('y2', HEIGHT - MARGIN.bottom);
    }
    const path = line<number>()
      .x((_d, i) => x(i + 1))
      .y((d) => y(d));
    const ends: { key: string; y: number }[] = [];
    for (const s of series) {
      if (s.shares.length === 0 || s.shares.every((v) => v === 0)) continue;
      const look = lookOf(s.key);
      const d = path(s.shares as number[]) ?? '';
      svg.append('path').attr('class', 'halo').attr('d', d);
      svg.append('path').attr('class', 'share-line').attr('d', d).attr('stroke', look.fill);
      if (s.shares.length === 1) svg.append('circle').attr('cx', x(1)).attr('cy', y(s.shares[0])).attr('r', 3).attr('fill', look.fill).attr('class', 'dot');
      ends.push({ key: s.key, y: y(s.shares[s.shares.length - 1]) });
    }
    // End labels, nudged apart so they never overlap.
    ends.sort((a, b) => a.y - b.y);
    for (let i = 1; i < ends.length; i++) if (ends[i].y - ends[i - 1].y < 13) ends[i].y = ends[i - 1].y + 13;
    const last = x(Math.max(2, generations)) + 8;
    for (const e of ends) {
      const look = lookOf(e.key);
      svg.append('rect').attr('x', last).attr('y', e.y - 5).attr('width', 10).attr('height', 10).attr('fill', look.fill).attr('class', 'swatch');
      svg.append('text').attr('class', 'end-label').attr('x', last + 20).attr('y', e.y + 4).text(look.short);
    }
    const latest = series
      .filter((s) => s.shares.length > 0)
      .map((s) => [lookOf(s.key).short, s.shares[s.shares.length - 1]] as const)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1]);
    svg.attr('aria-label', `Shares of the population over ${generations} generation${generations === 1 ? '' : 's'}; now ${latest.map(([k, v]) => `${k} ${Math.round(v * 100)}%`).join(', ')}`);
  }
}
