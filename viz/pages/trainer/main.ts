/**
 * Entry point: builds the app and opens the saved edit or the default
 * scenario, ready to play.
 */
import '../../ui/theme.css';
import './styles.css';
import { App } from './app.ts';
import { savedScenarioText } from '../../scenario/editor.ts';
import { DEFAULT_SCENARIO_FILE, libraryScenarios } from '../../scenario/library.ts';
import { debugEnabled, installTestHooks } from '../../testing/test-hooks.ts';
import { workerTimeoutMs } from '../../worker/client.ts';
import { openSharedLink } from '../../share/page-link.ts';
import { decodeTrainerPlace } from '../../share/workshop-link.ts';

/** How long the worker may take to answer one call before the page calls it hung. */
const WORKER_TIMEOUT_MS = 20_000;

async function start(): Promise<void> {
  const app = new App(workerTimeoutMs(WORKER_TIMEOUT_MS));
  // The tests' hooks are loaded only when asked for (`?debug`), so the page itself carries none.
  if (debugEnabled()) installTestHooks((await import('../../testing/trainer-hooks.ts')).trainerHooks(app));
  const library = libraryScenarios();
  const fallback = library.find((s) => s.file === DEFAULT_SCENARIO_FILE) ?? library[0];
  // A shared link wins over everything: it is what the person who sent it wants the room to see.
  const shared = await openSharedLink(location.hash);
  if (shared?.ok) {
    // A link may name the run (a variant) and the week to show ("Back to the simulator" from the compare page does).
    const { place, problems } = decodeTrainerPlace(location.hash);
    let opened = (await app.apply(shared.text, false, place.run)).length === 0;
    if (!opened && place.run !== undefined) {
      problems.push(`the link’s run “${place.run}” is not a variant of this scenario, so the scenario as written runs`);
      opened = (await app.apply(shared.text)).length === 0;
    }
    if (opened) {
      if (place.week !== undefined) await app.goToWeek(place.week);
      const notes = [...shared.notices, ...problems];
      if (notes.length > 0) app.showLinkProblem(`The shared scenario was opened. Note: ${notes.join('; ')}.`);
      document.documentElement.dataset.ready = 'true';
      return;
    }
  }
  if (shared && !shared.ok) app.showLinkProblem(shared.message);
  const saved = savedScenarioText();
  // A saved edit that runs is where the trainer left off; one that does not stays in the editor with its problems.
  if (saved && (await app.apply(saved)).length === 0) return;
  const fallbackText = await fallback.load();
  await app.apply(fallbackText, true);
  if (saved && saved !== fallbackText) app.keepUnappliedText(saved);
  document.documentElement.dataset.ready = 'true';
}

void start().finally(() => {
  document.documentElement.dataset.ready = 'true';
});
