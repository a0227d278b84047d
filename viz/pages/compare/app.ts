/**
 * The compare page's controller, on the trainer page's pattern: it owns the
 * page's worker (scenario checks, share links; zod stays off the main thread)
 * and the comparison's state — the scenario, the variant in each pane, the
 * seed and the metric — and tells each view what to draw. Views never compute
 * a model quantity: runs come from workers.
 */
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';
import type { LeverKey } from '../../../sim/scenario/levers.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import type { CompareSetup } from '../../share/compare-setup.ts';
import { byId, el } from '../../ui/dom.ts';
import { FailureBanner } from '../../ui/failure-banner.ts';
import { WorkerClient, WorkerFailure } from '../../worker/client.ts';
import { ALL_METRIC_COLUMNS, createEnsembleView, ensembleColumns, type EnsembleResult, type EnsembleView } from './ensemble-view.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import { startEnsemble, type EnsembleJob } from './ensemble/pool.ts';
import { EnsembleCancelled } from './ensemble/scheduler.ts';
import { sensitivityPlan } from './ensemble/sensitivity.ts';
import { exportRunsCsv, exportScenario, exportSummaryJson } from './exports.ts';
import { OverlayCharts } from './overlay.ts';
import { withLeverMoved } from './pane-variants.ts';
import { MAX_PANES, MIN_PANES, PaneGroup, type PaneRuns } from './panes.ts';
import { PlaybackBar } from './playback-bar.ts';
import type { CheckedPanes } from './scenario-checks.ts';
import { createSensitivityView } from './sensitivity-view.ts';
import { createShareView } from './share-view.ts';
import { scenarioHash, stampLine, type Stamp } from '../../../sim/export/stamp.ts';
import { seedsFrom } from '../../../sim/batch/plan.ts';
import type { CompareWorkerApi } from './worker.ts';
import { setWorkshopMode, workshopModeRemembered } from './workshop.ts';

/** The comparison on screen: a checked scenario and the variant in each pane. */
interface Comparison {
  readonly checked: CheckedPanes;
  readonly panes: readonly string[];
  readonly seed: number;
  /** SHA-256 of the scenario's canonical JSON ('' while it is computed). */
  hash: string;
}

const MAX_SEED = 4294967295;

export class CompareApp {
  private readonly client: WorkerClient<CompareWorkerApi>;
  private readonly banner: FailureBanner;
  private comparison: Comparison | undefined;
  private metric: MetricKey = 'morale_mean';
  /** Checks in flight: only the latest one's answer is shown. */
  private ticket = 0;
  private paneRuns: PaneRuns | null = null;
  /** The week a link asked for, shown once the panes' first runs are ready (otherwise the end of the run). */
  private pendingWeek: number | undefined;
  private paneJob: EnsembleJob | null = null;
  private ensembleResult: EnsembleResult | null = null;
  private readonly panes: PaneGroup;
  private readonly playback: PlaybackBar;
  private readonly overlay: OverlayCharts;
  private readonly ensemble: EnsembleView;
  private readonly sensitivity: { element: HTMLElement; invalidate(): void };
  private readonly seedInput = byId<HTMLInputElement>('seed');
  private readonly predictFirst = byId<HTMLInputElement>('predict-first');

  constructor(timeoutMs: number) {
    this.banner = new FailureBanner(byId('banner'), () => settle(this.restart()), 'The comparison and its lever moves are kept; Restart runs its panes again.');
    this.client = new WorkerClient<CompareWorkerApi>({
      start: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'compare' }),
      what: 'The comparison’s worker',
      timeoutMs,
      onFailure: (failure) => this.banner.show(failure.message),
    });
    this.panes = new PaneGroup(byId('panes'), {
      onVariant: (pane, name) => settle(this.showPanes(this.withPane(pane, name))),
      onLever: (pane, lever, value) => settle(this.moveLever(pane, lever, value)),
      onRemove: (pane) => settle(this.removePane(pane)),
    });
    this.playback = new PlaybackBar((week) => this.drawWeek(week));
    byId('playback-slot').append(this.playback.element);
    this.overlay = new OverlayCharts(byId('overlay'), () => this.stampFor(1));
    this.ensemble = createEnsembleView({
      plan: (n) => this.ensemblePlan(n),
      metric: () => this.metric,
      predictFirst: () => this.predictFirst.checked,
      stampFor: (n) => this.stampFor(n),
      onResult: (r) => (this.ensembleResult = r),
    });
    byId('ensemble-slot').append(this.ensemble.element);
    this.sensitivity = createSensitivityView({
      plan: (n) => {
        const c = this.comparison!;
        return { plan: sensitivityPlan(c.checked.resolved[0], n, c.seed, c.checked.scenario.weeks), reference: c.panes[0] };
      },
      stampFor: (n) => this.stampFor(n),
    });
    byId('sensitivity-slot').append(this.sensitivity.element);
    this.buildHeader();
    this.buildExports();
  }

  private buildHeader(): void {
    const metricSelect = byId<HTMLSelectElement>('metric');
    for (const m of METRICS) metricSelect.append(el('option', { value: m.key, selected: m.key === this.metric }, m.label));
    metricSelect.addEventListener('change', () => {
      this.metric = metricSelect.value as MetricKey;
      this.drawWeek(this.playback.week);
      void this.ensemble.redraw();
    });
    byId('share-slot').append(
      createShareView({
        encode: () => this.client.call('encodeLink', this.comparison!.checked.scenario),
        text: () => this.comparison?.checked.text ?? '',
      }),
    );
    const workshop = byId<HTMLInputElement>('workshop-mode');
    workshop.checked = workshopModeRemembered();
    this.predictFirst.checked = workshop.checked;
    setWorkshopMode(workshop.checked);
    workshop.addEventListener('change', () => {
      setWorkshopMode(workshop.checked);
      this.predictFirst.checked = workshop.checked;
    });
    this.seedInput.addEventListener('change', () => {
      const seed = Math.round(Number(this.seedInput.value));
      if (!Number.isFinite(seed) || seed < 0 || seed > MAX_SEED) return this.problem(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
      this.problem(null);
      if (this.comparison) this.show({ ...this.comparison, seed, hash: this.comparison.hash });
    });
    byId('add-pane').addEventListener('click', () => {
      const c = this.comparison;
      if (!c || c.panes.length >= MAX_PANES) return;
      const names = c.checked.variants.map((v) => v.name);
      settle(this.showPanes([...c.panes, names.find((n) => !c.panes.includes(n)) ?? names[0]]));
    });
  }

  private buildExports(): void {
    const status = byId('export-status');
    byId('export-runs').addEventListener('click', () => {
      const stamp = this.stampFor(1);
      if (this.paneRuns && stamp && this.comparison) void exportRunsCsv(this.paneRuns.plan, this.comparison.panes, this.paneRuns.values, stamp, 'pane-runs');
    });
    byId('export-ensemble').addEventListener('click', () => {
      const r = this.ensembleResult;
      const stamp = r && this.stampFor(r.plan.runsPerVariant);
      if (r && stamp) void exportRunsCsv(r.plan, r.names, r.values, stamp, 'ensemble');
      else status.textContent = 'Run an ensemble first.';
    });
    byId('export-summary').addEventListener('click', () => {
      const r = this.ensembleResult;
      const stamp = r && this.stampFor(r.plan.runsPerVariant);
      if (r && stamp) exportSummaryJson(r.plan, r.names, r.values, ['morale_mean', 'turnover_annualised', this.metric], stamp);
      else status.textContent = 'Run an ensemble first.';
    });
    byId('export-scenario').addEventListener('click', () => {
      const stamp = this.stampFor(1);
      if (stamp && this.comparison) exportScenario(this.comparison.checked.text, stamp);
    });
  }

  /**
   * Opens a scenario (from a link, a library file's text) and compares its first variants, or the runs, seed, week
   * and metric a link sets up (viz/share/compare-setup.ts); returns a problem, or null. A setting the scenario cannot
   * take is said over the page, and the usual one is shown.
   */
  async open(source: { readonly text: string } | { readonly hash: string }, setup: CompareSetup = {}, linkProblems: readonly string[] = []): Promise<string | null> {
    const opened = await this.client.call('open', source);
    if (opened === null) return 'There is no scenario in this link.';
    if (!opened.ok) return opened.message;
    const { scenario } = opened;
    const notes = [...linkProblems];
    // The baseline and the first variant (the baseline twice when there is none).
    let panes = ['baseline', scenario.variants[0]?.name ?? 'baseline'];
    if (setup.panes) {
      const names = ['baseline', ...scenario.variants.map((v) => v.name)];
      const unknown = setup.panes.filter((p) => !names.includes(p));
      const quoted = (list: readonly string[]) => list.map((n) => `“${n}”`).join(', ');
      if (unknown.length > 0) notes.push(`The link asks for ${quoted(unknown)}, which this scenario does not have (its runs: ${quoted(names)}); showing ${quoted(panes)}.`);
      else if (setup.panes.length < MIN_PANES || setup.panes.length > MAX_PANES) notes.push(`The link asks for ${setup.panes.length} panes; the page shows ${MIN_PANES} to ${MAX_PANES}, so it shows ${quoted(panes)}.`);
      else panes = [...setup.panes];
    }
    if (setup.metric) this.setMetric(setup.metric);
    this.pendingWeek = undefined;
    if (setup.week !== undefined) {
      if (setup.week <= scenario.weeks) this.pendingWeek = setup.week;
      else notes.push(`The link asks for week ${setup.week}, but the scenario runs ${scenario.weeks} weeks; the panes show its end.`);
    }
    const problem = await this.check(scenario, panes, setup.seed ?? scenario.seed);
    if (problem === null && notes.length > 0) this.problem(notes.join('\n'));
    return problem;
  }

  /** The metric of the overlay, the differences and the bands (the picker follows). */
  private setMetric(metric: MetricKey): void {
    this.metric = metric;
    byId<HTMLSelectElement>('metric').value = metric;
    if (this.comparison) this.drawWeek(this.playback.week);
  }

  /** A fresh worker, checking and running the comparison on screen again. */
  private async restart(): Promise<void> {
    this.client.restart();
    this.banner.hide();
    const c = this.comparison;
    const problem = c ? await this.check(c.checked.scenario, c.panes, c.seed) : null;
    if (problem) this.problem(problem);
  }

  /** Shows a message over the page (null clears it). */
  problem(message: string | null): void {
    if (message === null) this.banner.hide();
    else this.banner.notice(message);
  }

  /** The comparison's scenario, for the share link and the picker's label. */
  get scenario(): Scenario | undefined {
    return this.comparison?.checked.scenario;
  }

  /** Checks `scenario` with these panes in the worker and, when it can run, shows it; returns a problem, or null. */
  private async check(scenario: Scenario, panes: readonly string[], seed: number): Promise<string | null> {
    const ticket = ++this.ticket;
    const checked = await this.client.call('check', scenario, panes);
    if (ticket !== this.ticket) return null;
    if (!checked.ok) return checked.message;
    const sameScenario = this.comparison?.checked.text === checked.text;
    this.show({ checked, panes, seed, hash: sameScenario ? this.comparison!.hash : '' });
    return null;
  }

  private withPane(pane: number, name: string): string[] {
    const panes = [...(this.comparison?.panes ?? [])];
    panes[pane] = name;
    return panes;
  }

  private async showPanes(panes: readonly string[]): Promise<void> {
    const c = this.comparison;
    if (!c) return;
    const problem = await this.check(c.checked.scenario, panes, c.seed);
    if (problem) this.problem(problem);
  }

  private async removePane(pane: number): Promise<void> {
    const c = this.comparison;
    if (!c || c.panes.length <= MIN_PANES) return;
    await this.showPanes(c.panes.filter((_, i) => i !== pane));
  }

  /** A lever moved in a pane: a policy change in the pane's own variant (pane-variants.ts), checked by the worker. */
  private async moveLever(pane: number, lever: LeverKey, value: number): Promise<void> {
    const c = this.comparison;
    if (!c) return;
    const moved = withLeverMoved(c.checked.scenario, c.panes[pane], pane, lever, value);
    const panes = [...c.panes];
    panes[pane] = moved.variant;
    const problem = await this.check(moved.scenario, panes, c.seed);
    if (problem) this.problem(`That lever value would make the scenario invalid: ${problem}`);
  }

  /** Puts a checked comparison on screen: header, panes, stamp, and fresh runs. */
  private show(comparison: Comparison): void {
    this.comparison = comparison;
    const { scenario } = comparison.checked;
    this.seedInput.value = String(comparison.seed);
    byId('scenario-name').textContent = scenario.name;
    byId('scenario-description').textContent = scenario.description;
    if (!comparison.hash) {
      void scenarioHash(scenario).then((hash) => {
        if (this.comparison !== comparison) return;
        comparison.hash = hash;
        byId('stamp').textContent = stampLine(this.stampFor(1)!);
      });
    }
    byId('pane-count').textContent = `${comparison.panes.length} panes`;
    (byId('add-pane') as HTMLButtonElement).disabled = comparison.panes.length >= MAX_PANES;
    this.paneRuns = null;
    delete document.documentElement.dataset.panesReady;
    this.panes.render(comparison.checked.variants, comparison.panes, comparison.checked.policies);
    this.panes.update(null, 0);
    this.ensemble.invalidate();
    this.sensitivity.invalidate();
    settle(this.runPanes(comparison));
  }

  /** Runs each pane's variant once on the seed and draws them. */
  private async runPanes(comparison: Comparison): Promise<void> {
    this.paneJob?.cancel();
    const plan = this.planFor(comparison, 1, ALL_METRIC_COLUMNS);
    const job = startEnsemble(plan, () => {});
    this.paneJob = job;
    byId('runs-status').textContent = 'Running the panes…';
    try {
      const values = await job.result;
      if (this.comparison !== comparison) return;
      const first = this.paneRuns === null && this.playback.week === 0;
      this.paneRuns = { plan, values };
      byId('runs-status').textContent = `Panes ready: seed ${plan.baseSeed}, ${plan.weeks} weeks.`;
      this.playback.setWeeks(plan.weeks);
      if (this.pendingWeek !== undefined) this.playback.setWeek(this.pendingWeek);
      else if (first) this.playback.setWeek(plan.weeks);
      else this.drawWeek(this.playback.week);
      this.pendingWeek = undefined;
      // For people and tests alike: the panes show finished runs.
      document.documentElement.dataset.panesReady = String(comparison.panes.length);
    } catch (error) {
      if (!(error instanceof EnsembleCancelled)) this.problem(`The panes could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private drawWeek(week: number): void {
    const c = this.comparison;
    this.panes.update(this.paneRuns, week);
    if (this.paneRuns && c) this.overlay.update(this.paneRuns, c.panes, this.metric, week);
  }

  private planFor(c: Comparison, runsPerVariant: number, metricIndices: readonly number[]): EnsemblePlan {
    return { scenarios: c.checked.resolved, runsPerVariant, baseSeed: c.seed, weeks: c.checked.scenario.weeks, metricIndices };
  }

  private ensemblePlan(runsPerVariant: number): { plan: EnsemblePlan; names: readonly string[] } {
    const c = this.comparison!;
    const columns = ensembleColumns(runsPerVariant * c.panes.length, c.checked.scenario.weeks, this.metric);
    return { plan: this.planFor(c, runsPerVariant, columns), names: [...c.panes] };
  }

  /** The stamp of runs 0…runsPerVariant−1 of every pane (the CLI's compare stamp); null until the hash is ready. */
  private stampFor(runsPerVariant: number): Stamp | null {
    const c = this.comparison;
    if (!c?.hash) return null;
    return { engineVersion: c.checked.engineVersion, scenarioHash: c.hash, seeds: seedsFrom(c.seed, runsPerVariant), variants: [...c.panes], weeks: c.checked.scenario.weeks };
  }
}

/** Runs an action started by a click; a WorkerFailure is already on screen (the banner), anything else is a bug. */
function settle(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    if (!(error instanceof WorkerFailure)) throw error;
  });
}
