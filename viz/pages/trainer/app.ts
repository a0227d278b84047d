/**
 * The app shell: one session of a trainer with a scenario. It owns the worker
 * client and the run's history, and tells each view what to draw. Views never
 * compute a model quantity; everything drawn comes from the worker.
 */
import type { LeverKey } from '../../../sim/scenario/levers.ts';
import type { ScenarioEvent } from '../../../sim/scenario/schema.ts';
import type { ScenarioProblem } from '../../../sim/scenario/parse.ts';
import type { LoadedRun, SimulationWorkerApi, WeekFrame } from '../../../sim/worker.ts';
import { ChartPanel, type PanelChart } from './chart-panel.ts';
import { Controls, DEFAULT_SPEED } from './controls.ts';
import { byId, el } from '../../ui/dom.ts';
import { EventLog } from './event-log.ts';
import { download } from '../../ui/download.ts';
import { FailureBanner } from '../../ui/failure-banner.ts';
import { showFacilitatorNotes } from './facilitator-notes.ts';
import { reproducibilityStamp } from '../../ui/format.ts';
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

/** One animation frame at 60 Hz (ms). */
const FRAME_MS = 1000 / 60;

export class App {
  private readonly client: WorkerClient<SimulationWorkerApi>;
  private history: RunHistory | undefined;
  /** The scenario text running now (the last valid one, with the seed and lever moves written in). */
  private runningText = '';
  private viewedWeek = 0;
  private drawRequested = false;
  /** The animation frame time of the last weekly draw while playing (the network's canvas paints in the frame after it). */
  private drawnAtFrame = -Infinity;
  /** A weekly draw waits for this frame time at the earliest (one frame left between weekly draws). */
  private drawNotBefore = -Infinity;
  private readonly clock: PlaybackClock;
  private readonly controls: Controls;
  private readonly scrubber: WeekScrubber;
  private readonly charts: ChartPanel;
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
    // A chart redraw while playing keeps out of the frame of a weekly draw (one that ran, or one that may run now) and,
    // unless it has waited two frames already (at 32 wk/s no frame is free), of the canvas paint in the frame after it.
    const frameTaken = (time: number, waited: number) =>
      time - this.drawnAtFrame < (waited < 2 ? 1.5 : 0.5) * FRAME_MS || (this.drawRequested && time >= this.drawNotBefore);
    this.charts = new ChartPanel(byId('charts'), (chart, format) => settle(this.exportChart(chart, format)), frameTaken);

    const side = buildSidePanel(byId('side'));
    this.notesHost = side.notes;
    this.levers = new LeverSliders({ idPrefix: 'lever-', onMove: (key, value) => this.moveLever(key, value) });
    side.levers.append(
      el('p', { class: 'panel-intro' }, 'Move a lever at any time: it takes effect next week and is written into the scenario, so the run can be replayed.'),
      this.levers.element,
    );
    this.editor = new ScenarioEditor(side.editor, {
      validate: (text) => this.client.call('validate', text),
      apply: (text) => this.apply(text),
      download: (text) => download(`${this.stamp()}.scenario.json`, text, 'application/json'),
    });
    this.pickerLabel = buildHeader({
      pick: (scenario, variant) => settle(this.apply(scenario.text, true, variant)),
      exportCsv: () => settle(this.moves.flush().then(() => this.exportCsv())),
      exportScenario: () => settle(this.moves.flush().then(() => download(`${this.stamp()}.scenario.json`, this.runningText, 'application/json'))),
      shareLink: () => settle(this.moves.flush().then(() => shareLink(this.runningText, this.stamp(), (message) => this.banner.notice(message)))),
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
   */
  async load(text: string, variant?: string): Promise<readonly ScenarioProblem[]> {
    this.clock.pause();
    this.moves.clear();
    const outcome = await this.client.call('load', text, variant);
    if (!outcome.ok) return outcome.problems;
    this.runningText = variant ? outcome.scenarioText : text;
    this.history = new RunHistory(outcome);
    this.viewedWeek = 0;
    this.story.close();
    this.controls.setSeed(outcome.seed);
    this.pickerLabel(outcome.scenarioName);
    document.title = `${outcome.scenarioName} · Reciprocity Lab`;
    showFacilitatorNotes(this.notesHost, outcome.scenarioName, outcome.description, outcome.facilitatorNote);
    this.eventLog.reset();
    this.charts.reset(this.history);
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
    const batch = await this.client.call('advance', weeks);
    if (history !== this.history) return; // a new run started meanwhile
    history.append(batch);
    if (following || !this.clock.isPlaying) this.viewedWeek = history.latestWeek;
    if (history.latestWeek >= history.run.weeks) this.clock.pause();
    // While playing, weeks arriving within one animation frame are drawn once (the latest); every week is still kept.
    if (this.clock.isPlaying) this.requestDraw();
    else this.draw();
  }

  /**
   * Draws the latest week on an animation frame, with at least one frame
   * between two weekly draws: at 32 weeks a second weeks arrive about every
   * second frame, and a week drawn in each of two frames in a row left no
   * frame for the network's canvas (painted in the frame after a draw) and the
   * charts. Above 20 weeks a second two frames are left between weekly draws
   * (at most 20 draws a second; the page's commit of a draw or a canvas paint
   * then has a frame to itself more often — p95 frame ms at 32 wk/s ~11 → ~9).
   * The worker still computes every week, the history keeps each one (the
   * scrubber replays it exactly) and the charts and log show them all; only a
   * week that arrives before the next draw is allowed is shown with the next.
   */
  private requestDraw(): void {
    if (this.drawRequested) return;
    this.drawRequested = true;
    const frame = (time: number) => {
      if (time < this.drawNotBefore) {
        requestAnimationFrame(frame);
        return;
      }
      this.drawRequested = false;
      this.drawnAtFrame = time;
      this.drawNotBefore = time + (this.clock.speed > 20 ? 2.5 : 1.5) * FRAME_MS;
      this.draw();
    };
    requestAnimationFrame(frame);
  }

  /** Shows a computed week (the scrubber). */
  private async view(week: number): Promise<void> {
    if (!this.history) return;
    this.viewedWeek = Math.max(0, Math.min(week, this.history.latestWeek));
    this.draw();
  }

  private draw(): void {
    const history = this.history;
    if (!history) return;
    const week = this.viewedWeek;
    void this.drawNetwork(history, week);
    this.charts.update(week, chartMarkers(history.run), this.clock.isPlaying);
    this.eventLog.show(history.log, week);
    this.levers.setValues(this.moves.values.size > 0 ? { ...history.policy, ...Object.fromEntries(this.moves.values) } : history.policy);
    this.updateControls();
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
    for (const { event, merged, policy } of answers) {
      // The run's event list grows with the move (or its last event is updated), so markers, replays and the exported scenario all include it.
      const events = history.run.events;
      (history.run as { events: readonly ScenarioEvent[] }).events = merged ? [...events.slice(0, -1), event] : [...events, event];
      history.policy = policy;
      this.runningText = merged ? withLastEventReplaced(this.runningText, event) : withEvent(this.runningText, event);
    }
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

  private stamp(): string {
    const run = this.history?.run;
    return run ? reproducibilityStamp(run.scenarioName, run.seed, run.engineVersion) : 'reciprocity-lab';
  }

  private async exportCsv(): Promise<void> {
    const csv = await this.client.call('csv');
    const run = this.history?.run;
    // The stamp as leading comment lines, as on the compare page (R's comment.char = "#" and pandas' comment="#" skip them).
    const stamp = run ? `# Reciprocity Lab run export\n# ${csvStampLine(run.scenarioName, run.seed, run.engineVersion, this.history?.latestWeek ?? 0)}\n` : '';
    download(`${this.stamp()}_weeks-1-${this.history?.latestWeek ?? 0}.csv`, stamp + csv, 'text/csv');
  }

  private async exportChart(chart: PanelChart, format: 'png' | 'svg'): Promise<void> {
    this.charts.renderNow();
    await exportChart(chart, format, this.stamp());
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
 * Runs an action started by a click. A WorkerFailure is already on screen (the
 * banner with Restart), so it is not reported twice; anything else is a bug
 * and is rethrown to the console.
 */
function settle(action: Promise<unknown>): void {
  action.catch((error: unknown) => {
    if (!(error instanceof WorkerFailure)) throw error;
  });
}
