/**
 * The offer of a guided session at the top of the side panel (when the
 * scenario has steps), and the session itself once started. The session's
 * code (steps, predictions, the debrief and its ensemble) is loaded only when
 * a session starts, so the page's first load stays small.
 */
import type { MetricKey } from '../../../sim/metrics.ts';
import type { ScenarioProblem } from '../../../sim/scenario/parse.ts';
import type { GuideRuns, LoadedRun } from '../../../sim/worker.ts';
import { el } from '../../ui/dom.ts';
import type { ChartRef } from './chart-picker.ts';
import type { RunHistory } from './run-history.ts';

/** What a guided session asks of the page (the App implements it). */
export interface GuideHost {
  readonly run: LoadedRun | undefined;
  readonly currentHistory: RunHistory | undefined;
  readonly playing: boolean;
  /** The text the running scenario was loaded from (steps included). */
  readonly guideSourceText: string;
  /** Loads the session's run at week 0; its problems ([] when it runs). */
  startGuidedRun(variant: string): Promise<readonly ScenarioProblem[]>;
  /** Plays until `week` is computed and pauses there; false when something else came first. */
  playTo(week: number): Promise<boolean>;
  /** Shows a computed week. */
  showWeek(week: number): void;
  /** A step's charts, made large ([] for the usual panel). */
  setLargeCharts(charts: readonly ChartRef[]): void;
  /** The two runs the debrief compares. */
  guideRuns(): Promise<GuideRuns>;
  /** Opens the compare page in a new tab: this run and `other` side by side, same seed, at the week on screen, on `metric`. */
  showBeside(other: string, metric: MetricKey): void;
}

/** A running session, as the launcher sees it. */
export interface SessionHandle {
  /** A week was drawn (reveal what the run has reached). */
  weekDrawn(): void;
  /** The text a shared link should carry during the session (the scenario with its steps), if not the running text. */
  shareText(): string | undefined;
  /** Stops everything the session started (its ensembles) and removes it. */
  destroy(): void;
}

export class GuideLauncher {
  private session: SessionHandle | undefined;
  private starting = false;
  private readonly offer: HTMLElement;
  private readonly status: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly summary: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly side: HTMLElement,
    private readonly app: GuideHost,
  ) {
    this.button = el('button', { type: 'button', class: 'primary', id: 'guide-start' }, 'Start guided session');
    this.button.addEventListener('click', () => void this.start());
    this.summary = el('p', { class: 'guide-offer-text' });
    this.offer = el('div', { class: 'guide-offer', role: 'group', 'aria-labelledby': 'guide-offer-title' }, el('h2', { class: 'panel-title', id: 'guide-offer-title' }, 'Guided session'), this.summary, this.button);
    this.status = el('p', { class: 'guide-status', role: 'status' });
    host.append(this.offer, this.status);
    this.offer.hidden = true;
  }

  /** A run was loaded: offer a session when its scenario has steps (a session in progress keeps its panel). */
  setRun(run: LoadedRun): void {
    if (this.session) return;
    const steps = run.guide?.steps.length ?? 0;
    this.offer.hidden = steps === 0;
    if (steps > 0) {
      this.summary.textContent = `Run this scenario with the room: it pauses by itself ${steps === 1 ? 'once' : `${steps} times`} with the charts that matter, a question and a prediction to make first, then a debrief.`;
    }
  }

  /** Starts the session (its code is loaded now). */
  async start(): Promise<void> {
    if (!this.app.run?.guide || this.session || this.starting) return;
    this.starting = true;
    this.button.disabled = true;
    this.status.textContent = 'Starting the guided session…';
    try {
      const { GuidedSession } = await import('./guided/session.ts');
      // Read after the wait: another scenario may have been picked meanwhile (its steps, then, and its text).
      const guide = this.app.run?.guide;
      if (!guide) {
        this.status.textContent = 'The scenario now running has no guided session.';
        return;
      }
      const source = this.app.guideSourceText;
      const problems = await this.app.startGuidedRun(guide.run ?? 'baseline');
      if (problems.length > 0) {
        this.status.textContent = `The session’s run could not start: ${problems[0].path}: ${problems[0].message}`;
        return;
      }
      this.offer.hidden = true;
      this.side.classList.add('guided');
      document.body.classList.add('guided-session');
      this.status.textContent = '';
      this.session = new GuidedSession(this.host, this.side, this.app, guide, source, () => this.end());
    } catch (error) {
      this.status.textContent = 'The guided session could not be loaded; reload the page to try again.';
      throw error;
    } finally {
      this.starting = false;
      this.button.disabled = false;
    }
  }

  /** Ends the session, if one runs (a message says why when it was not the trainer's choice). */
  end(message?: string): void {
    if (!this.session) return;
    this.session.destroy();
    this.session = undefined;
    this.side.classList.remove('guided', 'guide-tools');
    document.body.classList.remove('guided-session');
    this.app.setLargeCharts([]);
    const run = this.app.run;
    if (run) this.setRun(run);
    this.status.textContent = message ?? 'The guided session ended.';
    if (!message) this.button.focus();
  }

  weekDrawn(): void {
    this.session?.weekDrawn();
  }

  /** The text a shared link carries during a session, if not the running text. */
  shareText(): string | undefined {
    return this.session?.shareText();
  }

  /** Whether a session is running. */
  get active(): boolean {
    return this.session !== undefined;
  }
}
