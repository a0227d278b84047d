/**
 * The compare page: wires the scenario source (a shared link, `?scenario=`,
 * or the library), the panes with their shared playback, the overlay and
 * difference charts, the ensemble, the lever sweep, sharing, workshop mode and
 * the exports. The page computes no model quantity: runs come from workers.
 */
import './compare.css';
import { ENGINE_VERSION } from '../../../sim/index.ts';
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';
import { parseScenarioText } from '../../../sim/scenario/parse.ts';
import { resolveVariant, variantNames } from '../../../sim/scenario/variants.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { decodeScenarioHash } from '../../share/link.ts';
import { byId, el } from './dom.ts';
import { DEFAULT_SCENARIO_FILE, libraryEntries, libraryFile } from './library.ts';
import { canonicalJson, sha256Hex, stampLine, type ReproStamp } from './stamp.ts';
import { createPlayback } from './playback.ts';
import { MAX_PANES, MIN_PANES, renderPanes, type PaneRuns, type PaneViews } from './panes.ts';
import { drawDifference, drawOverlay } from './overlay.ts';
import { chartCard } from './chart-card.ts';
import { ALL_METRIC_COLUMNS, createEnsembleView, ensembleColumns, type EnsembleResult } from './ensemble-view.ts';
import { createSensitivityView } from './sensitivity-view.ts';
import { sensitivityPlan } from './ensemble/sensitivity.ts';
import { startEnsemble, type EnsembleJob } from './ensemble/pool.ts';
import { EnsembleCancelled } from './ensemble/scheduler.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import { createShareView } from './share-view.ts';
import { exportRunsCsv, exportScenario, exportSummaryJson } from './exports.ts';
import { setWorkshopMode, workshopModeRemembered } from './workshop.ts';
import { moveLever } from './custom-variants.ts';

interface PageState {
  scenario: Scenario;
  panes: string[];
  seed: number;
  metric: MetricKey;
  hash: string;
}

const banner = byId('banner');
function showProblem(message: string | null): void {
  banner.hidden = message === null;
  banner.textContent = message ?? '';
}

/** The scenario to open: a shared link wins, then `?scenario=<library file>`, then the default. */
function initialScenario(): Scenario {
  const fallback = () => {
    const parsed = parseScenarioText(libraryFile(DEFAULT_SCENARIO_FILE)?.text ?? '');
    if (!parsed.ok) throw new Error('the default library scenario is invalid');
    return parsed.scenario;
  };
  const fromLink = decodeScenarioHash(location.hash);
  if (fromLink && !fromLink.ok) showProblem(`${fromLink.message}\nShowing the default scenario instead.`);
  if (fromLink?.ok) return fromLink.scenario;
  const file = new URLSearchParams(location.search).get('scenario');
  if (file) {
    const entry = libraryFile(file);
    const parsed = entry ? parseScenarioText(entry.text) : null;
    if (parsed?.ok) return parsed.scenario;
    showProblem(entry ? `The library scenario “${file}” is not valid; showing the default scenario.` : `There is no library scenario called “${file}”; showing the default scenario.`);
  }
  return fallback();
}

function defaultPanes(scenario: Scenario): string[] {
  return variantNames(scenario).slice(0, 2).concat(variantNames(scenario).length < 2 ? ['baseline'] : []);
}

const state: PageState = { scenario: initialScenario(), panes: [], seed: 1, metric: 'morale_mean', hash: '' };
state.panes = defaultPanes(state.scenario);
state.seed = state.scenario.seed;

function stampFor(runsPerVariant: number): ReproStamp | null {
  return state.hash ? { scenarioSha256: state.hash, engineVersion: ENGINE_VERSION, firstSeed: state.seed, runsPerVariant, weeks: state.scenario.weeks } : null;
}

function paneScenarios(): Scenario[] | null {
  const out: Scenario[] = [];
  for (const name of state.panes) {
    const resolved = resolveVariant(state.scenario, name);
    if (!resolved.ok) {
      showProblem(`The variant “${name}” cannot run: ${resolved.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      return null;
    }
    out.push(resolved.scenario);
  }
  return out;
}

function planFor(runsPerVariant: number, metricIndices: readonly number[] = ALL_METRIC_COLUMNS): EnsemblePlan {
  return { scenarios: paneScenarios() ?? [], runsPerVariant, baseSeed: state.seed, weeks: state.scenario.weeks, metricIndices };
}

// ------------------------------------------------------------------ header controls
const picker = byId<HTMLSelectElement>('scenario-picker');
for (const entry of libraryEntries()) picker.append(el('option', { value: entry.file }, entry.name));
const seedInput = byId<HTMLInputElement>('seed');
const metricSelect = byId<HTMLSelectElement>('metric');
for (const m of METRICS) metricSelect.append(el('option', { value: m.key, selected: m.key === state.metric }, m.label));
byId('share-slot').append(createShareView(() => state.scenario));
const workshopToggle = byId<HTMLInputElement>('workshop-mode');
const predictFirst = byId<HTMLInputElement>('predict-first');
workshopToggle.checked = workshopModeRemembered();
predictFirst.checked = workshopToggle.checked;
setWorkshopMode(workshopToggle.checked);
workshopToggle.addEventListener('change', () => {
  setWorkshopMode(workshopToggle.checked);
  predictFirst.checked = workshopToggle.checked;
});

// ------------------------------------------------------------------ panes, playback, overlay
let paneRuns: PaneRuns | null = null;
let paneViews: PaneViews | null = null;
let paneJob: EnsembleJob | null = null;
let ensembleResult: EnsembleResult | null = null;
const overlayCard = chartCard('overlay', () => stampFor(1));
const differenceCard = chartCard('difference', () => stampFor(1));
byId('overlay').append(overlayCard.element, differenceCard.element);

const drawWeek = (week: number) => {
  paneViews?.update(paneRuns, week);
  if (!paneRuns) return;
  drawOverlay(overlayCard.body, paneRuns, state.panes, state.metric, week);
  drawDifference(differenceCard.body, paneRuns, state.panes, state.metric, week);
};
const playback = createPlayback(drawWeek);
byId('playback-slot').append(playback.element);

const ensembleView = createEnsembleView({
  plan: (n) => ({ plan: planFor(n, ensembleColumns(n * state.panes.length, state.scenario.weeks, state.metric)), names: [...state.panes] }),
  metric: () => state.metric,
  predictFirst: () => predictFirst.checked,
  stampFor,
  onResult: (r) => (ensembleResult = r),
});
byId('ensemble-slot').append(ensembleView.element);

const sensitivityView = createSensitivityView({
  plan: (n) => ({ plan: sensitivityPlan(paneScenarios()?.[0] ?? state.scenario, n, state.seed, state.scenario.weeks), reference: state.panes[0] }),
  stampFor,
});
byId('sensitivity-slot').append(sensitivityView.element);

/** Re-runs the panes' single runs (one seed each) and redraws. */
async function refreshRuns(): Promise<void> {
  paneJob?.cancel();
  const plan = planFor(1);
  if (plan.scenarios.length !== state.panes.length) return;
  const job = startEnsemble(plan, () => {});
  paneJob = job;
  byId('runs-status').textContent = 'Running the panes…';
  try {
    const values = await job.result;
    const first = paneRuns === null;
    paneRuns = { plan, values };
    byId('runs-status').textContent = `Panes ready: seed ${plan.baseSeed}, ${plan.weeks} weeks.`;
    playback.setWeeks(plan.weeks);
    if (first) playback.setWeek(plan.weeks);
    else drawWeek(playback.week);
    // For people and tests alike: the panes show finished runs.
    document.documentElement.dataset.panesReady = String(state.panes.length);
  } catch (error) {
    if (!(error instanceof EnsembleCancelled)) showProblem(`The panes could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function rebuildPanes(): void {
  byId('pane-count').textContent = `${state.panes.length} panes`;
  (byId('add-pane') as HTMLButtonElement).disabled = state.panes.length >= MAX_PANES;
  paneViews = renderPanes(byId('panes'), state.scenario, state.panes, {
    onVariant: (pane, name) => {
      state.panes[pane] = name;
      panesChanged();
    },
    onLever: (pane, lever, value) => {
      const moved = moveLever(state.scenario, state.panes[pane], pane, lever, value);
      if (!moved) return showProblem('That lever value would make the scenario invalid.');
      state.scenario = moved.scenario;
      state.panes[pane] = moved.variant;
      scenarioChanged(false);
    },
    onRemove: (pane) => {
      if (state.panes.length <= MIN_PANES) return;
      state.panes.splice(pane, 1);
      panesChanged();
    },
  });
  paneViews.update(null, 0);
}

function panesChanged(): void {
  paneRuns = null;
  delete document.documentElement.dataset.panesReady;
  rebuildPanes();
  ensembleView.invalidate();
  sensitivityView.invalidate();
  void refreshRuns();
}

/** After the scenario itself changed: new hash, new panes (unless kept), new runs. */
function scenarioChanged(resetPanes: boolean): void {
  if (resetPanes) {
    state.panes = defaultPanes(state.scenario);
    state.seed = state.scenario.seed;
  }
  seedInput.value = String(state.seed);
  byId('scenario-name').textContent = state.scenario.name;
  byId('scenario-description').textContent = state.scenario.description;
  state.hash = '';
  const snapshot = state.scenario;
  void sha256Hex(canonicalJson(snapshot)).then((hash) => {
    if (state.scenario !== snapshot) return;
    state.hash = hash;
    byId('stamp').textContent = stampLine(stampFor(1)!);
  });
  panesChanged();
}

byId('add-pane').addEventListener('click', () => {
  if (state.panes.length >= MAX_PANES) return;
  const names = variantNames(state.scenario);
  state.panes.push(names.find((n) => !state.panes.includes(n)) ?? 'baseline');
  panesChanged();
});
picker.addEventListener('change', () => {
  const parsed = parseScenarioText(libraryFile(picker.value)?.text ?? '');
  if (!parsed.ok) return showProblem(`This library scenario is not valid: ${parsed.problems[0]?.message ?? ''}`);
  showProblem(null);
  state.scenario = parsed.scenario;
  history.replaceState(null, '', `?scenario=${encodeURIComponent(picker.value)}`);
  scenarioChanged(true);
});
seedInput.addEventListener('change', () => {
  const seed = Math.round(Number(seedInput.value));
  if (!Number.isFinite(seed) || seed < 0 || seed > 4294967295) return showProblem('The seed must be a whole number from 0 to 4294967295.');
  showProblem(null);
  state.seed = seed;
  panesChanged();
});
metricSelect.addEventListener('change', () => {
  state.metric = metricSelect.value as MetricKey;
  drawWeek(playback.week);
  void ensembleView.redraw();
});
window.addEventListener('hashchange', () => {
  const decoded = decodeScenarioHash(location.hash);
  if (!decoded) return;
  if (!decoded.ok) return showProblem(`${decoded.message}\nThe comparison on screen is unchanged.`);
  showProblem(null);
  state.scenario = decoded.scenario;
  scenarioChanged(true);
});

// ------------------------------------------------------------------ exports
byId('export-runs').addEventListener('click', () => {
  const stamp = stampFor(1);
  if (paneRuns && stamp) void exportRunsCsv(paneRuns.plan, state.panes, paneRuns.values, stamp, 'pane-runs');
});
byId('export-ensemble').addEventListener('click', () => {
  const stamp = ensembleResult && stampFor(ensembleResult.plan.runsPerVariant);
  if (ensembleResult && stamp) void exportRunsCsv(ensembleResult.plan, ensembleResult.names, ensembleResult.values, stamp, 'ensemble');
  else byId('export-status').textContent = 'Run an ensemble first.';
});
byId('export-summary').addEventListener('click', () => {
  const stamp = ensembleResult && stampFor(ensembleResult.plan.runsPerVariant);
  if (ensembleResult && stamp) exportSummaryJson(ensembleResult.plan, ensembleResult.names, ensembleResult.values, ['morale_mean', 'turnover_annualised', state.metric], stamp);
  else byId('export-status').textContent = 'Run an ensemble first.';
});
byId('export-scenario').addEventListener('click', () => {
  const stamp = stampFor(1);
  if (stamp) exportScenario(state.scenario, stamp);
});

const requested = new URLSearchParams(location.search).get('scenario');
if (decodeScenarioHash(location.hash)?.ok) picker.prepend(el('option', { value: '', selected: true }, `Shared link: ${state.scenario.name}`));
else if (requested && libraryFile(requested)) picker.value = requested;
scenarioChanged(false);
