/**
 * Hooks for the end-to-end tests, installed only with `?debug` in the URL:
 * read the run's state and kill the worker to prove recovery.
 */
import type { MetricKey } from '../../sim/metrics.ts';

/** What the tests can see and do. */
export interface TestHooks {
  /** Terminates the worker without warning, as a crash would. */
  crashWorker(): void;
  state(): { viewedWeek: number; latestWeek: number; seed: number; playing: boolean; advancing: boolean; engineVersion: string; teams: number };
  /** A whole-organisation metric at a computed week. */
  metric(key: MetricKey, week: number): number;
  /** Ids of the people drawn now. */
  peopleIds(): number[];
  /** The network canvas's RGBA at points of the page (CSS pixels from the viewport's corner), as painted (the canvas may be painted by a worker). */
  networkPixels(points: [number, number][]): Promise<number[][]>;
  /** Makes the worker that paints the network throw, as a bug there would (false when the page paints it). */
  crashNetworkPainter(): boolean;
  /** Whether the worker's re-simulation of a week gives exactly the frame kept from the live run. */
  replayMatches(week: number): Promise<boolean>;
}

declare global {
  interface Window {
    __reciprocityLab?: TestHooks;
  }
}

/** Whether the page was opened with the debug flag. */
export function debugEnabled(): boolean {
  return new URLSearchParams(location.search).has('debug');
}

/** Makes the hooks reachable as `window.__reciprocityLab` (the entry calls this only when debugEnabled()). */
export function installTestHooks(hooks: TestHooks): void {
  window.__reciprocityLab = hooks;
}
