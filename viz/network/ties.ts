/**
 * The ties of the network view: which to draw (each pair once, the strongest
 * first) and their lines, packed for stroking in the painter worker or on
 * the page (tie-stroke.ts). A canvas, because moving hundreds of SVG
 * lines on every layout tick cost more than a frame.
 */
import { scaleLinear } from 'd3-scale';
import type { SimulationLinkDatum } from 'd3-force';
import type { WeekFrame } from '../../sim/worker.ts';
import type { PersonNode } from './person-node.ts';
import { TIE_FIELDS } from './tie-stroke.ts';

/** A tie as drawn: one per pair of people. */
export interface TieLink extends SimulationLinkDatum<PersonNode> {
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
  // Keyed by a number (both ids), not a string: this runs for every drawn week.
  const byPair = new Map<number, TieLink>();
  for (let i = 0; i < frame.tieFrom.length; i++) {
    const a = frame.tieFrom[i];
    const b = frame.tieTo[i];
    const source = nodes.get(Math.min(a, b));
    const target = nodes.get(Math.max(a, b));
    if (!source || !target || source.leaving || target.leaving) continue;
    const key = source.id * 4294967296 + target.id;
    const existing = byPair.get(key);
    if (existing) existing.trust = (existing.trust + frame.tieTrust[i]) / 2;
    else byPair.set(key, { source, target, trust: frame.tieTrust[i] });
  }
  const links = [...byPair.values()];
  if (links.length > MAX_TIES_DRAWN) links.sort((x, y) => y.trust - x.trust).length = MAX_TIES_DRAWN;
  return links;
}

/**
 * The ties as lines for stroking (tie-stroke.ts): x1, y1, x2, y2 and the
 * trust-weighted width of each, widths rounded to a quarter pixel.
 */
export function packTies(links: readonly TieLink[]): Float32Array {
  const segments = new Float32Array(links.length * TIE_FIELDS);
  let i = 0;
  for (const link of links) {
    segments[i++] = link.source.x!;
    segments[i++] = link.source.y!;
    segments[i++] = link.target.x!;
    segments[i++] = link.target.y!;
    segments[i++] = Math.round(tieWidth(link.trust) * WIDTH_STEPS_PER_PX) / WIDTH_STEPS_PER_PX;
  }
  return segments;
}
