/**
 * Entry point of the compare page: builds the controller (app.ts) and opens
 * the scenario to compare — a shared link wins, then `?scenario=<library
 * file>`, then the default — and follows the scenario picker and later links.
 */
import './compare.css';
import { DEFAULT_SCENARIO_FILE, libraryFile, libraryScenarios } from '../../scenario/library.ts';
import { hasSharedScenario } from '../../share/page-link.ts';
import { byId, el } from '../../ui/dom.ts';
import { workerTimeoutMs } from '../../worker/client.ts';
import { CompareApp } from './app.ts';
import { decodeWorkshopSettings, type WorkshopSettings } from '../../share/workshop-link.ts';

/** How long the worker may take to answer one call before the page calls it hung. */
const WORKER_TIMEOUT_MS = 20_000;

const app = new CompareApp(workerTimeoutMs(WORKER_TIMEOUT_MS));
const picker = byId<HTMLSelectElement>('scenario-picker');
for (const entry of libraryScenarios()) picker.append(el('option', { value: entry.file }, entry.name));

/** The settings a link carries besides its scenario (panes, metric, seed, week, modes); problems are said on the page. */
function linkSettings(hash: string): { settings: WorkshopSettings; problems: string[] } {
  return decodeWorkshopSettings(hash);
}

/** Says on the page what a link asked for that could not be used. */
function reportSettings(problems: readonly string[]): void {
  if (problems.length > 0) app.problem(`Part of the link could not be used: ${problems.join('; ')}. The page’s own setting is used for those.`);
}

/** The scenario to open: a shared link wins, then `?scenario=<library file>`, then the default. */
async function start(): Promise<void> {
  if (hasSharedScenario(location.hash)) {
    const { settings, problems } = linkSettings(location.hash);
    const notices = [...problems];
    const problem = await app.open({ hash: location.hash }, settings, (message) => notices.push(message));
    if (problem === null) {
      picker.prepend(el('option', { value: '', selected: true }, `Shared link: ${app.scenario?.name ?? ''}`));
      reportSettings(notices);
      return;
    }
    app.problem(`${problem}\nShowing the default scenario instead.`);
  }
  const file = new URLSearchParams(location.search).get('scenario');
  if (file) {
    const entry = libraryFile(file);
    const { settings, problems } = linkSettings(location.hash);
    const notices = [...problems];
    if (entry && (await app.open({ text: await entry.load() }, settings, (message) => notices.push(message))) === null) {
      picker.value = file;
      reportSettings(notices);
      return;
    }
    app.problem(entry ? `The library scenario “${file}” is not valid; showing the default scenario.` : `There is no library scenario called “${file}”; showing the default scenario.`);
  }
  const problem = await app.open({ text: (await libraryFile(DEFAULT_SCENARIO_FILE)?.load()) ?? '' });
  if (problem !== null) app.problem(`The default scenario cannot be opened: ${problem}`);
}

picker.addEventListener('change', async () => {
  const problem = await app.open({ text: (await libraryFile(picker.value)?.load()) ?? '' });
  if (problem !== null) return app.problem(`This library scenario is not valid: ${problem}`);
  app.problem(null);
  history.replaceState(null, '', `?scenario=${encodeURIComponent(picker.value)}`);
});

window.addEventListener('hashchange', async () => {
  if (!hasSharedScenario(location.hash)) return;
  const { settings, problems } = linkSettings(location.hash);
  const notices = [...problems];
  const problem = await app.open({ hash: location.hash }, settings, (message) => notices.push(message));
  if (problem !== null) app.problem(`${problem}\nThe comparison on screen is unchanged.`);
  else if (notices.length > 0) reportSettings(notices);
  else app.problem(null);
});

void start();
