/**
 * The ties of the network view: which to draw (each pair once, the strongest
 * first) and how to stroke them on the view's canvas (network-paint.ts). A
 * canvas, because moving hundreds of SVG lines on every layout tick cost more
 * than a frame.
 */
import { scaleLinear } from 'd3-scale';
import type { SimulationLinkDatum } from 'd3-force';
import type { WeekFrame } from '../sim/worker.ts';
import type { PersonNode } from './network-view.ts';

/** A tie as drawn: one per pair of people. */
export interface TieLink extends SimulationLinkDatum<PersonNode> {
  readonly key: string;
  source: PersonNode;
  target: PersonNode;
  trust: number;
}

/** At most this many ties are drawn (the strongest); more would cost frames without adding information. */
const MAX_TIES_DRAWN = 600;

/** Line widths are rounded to 1/this px (a quarter pixel: no visible difference). */
const WIDTH_STEPS_PER_PX = 4;

const tieWidth = scaleLinear().domain([0, 1]).range([0.3, 4.5]).clamp(true);

/** Pairs drawn once, weighted by the mean of both directions' trust (a display summary, not a model quantity). */
export function tiesOf(frame: WeekFrame, nodes: ReadonlyMap<number, PersonNode>): TieLink[] {
  const byPair = new Map<string, TieLink>();
  for (let i = 0; i < frame.tieFrom.length; i++) {
    const a = frame.tieFrom[i];
    const b = frame.tieTo[i];
    const source = nodes.get(Math.min(a, b));
    const target = nodes.get(Math.max(a, b));
    if (!source || !target || source.leaving || target.leaving) continue;
    const key = `${source.id}-${target.id}`;
    const existing = byPair.get(key);
    if (existing) existing.trust = (existing.trust + frame.tieTrust[i]) / 2;
    else byPair.set(key, { key, source, target, trust: frame.tieTrust[i] });
  }
  const links = [...byPair.values()];
  if (links.length > MAX_TIES_DRAWN) links.sort((x, y) => y.trust - x.trust).length = MAX_TIES_DRAWN;
  return links;
}

/**
 * Strokes every tie at its trust-weighted width, rounded to a few widths so
 * each width is one path and one stroke (not one per tie).
 */
export function strokeTies(context: CanvasRenderingContext2D, links: readonly TieLink[]): void {
  context.strokeStyle = 'rgba(109, 109, 122, 0.45)';
  const byWidth = new Map<number, TieLink[]>();
  for (const link of links) {
    const width = Math.round(tieWidth(link.trust) * WIDTH_STEPS_PER_PX) / WIDTH_STEPS_PER_PX;
    const group = byWidth.get(width);
    if (group) group.push(link);
    else byWidth.set(width, [link]);
  }
  for (const [width, group] of byWidth) {
    context.lineWidth = width;
    context.beginPath();
    for (const link of group) {
      context.moveTo(link.source.x!, link.source.y!);
      context.lineTo(link.target.x!, link.target.y!);
    }
    context.stroke();
  }
}
