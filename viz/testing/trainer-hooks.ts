/**
 * The trainer page's hooks for the end-to-end tests (test-hooks.ts), built
 * from the app's public state; installed by the page's entry only with
 * `?debug` in the URL.
 */
import type { App } from '../pages/trainer/app.ts';
import { canvasPixels, crashPainter } from './network-probe.ts';
import type { TestHooks } from './test-hooks.ts';

/** Whether two typed arrays hold the same values (NaN equal to NaN, as Object.is). */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));
}

export function trainerHooks(app: App): TestHooks {
  return {
    // Ends the worker without telling anyone, as a crash would: later calls time out and the page reports it.
    crashWorker: () => app.worker.thread.terminate(),
    state: () => ({
      viewedWeek: app.viewed,
      latestWeek: app.currentHistory?.latestWeek ?? 0,
      seed: app.run?.seed ?? -1,
      playing: app.playing,
      advancing: app.advancing,
      engineVersion: app.run?.engineVersion ?? '',
      teams: app.run?.teamNames.length ?? 0,
    }),
    metric: (key, week) => app.currentHistory?.value(week, key) ?? Number.NaN,
    peopleIds: () => [...(app.currentHistory?.frame(app.viewed)?.ids ?? [])],
    async replayMatches(week) {
      const kept = app.currentHistory?.frame(week);
      if (!kept) return false;
      const replayed = await app.worker.call('frameAt', week);
      return (['ids', 'morale', 'burnout', 'tieFrom', 'tieTo', 'tieTrust'] as const).every((field) => same(kept[field], replayed[field]));
    },
    networkPixels: async (points) => {
      const network = app.networkView;
      return network ? canvasPixels(network.surface, points) : [];
    },
    crashNetworkPainter: () => {
      const network = app.networkView;
      return network ? crashPainter(network.surface) : false;
    },
  };
}
