/** The renderer of each job kind, chosen from the job's spec (so `merge` can render from a shard header alone). */
import { compareRenderer, type CompareSpec } from './compareJob.ts';
import type { JobSpec, Renderer } from './job.ts';
import { runRenderer, type RunSpec } from './runJob.ts';
import { gameRenderer, isGameRunSpec } from './gameJob.ts';
import { sweepRenderer, type SweepSpec } from './sweepJob.ts';

export function createRenderer(spec: JobSpec): Renderer {
  switch (spec.command) {
    case 'run':
      return isGameRunSpec(spec) ? gameRenderer(spec) : runRenderer(spec as RunSpec);
    case 'compare':
      return compareRenderer(spec as CompareSpec);
    case 'sweep':
      return sweepRenderer(spec as SweepSpec);
    default:
      throw new Error(`unknown job command ${JSON.stringify((spec as { command: unknown }).command)}`);
  }
}
