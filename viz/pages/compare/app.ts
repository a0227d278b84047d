/**
 * The compare page's controller, on the trainer page's pattern: it owns the
 * page's worker (scenario checks, share links; zod stays off the main thread)
 * and the comparison's state — the scenario, the variant in each pane, the
 * seed, the metric, the week, zoom and the workshop settings, all of which a
 * copied link carries (viz/share/workshop-link.ts) — and tells each view what
 * to draw. Views never compute a model quantity: runs come from workers.
 */
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';
import type { LeverKey } from '../../../sim/scenario/levers.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
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
import { encodeWorkshopSettings, encodeTrainerPlace, type WorkshopSettings } from '../../share/workshop-link.ts';
import { sharePayload } from '../../share/fragment.ts';
import { lessonClaims } from '../../scenario/lessons.ts';
import { showsTurnover } from '../../ui/turnover-rule.ts';
import { redrawFittedCharts } from '../../charts/fitted-chart.ts';
import { installShortcuts } from '../../ui/shortcuts.ts';

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
  /** Axes of shares and levels zoomed to the values (else 0–100%). */
  private zoom = false;
  /** Settings from the link that opened the page, applied once its panes are checked (the week once they have run). */
  private pending: WorkshopSettings | null = null;
  /** The trainer page's run and week this comparison was opened from ("Back to the simulator" returns there). */
  private origin: { run?: string; from?: number; payload?: string } = {};
  /** Checks in flight: only the latest one's answer is shown. */
  private ticket = 0;
  private paneRuns: PaneRuns | null = null;
  /** The week a link asked for, shown once the panes' first runs are ready (otherwise the end of the run). */
  private paneJob: EnsembleJob | null = null;
  private ensembleResult: EnsembleResult | null = null;
  private readonly panes: PaneGroup;
  private readonly playback: PlaybackBar;
  private readonly overlay: OverlayCharts;
  private readonly ensemble: EnsembleView;
  private readonly sensitivity: { element: HTMLElement; invalidate(): void };
  private readonly seedInput = byId<HTMLInputElement>('seed');
  private readonly predictFirst = byId<HTMLInputElement>('predict-first');
  private readonly workshop = byId<HTMLInputElement>('workshop-mode');
  private readonly metricSelect = byId<HTMLSelectElement>('metric');
  private readonly zoomInput = byId<HTMLInputElement>('zoom');

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
      zoom: () => this.zoom,
      lesson: () => this.lesson(),
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
    installShortcuts({
      togglePlay: () => this.playback.toggle(),
      step: (weeks) => this.playback.step(weeks),
      what: 'the panes',
    });
  }

  /** What the ensemble needs to know of the lesson: the note's claims, and whether the organisation is too small for turnover. */
  private lesson(): { claims: ReturnType<typeof lessonClaims>; small: boolean } {
    const c = this.comparison;
    if (!c) return { claims: [], small: false };
    return { claims: lessonClaims(c.checked.scenario.name), small: smallOrganisation(c.checked.resolved) };
  }

  private buildHeader(): void {
    const metricSelect = this.metricSelect;
    for (const m of METRICS) metricSelect.append(el('option', { value: m.key, selected: m.key === this.metric }, m.label));
    metricSelect.addEventListener('change', () => this.setMetric(metricSelect.value as MetricKey));
    this.zoomInput.addEventListener('change', () => {
      this.zoom = this.zoomInput.checked;
      this.redrawAll();
    });
    byId('share-slot').append(
      createShareView({
        encode: async () => {
          const encoded = await this.client.call('encodeLink', this.comparison!.checked.scenario);
          // The whole workshop travels with the scenario: panes, metric, seed, week, modes, and where the trainer was.
          return encoded.ok ? { ok: true, fragment: `${encoded.fragment}&${encodeWorkshopSettings(this.settings())}` } : encoded;
        },
        text: () => this.comparison?.checked.text ?? '',
      }),
    );
    const workshop = this.workshop;
    workshop.checked = workshopModeRemembered();
    this.predictFirst.checked = workshop.checked;
    setWorkshopMode(workshop.checked);
    workshop.addEventListener('change', () => {
      this.setWorkshop(workshop.checked);
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

  /** The comparison on screen as a link's settings. */
  settings(): WorkshopSettings {
    const c = this.comparison;
    return {
      panes: c ? [...c.panes] : undefined,
      metric: this.metric,
      seed: c?.seed,
      week: this.playback.week,
      workshop: this.workshop.checked,
      predictFirst: this.predictFirst.checked,
      zoom: this.zoom,
      ...(this.origin.from !== undefined ? { run: this.origin.run ?? 'baseline', from: this.origin.from } : {}),
    };
  }

  /**
   * Opens a scenario (from a link, a library file's text) with the settings a link carries, or compares its first
   * variants; returns a problem, or null. Settings that cannot apply are reported with `notice`, and their defaults used.
   */
  async open(source: { readonly text: string } | { readonly hash: string }, settings: WorkshopSettings = {}, notice: (message: string) => void = () => {}): Promise<string | null> {
    const opened = await this.client.call('open', source);
    if (opened === null) return 'There is no scenario in this link.';
    if (!opened.ok) return opened.message;
    this.origin = settings.from !== undefined ? { run: settings.run, from: settings.from, payload: 'hash' in source ? (sharePayload(source.hash) ?? undefined) : undefined } : {};
    this.updateBackLink();
    if (settings.workshop !== undefined) this.setWorkshop(settings.workshop);
    if (settings.predictFirst !== undefined) this.predictFirst.checked = settings.predictFirst;
    if (settings.zoom !== undefined) this.zoomInput.checked = this.zoom = settings.zoom;
    const claims = lessonClaims(opened.scenario.name);
    // The baseline and the first variant (the baseline twice when there is none), on the metric of the note's first comparison.
    const defaults = ['baseline', opened.scenario.variants[0]?.name ?? 'baseline'];
    this.setMetric(settings.metric ?? claims.find((c) => !c.team && defaults.includes(c.baseline) && defaults.includes(c.variant))?.metric ?? 'morale_mean', false);
    this.pending = settings.week !== undefined ? { week: settings.week } : null;
    const seed = settings.seed ?? opened.scenario.seed;
    if (settings.panes) {
      const problem = await this.check(opened.scenario, settings.panes, seed);
      if (problem === null) return null;
      notice(`The link’s panes could not be shown (${problem}); showing “${defaults[0]}” and “${defaults[1]}” instead.`);
    }
    return this.check(opened.scenario, defaults, seed);
  }

  private setMetric(metric: MetricKey, redraw = true): void {
    this.metric = metric;
    this.metricSelect.value = metric;
    if (!redraw) return;
    this.drawWeek(this.playback.week);
    void this.ensemble.redraw();
  }

  private setWorkshop(on: boolean): void {
    this.workshop.checked = on;
    setWorkshopMode(on);
    // Chart text follows the mode (projector size in workshop mode).
    requestAnimationFrame(() => redrawFittedCharts());
  }

  private redrawAll(): void {
    this.drawWeek(this.playback.week);
    void this.ensemble.redraw();
  }

  /** "Back to the simulator": to the trainer page's run and week this comparison was opened from, when it was. */
  private updateBackLink(): void {
    const back = document.querySelector<HTMLAnchorElement>('a.back');
    if (!back) return;
    const { payload, run, from } = this.origin;
    back.href = payload && from !== undefined ? `./index.html#s=${payload}&${encodeTrainerPlace({ run, week: from })}` : './index.html';
    back.textContent = from !== undefined ? `← Back to the simulator (week ${from})` : '← Back to the simulator';
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
    this.panes.render(comparison.checked.variants, comparison.panes, comparison.checked.policies, { zoom: this.zoom, small: smallOrganisation(comparison.checked.resolved) });
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
      // A link's week (the week the trainer was at, or the one the sender was looking at) wins over the run's end.
      const week = this.pending?.week;
      this.pending = null;
      if (week !== undefined) this.playback.setWeek(Math.min(week, plan.weeks));
      else if (first) this.playback.setWeek(plan.weeks);
      else this.drawWeek(this.playback.week);
      // For people and tests alike: the panes show finished runs.
      document.documentElement.dataset.panesReady = String(comparison.panes.length);
    } catch (error) {
      if (!(error instanceof EnsembleCancelled)) this.problem(`The panes could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private drawWeek(week: number): void {
    const c = this.comparison;
    this.panes.update(this.paneRuns, week);
    if (this.paneRuns && c) this.overlay.update(this.paneRuns, c.panes, this.metric, week, this.zoom);
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

/** Whether any pane's organisation starts too small for annualised turnover (people who quit, a count, is shown instead). */
function smallOrganisation(resolved: readonly Scenario[]): boolean {
  return resolved.some((r) => !showsTurnover(r.teams.reduce((sum, t) => sum + t.size + 1, 0)));
}

/** Runs an action started by a click; a WorkerFailure is already on screen (the banner), anything else is a bug. */
function settle(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    if (!(error instanceof WorkerFailure)) throw error;
  });
}
