/**
 * Entry point of the compare page: builds the controller (app.ts) and opens
 * the scenario to compare — a shared link wins, then `?scenario=<library
 * file>`, then the default — and follows the scenario picker and later links.
 */
import './compare.css';
import { DEFAULT_SCENARIO_FILE, libraryFile, libraryScenarios } from '../../scenario/library.ts';
import { readCompareSetup } from '../../share/compare-setup.ts';
import { hasSharedScenario } from '../../share/page-link.ts';
import { byId, el } from '../../ui/dom.ts';
import { workerTimeoutMs } from '../../worker/client.ts';
import { CompareApp } from './app.ts';

/** How long the worker may take to answer one call before the page calls it hung. */
const WORKER_TIMEOUT_MS = 20_000;

const app = new CompareApp(workerTimeoutMs(WORKER_TIMEOUT_MS));
const picker = byId<HTMLSelectElement>('scenario-picker');
for (const entry of libraryScenarios()) picker.append(el('option', { value: entry.file }, entry.name));

/** The scenario to open: a shared link wins, then `?scenario=<library file>`, then the default; set up as the link says. */
async function start(): Promise<void> {
  // The runs, seed, week and metric the link sets up; a setting that cannot be used is said over the page.
  const { setup, problems } = readCompareSetup(location.hash);
  if (hasSharedScenario(location.hash)) {
    const problem = await app.open({ hash: location.hash }, setup, problems);
    if (problem === null) {
      picker.prepend(el('option', { value: '', selected: true }, `Shared link: ${app.scenario?.name ?? ''}`));
      return;
    }
    app.problem(`${problem}\nShowing the default scenario instead.`);
  }
  const file = new URLSearchParams(location.search).get('scenario');
  if (file) {
    const entry = libraryFile(file);
    if (entry && (await app.open({ text: entry.text }, setup, problems)) === null) {
      picker.value = file;
      return;
    }
    app.problem(entry ? `The library scenario “${file}” is not valid; showing the default scenario.` : `There is no library scenario called “${file}”; showing the default scenario.`);
  }
  const problem = await app.open({ text: libraryFile(DEFAULT_SCENARIO_FILE)?.text ?? '' });
  if (problem !== null) app.problem(`The default scenario cannot be opened: ${problem}`);
}

picker.addEventListener('change', async () => {
  const problem = await app.open({ text: libraryFile(picker.value)?.text ?? '' });
  if (problem !== null) return app.problem(`This library scenario is not valid: ${problem}`);
  app.problem(null);
  history.replaceState(null, '', `?scenario=${encodeURIComponent(picker.value)}`);
});

window.addEventListener('hashchange', async () => {
  if (!hasSharedScenario(location.hash)) return;
  const { setup, problems } = readCompareSetup(location.hash);
  const problem = await app.open({ hash: location.hash }, setup, problems);
  app.problem(problem === null ? null : `${problem}\nThe comparison on screen is unchanged.`);
});

void start();
