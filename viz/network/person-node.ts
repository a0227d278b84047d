/** A person as the network view draws them (the layout, the canvas, the hit targets and the ties all read it). */
import type { SimulationNodeDatum } from 'd3-force';

/** A person as drawn; positions persist across weeks by person id. */
export interface PersonNode extends SimulationNodeDatum {
  readonly id: number;
  name: string;
  team: number;
  leader: boolean;
  style: string;
  morale: number;
  burnout: boolean;
  tenureWeeks: number;
  leaving: boolean;
  /** When the person was first shown (performance.now(); their fade-in starts). */
  shownAt: number;
  /** When the person left (their fade-out starts); NaN while present. */
  leftAt: number;
}
