/**
 * The app shell: one session of a trainer with a scenario. It owns the worker
 * client and the run's history, and tells each view what to draw. Views never
 * compute a model quantity; everything drawn comes from the worker.
 */
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';
import type { LeverKey } from '../../../sim/scenario/levers.ts';
import type { Scenario, ScenarioEvent } from '../../../sim/scenario/schema.ts';
import { scenarioHash, stampedFileName, type Stamp } from '../../../sim/export/stamp.ts';
import type { ScenarioProblem } from '../../../sim/scenario/parse.ts';
import type { GuideRuns, LoadedRun, SimulationWorkerApi, WeekFrame } from '../../../sim/worker.ts';
import type { PanelChart } from './chart-panel.ts';
import type { ChartRef } from './chart-picker.ts';
import { ChartColumn } from './chart-column.ts';
import { RunTarget } from './run-target.ts';
import { GuideLauncher, type GuideHost } from './guide-launcher.ts';
import { Controls, DEFAULT_SPEED } from './controls.ts';
import { byId, el } from '../../ui/dom.ts';
import { EventLog } from './event-log.ts';
import { download } from '../../ui/download.ts';
import { FailureBanner } from '../../ui/failure-banner.ts';
import { showFacilitatorNotes } from './facilitator-notes.ts';
import { chartMarkers, personSummary } from './run-annotations.ts';
import { LeverSliders } from '../../ui/lever-sliders.ts';
import { NetworkView } from '../../network/view.ts';
import { renderNetworkLegend } from '../../network/legend.ts';
import { PlaybackClock } from '../../ui/playback-clock.ts';
import { RunHistory } from './run-history.ts';
import { ScenarioEditor } from '../../scenario/editor.ts';
import { withEvent, withLastEventReplaced, withSeed } from './scenario-text.ts';
import { PendingLeverMoves } from './lever-moves.ts';
import { installShortcuts } from '../../ui/shortcuts.ts';
import { encodeWorkshopSettings } from '../../share/workshop-link.ts';
import { StoryPanel } from './story-panel.ts';
import { TeamAggregateView } from '../../network/team-aggregate.ts';
import { WeekScrubber } from '../../ui/week-scrubber.ts';
import { WorkerClient, WorkerFailure } from '../../worker/client.ts';
import { buildHeader, buildSidePanel } from './layout.ts';
import { csvStampLine, exportChart, openCompare, shareLink } from './exports.ts';
import { besideButton, openBeside } from './beside.ts';
import { WeekDrawing } from './week-drawing.ts';

export class App implements GuideHost {
  private readonly client: WorkerClient<SimulationWorkerApi>;
  private history: RunHistory | undefined;
  /** The scenario text running now (the last valid one, with the seed and lever moves written in). */
  private runningText = '';
  /** The hash of what the engine reads of the running scenario (sim/export/stamp.ts), taken at load and at each lever move. */
  private runHash = '';
  /** The text the running scenario was loaded from (variants and guide included; lever moves too when the run is its baseline). */
  private sourceText = '';
  /** While a guided session plays to a step: the week at which the run pauses by itself. */
  private readonly stopAt = new RunTarget();
  private viewedWeek = 0;
  /** When each part of a week is drawn (all at once, or spread over animation frames while playing). */
  private readonly drawing: WeekDrawing;
  private readonly clock: PlaybackClock;
  private readonly controls: Controls;
  private readonly scrubber: WeekScrubber;
  private readonly charts: ChartColumn;
  private readonly guide: GuideLauncher;
  private readonly eventLog: EventLog;
  private readonly levers: LeverSliders;
  private readonly story: StoryPanel;
  private readonly editor: ScenarioEditor;
  private readonly banner: FailureBanner;
  private readonly networkHost: HTMLElement;
  private readonly legendHost: HTMLElement;
  private network: NetworkView | undefined;
  private aggregate: TeamAggregateView | undefined;
  private readonly pickerLabel: (name: string) => void;
  private readonly notesHost: HTMLElement;
  /** Lever moves since the run was loaded (a variant's are not in the text it was loaded from). */
  private leverMoves = 0;
  /** Lever moves not yet recorded: nudges within a second become one policy change. */
  private readonly moves = new PendingLeverMoves((moves) => this.recordMoves(moves));

  constructor(timeoutMs: number) {
    this.banner = new FailureBanner(byId('failure-banner'), () => settle(this.restart()));
    this.client = new WorkerClient<SimulationWorkerApi>({
      start: () => new Worker(new URL('../../../sim/worker.ts', import.meta.url), { type: 'module', name: 'simulation' }),
      what: 'The simulation',
      timeoutMs,
      onFailure: (failure) => this.failed(failure),
    });
    this.clock = new PlaybackClock((weeks) => this.advance(weeks), DEFAULT_SPEED);

    const controlsHost = byId('controls');
    this.controls = new Controls(controlsHost, {
      togglePlay: () => this.togglePlay(),
      stepWeek: () => settle(this.moves.flush().then(() => this.clock.stepOnce())),
      setSpeed: (speed) => this.clock.setSpeed(speed),
      reset: () => settle(this.moves.flush().then(() => this.load(this.runningText))),
      setSeed: (seed) => settle(this.moves.flush().then(() => this.load(withSeed(this.runningText, seed)))),
    });
    this.scrubber = new WeekScrubber(controlsHost, (week) => settle(this.view(week)));

    const stage = byId('network');
    this.networkHost = el('div', { class: 'network-canvas' });
    this.legendHost = el('div', { class: 'network-legend-host' });
    stage.append(this.networkHost, this.legendHost);
    this.story = new StoryPanel(byId('story-panel'));
    this.eventLog = new EventLog(byId('event-log'), (id) => settle(this.openStory(id)));
    this.drawing = new WeekDrawing(
      { network: () => this.drawNetworkAndCharts(), panels: () => this.drawPanels(), log: () => this.drawLog() },
      () => ({ playing: this.clock.isPlaying, speed: this.clock.speed }),
    );
    // A chart redraw while playing keeps out of the frames of a weekly draw's parts.
    this.charts = new ChartColumn(byId('charts'), (chart, format) => settle(this.exportChart(chart, format)), this.drawing.frameTaken);

    const side = buildSidePanel(byId('side'));
    this.guide = new GuideLauncher(side.guide, byId('side'), this);
    this.notesHost = side.notes;
    this.levers = new LeverSliders({ idPrefix: 'lever-', onMove: (key, value) => this.moveLever(key, value) });
    side.levers.append(
      el('p', { class: 'panel-intro' }, 'Move a lever at any time: it takes effect next week and is written into the scenario, so the run can be replayed.'),
      this.levers.element,
    );
    this.editor = new ScenarioEditor(side.editor, {
      validate: (text) => this.client.call('validate', text),
      apply: (text) => this.apply(text),
      download: (text) => download(this.fileName('scenario', 'json'), text, 'application/json'),
    });
    this.pickerLabel = buildHeader({
      pick: (scenario, variant) => settle(scenario.load().then((text) => this.apply(text, true, variant))),
      exportCsv: () => settle(this.moves.flush().then(() => this.exportCsv())),
      exportScenario: () => settle(this.moves.flush().then(() => download(this.fileName('scenario', 'json'), this.runningText, 'application/json'))),
      shareLink: () => settle(this.moves.flush().then(() => shareLink(this.guide.shareText() ?? this.runningText, this.fileName('scenario', 'json'), (message) => this.banner.notice(message)))),
      openCompare: () => settle(this.moves.flush().then(() => openCompare(this.runningText, encodeWorkshopSettings({ from: this.viewedWeek })))),
      presenterChanged: () => this.charts.renderNow(),
    });
    installShortcuts({
      togglePlay: () => this.togglePlay(),
      step: (weeks) => settle(this.stepBy(weeks)),
      what: 'the run',
    });
  }

  get run(): LoadedRun | undefined {
    return this.history?.run;
  }

  get currentHistory(): RunHistory | undefined {
    return this.history;
  }

  get viewed(): number {
    return this.viewedWeek;
  }

  get playing(): boolean {
    return this.clock.isPlaying;
  }

  get advancing(): boolean {
    return this.clock.isAdvancing;
  }

  /** The simulation worker's client (the end-to-end tests' hooks read and crash it: viz/testing/trainer-hooks.ts). */
  get worker(): WorkerClient<SimulationWorkerApi> {
    return this.client;
  }

  /** The network view, when the run is small enough to draw people (the tests' hooks read its canvas). */
  get networkView(): NetworkView | undefined {
    return this.network;
  }

  /** Runs scenario text from week 0; returns its problems ([] when it runs). The view keeps the old run on problems. */
  async apply(text: string, fromLibrary = false, variant?: string): Promise<readonly ScenarioProblem[]> {
    const problems = await this.load(text, variant);
    if (problems.length === 0) this.editor.showRunning(this.runningText, fromLibrary);
    else if (fromLibrary) this.editor.setText(text);
    return problems;
  }

  /** Shows a message about a shared link that could not be opened (the default scenario runs instead). */
  showLinkProblem(message: string): void {
    this.banner.notice(message);
  }

  /** Puts text in the editor without running it (a saved edit that does not validate). */
  keepUnappliedText(text: string): void {
    this.editor.setText(text);
  }

  /**
   * Loads text into the worker and resets every view to week 0. A variant runs
   * as its resolved scenario, which becomes the running text (it replays alone).
   * A guided session ends, unless it is the session that loads its run.
   */
  async load(text: string, variant?: string, forGuide = false): Promise<readonly ScenarioProblem[]> {
    this.clock.pause();
    this.moves.clear();
    const outcome = await this.client.call('load', text, variant);
    if (!outcome.ok) return outcome.problems;
    this.runHash = await hashOf(outcome.scenarioText);
    if (!forGuide) this.guide.end('The guided session ended: another run was loaded.');
    this.stopAt.release(false);
    this.runningText = variant ? outcome.scenarioText : text;
    this.sourceText = text;
    this.history = new RunHistory(outcome);
    this.viewedWeek = 0;
    this.story.close();
    this.controls.setSeed(outcome.seed);
    this.pickerLabel(outcome.scenarioName);
    document.title = `${outcome.scenarioName} · Reciprocity Lab`;
    this.leverMoves = 0;
    showFacilitatorNotes(this.notesHost, outcome.scenarioName, outcome.description, outcome.facilitatorNote, outcome.guide, this.besideButtons(outcome));
    this.drawing.clear();
    this.eventLog.reset();
    this.charts.reset(this.history);
    this.guide.setRun(outcome);
    this.setUpNetwork(outcome);
    this.editor.showRunning(this.runningText);
    this.draw();
    return [];
  }

  private setUpNetwork(run: LoadedRun): void {
    this.network?.destroy();
    this.networkHost.replaceChildren();
    this.network = undefined;
    this.aggregate = undefined;
    if (run.frame) this.network = new NetworkView(this.networkHost, (id) => settle(this.openStory(id)));
    else this.aggregate = new TeamAggregateView(this.networkHost);
    renderNetworkLegend(this.legendHost, !run.frame);
  }

  private togglePlay(): void {
    if (this.clock.isPlaying) {
      this.clock.pause();
      // Paused: the charts catch up at once (while playing they lag up to 0.4 s behind).
      if (this.history) this.charts.update(this.viewedWeek, chartMarkers(this.history.run));
    } else if (this.history && this.history.latestWeek < this.history.run.weeks) {
      // Playing resumes from the latest computed week, not from a replayed one, with the levers just moved in effect.
      this.viewedWeek = this.history.latestWeek;
      // Held moves are sent first (a message the worker answers before the first week the clock asks for, a frame later).
      settle(this.moves.flush());
      this.clock.play();
    }
    this.updateControls();
  }

  /** Asks the worker for the next weeks and draws them. */
  private async advance(weeks: number): Promise<void> {
    const history = this.history;
    if (!history) return;
    if (history.latestWeek >= history.run.weeks) {
      this.clock.pause();
      this.updateControls();
      return;
    }
    const following = this.viewedWeek === history.latestWeek;
    // A guided session's run pauses by itself at the step's week.
    const batch = await this.client.call('advance', this.stopAt.clamp(weeks, history.latestWeek));
    if (history !== this.history) return; // a new run started meanwhile
    history.append(batch);
    if (following || !this.clock.isPlaying) this.viewedWeek = history.latestWeek;
    if (history.latestWeek >= history.run.weeks) this.clock.pause();
    if (this.stopAt.reached(history.latestWeek)) {
      this.clock.pause();
      this.viewedWeek = history.latestWeek;
      this.draw();
      return;
    }
    // While playing, weeks arriving within one animation frame are drawn once (the latest); every week is still kept.
    if (this.clock.isPlaying) this.drawing.request();
    else this.draw();
  }

  /** Shows a computed week (the scrubber). */
  private async view(week: number): Promise<void> {
    if (!this.history) return;
    this.viewedWeek = Math.max(0, Math.min(week, this.history.latestWeek));
    this.draw();
  }

  /** Draws the week on screen (week-drawing.ts: at once, or spread over frames while playing). */
  private draw(): void {
    if (this.history) this.drawing.draw();
  }

  /** The network at the week on screen, and the charts' note of it (they redraw on frames of their own). */
  private drawNetworkAndCharts(): void {
    const history = this.history;
    if (!history) return;
    void this.drawNetwork(history, this.viewedWeek);
    this.charts.update(this.viewedWeek, chartMarkers(history.run), this.clock.isPlaying);
  }

  /** The levers, the controls and the guide, at the week on screen. */
  private drawPanels(): void {
    const history = this.history;
    if (!history) return;
    this.levers.setValues(this.moves.values.size > 0 ? { ...history.policy, ...Object.fromEntries(this.moves.values) } : history.policy);
    this.updateControls();
    this.guide.weekDrawn();
  }

  /** The event log, up to the week on screen. */
  private drawLog(): void {
    const history = this.history;
    if (!history) return;
    this.eventLog.show(history.log, this.viewedWeek);
  }

  private async drawNetwork(history: RunHistory, week: number): Promise<void> {
    if (this.aggregate) {
      this.aggregate.show(history, week);
      return;
    }
    let frame: WeekFrame | undefined = history.frame(week);
    if (!frame) frame = await this.client.call('frameAt', week).catch(() => undefined);
    if (frame && history === this.history && week === this.viewedWeek) this.network?.show(frame, history.run.teamNames, history.run.styleNames);
  }

  private updateControls(): void {
    const history = this.history;
    if (!history) return;
    this.controls.setPlaying(this.clock.isPlaying, history.latestWeek >= history.run.weeks);
    this.controls.setWeek(this.viewedWeek, history.latestWeek, history.run.weeks);
    this.scrubber.update(this.viewedWeek, history.latestWeek, history.run.weeks);
  }

  // ------------------------------------------------------------ what a guided session asks of the page (GuideHost)

  /** Loads the session's run (`baseline` or a variant of the text the page was loaded from) at week 0; its problems. */
  async startGuidedRun(variant: string): Promise<readonly ScenarioProblem[]> {
    return this.load(this.sourceText, variant, true);
  }

  /** The text a guided session runs from: the scenario as loaded, steps included. */
  get guideSourceText(): string {
    return this.sourceText;
  }

  /** Plays until `week` is computed, then pauses there; false when something else (a new run) came first. */
  playTo(week: number): Promise<boolean> {
    const history = this.history;
    if (!history) return Promise.resolve(false);
    const target = Math.min(week, history.run.weeks);
    this.stopAt.release(false);
    if (history.latestWeek >= target) {
      void this.view(target);
      return Promise.resolve(true);
    }
    const reached = this.stopAt.set(target);
    this.viewedWeek = history.latestWeek;
    this.clock.play();
    this.updateControls();
    return reached;
  }

  /** Shows a computed week (a guided step gone back to). */
  showWeek(week: number): void {
    this.clock.pause();
    this.stopAt.release(false);
    void this.view(week);
  }

  /** A guided step's charts, made large ([] for the usual panel). */
  setLargeCharts(charts: readonly ChartRef[]): void {
    this.charts.setLarge(charts);
  }

  /** The two runs a guided session's debrief compares, from the worker. */
  guideRuns(): Promise<GuideRuns> {
    return this.client.call('guideRuns');
  }

  /** The Notes tab's "show ‹variant› beside this run", one per other run of the scenario, on the lesson's metric. */
  private besideButtons(run: LoadedRun): HTMLElement[] {
    const metric: MetricKey = run.guide?.debrief.metric ?? 'morale_mean';
    const label = METRICS.find((m) => m.key === metric)?.label ?? metric;
    const others = run.runs.filter((name) => name !== run.variant);
    if (others.length === 0) return [];
    return [
      el('p', { class: 'beside-note' }, `Each opens the compare page in a new tab: this run and the other side by side, with the same people and luck, at the week on screen, on ${label}.`),
      ...others.map((other) => besideButton(other, '', () => this.showBeside(other, metric))),
    ];
  }

  /** Opens the compare page in a new tab: this run and `other` side by side, same seed, at the week on screen, on `metric`. */
  showBeside(other: string, metric: MetricKey): void {
    const run = this.history?.run;
    if (!run) return;
    if (run.variant !== 'baseline' && this.leverMoves > 0) {
      this.banner.notice(`The lever moves made during this run are not in the comparison: it shows “${run.variant}” as written.`);
    }
    settle(openBeside({ text: this.sourceText, run: run.variant, other, seed: run.seed, week: this.viewedWeek, metric }, (message) => this.banner.notice(message)));
  }

  /** A lever moved: held for a moment, so nudges within a second become one policy change (lever-moves.ts). */
  private moveLever(key: LeverKey, value: number): void {
    const history = this.history;
    if (!history || history.latestWeek >= history.run.weeks) return;
    this.moves.add(key, value);
  }

  /** Records held lever moves in the worker: each a policy change at the next week, merged while that week has not started. */
  private async recordMoves(moves: readonly (readonly [LeverKey, number])[]): Promise<void> {
    const history = this.history;
    if (!history || history.latestWeek >= history.run.weeks) return;
    // Sent together: the worker answers in order, all before any week asked for later.
    const answers = await Promise.all(moves.map(([key, value]) => this.client.call('moveLever', key, value)));
    if (history !== this.history) return;
    for (const { event, merged, policy, scenarioText } of answers) {
      this.runHash = await hashOf(scenarioText);
      // The run's event list grows with the move (or its last event is updated), so markers, replays and the exported scenario all include it.
      const events = history.run.events;
      (history.run as { events: readonly ScenarioEvent[] }).events = merged ? [...events.slice(0, -1), event] : [...events, event];
      history.policy = policy;
      this.runningText = merged ? withLastEventReplaced(this.runningText, event) : withEvent(this.runningText, event);
      this.leverMoves++;
    }
    if (history.run.variant === 'baseline') this.sourceText = this.runningText;
    this.editor.showRunning(this.runningText);
    this.draw();
  }

  /**
   * Computes the run up to `week` (at once, in one call) and shows it: how a link that names a week opens, and where
   * "Back to the simulator" returns. The weeks are the same as if played.
   */
  async goToWeek(week: number): Promise<void> {
    const history = this.history;
    if (!history) return;
    const target = Math.max(0, Math.min(week, history.run.weeks));
    if (target > history.latestWeek) await this.advance(target - history.latestWeek);
    await this.view(target);
  }

  /** The arrow keys: a week forward (replayed, or computed when the run is at its latest) or back (a replay). */
  private async stepBy(weeks: 1 | -1): Promise<void> {
    const history = this.history;
    if (!history) return;
    if (this.clock.isPlaying) this.togglePlay();
    if (weeks > 0 && this.viewedWeek >= history.latestWeek) {
      await this.moves.flush();
      await this.clock.stepOnce();
    } else await this.view(this.viewedWeek + weeks);
  }

  /** Opens a person's story as of the week on screen (also for someone who has left: from the log or "People who left"). */
  private async openStory(personId: number): Promise<void> {
    const week = this.viewedWeek;
    const story = await this.client.call('story', personId, week);
    this.story.open(story, week, this.history ? personSummary(this.history, week, personId) : undefined);
  }

  /** The running run's reproducibility stamp, or null before a run is loaded. */
  private stamp(): Stamp | null {
    const run = this.history?.run;
    return run ? { engineVersion: run.engineVersion, scenarioHash: this.runHash, seeds: [run.seed], weeks: run.weeks } : null;
  }

  /** A file name carrying the running run's stamp. */
  private fileName(what: string, extension: string): string {
    const stamp = this.stamp();
    return stamp ? stampedFileName(this.history!.run.scenarioName, stamp, what, extension) : `reciprocity-lab_${what}.${extension}`;
  }

  private async exportCsv(): Promise<void> {
    const csv = await this.client.call('csv');
    const run = this.history?.run;
    const stamp = this.stamp();
    // The stamp as leading comment lines, as on the compare page (R's comment.char = "#" and pandas' comment="#" skip them).
    // The stamp's weeks are the weeks in the file (the run so far).
    const head = run && stamp ? `# Reciprocity Lab run export\n# ${csvStampLine(run.scenarioName, { ...stamp, weeks: this.history?.latestWeek ?? 0 })}\n` : '';
    download(this.fileName(`weeks-1-${this.history?.latestWeek ?? 0}`, 'csv'), head + csv, 'text/csv');
  }

  private async exportChart(chart: PanelChart, format: 'png' | 'svg'): Promise<void> {
    const stamp = this.stamp();
    if (!stamp) return;
    this.charts.renderNow();
    await exportChart(chart, format, stamp, this.fileName(chart.spec.id, format));
  }

  private failed(failure: WorkerFailure): void {
    this.clock.pause();
    this.updateControls();
    this.banner.show(failure.message);
  }

  /** A fresh worker, running the last valid scenario (lever moves included) from week 0. */
  private async restart(): Promise<void> {
    this.client.restart();
    this.banner.hide();
    const problems = await this.load(this.runningText).catch(() => ['failed']);
    if (problems.length > 0) this.banner.show('It could not be restarted.');
  }
}

/**
 * The stamp's hash of the running scenario from the worker's text of it (the validated scenario, so it hashes as the CLI
 * hashes the file); '' where the page cannot hash (no Web Crypto), so a run never fails for want of a stamp.
 */
function hashOf(scenarioText: string): Promise<string> {
  return scenarioHash(JSON.parse(scenarioText) as Scenario).catch(() => '');
}

/**
 * Runs an action started by a click. A WorkerFailure is already on screen (the
 * banner with Restart), so it is not reported twice; anything else is a bug
 * and is rethrown to the console.
 */
function settle(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    if (!(error instanceof WorkerFailure)) throw error;
  });
}
