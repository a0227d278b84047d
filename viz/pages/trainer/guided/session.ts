/**
 * A guided session: the scenario's steps (its `guide`) run in order. The
 * introduction says what the scenario is about; Next plays the run to the
 * first step's week, where it pauses by itself, makes the step's charts large
 * and shows its question and the prediction to make first; the room's answer
 * is kept and revealed once the run gets there. After the last step comes the
 * debrief. Back returns to a step already seen (the run is not recomputed).
 * Loaded only when a session starts (guide-launcher.ts).
 */
import './guided.css';
import type { Guide } from '../../../../sim/scenario/guide-weeks.ts';
import type { GuideRuns } from '../../../../sim/worker.ts';
import { el } from '../../../ui/dom.ts';
import type { GuideHost, SessionHandle } from '../guide-launcher.ts';
import { DebriefEnsembles, DebriefView } from './debrief-view.ts';
import { revealPrediction, type RoomAnswer } from './predictions.ts';
import { introPage, pageHeading, PredictForm, revealBox, stepPage } from './step-view.ts';
import type { MetricKey } from '../../../../sim/metrics.ts';
import { besideButton } from '../beside.ts';
import { specOf, weeksText } from './words.ts';

type Page = { readonly kind: 'intro' } | { readonly kind: 'step'; readonly index: number } | { readonly kind: 'debrief' };

export class GuidedSession implements SessionHandle {
  private page: Page = { kind: 'intro' };
  private readonly answers = new Map<number, RoomAnswer>();
  /** The week the run is playing to, while Next waits for it. */
  private target: number | undefined;
  private readonly runs: Promise<GuideRuns>;
  private ensembles: DebriefEnsembles | undefined;
  private debriefView: DebriefView | undefined;
  private destroyed = false;
  private readonly root: HTMLElement;
  private readonly where: HTMLElement;
  private readonly body: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly tools: HTMLButtonElement;
  private readonly announcer: HTMLElement;
  /** Lever moves in the run when the session started (those made later are not in the debrief's futures). */
  private readonly eventsAtStart: number;

  constructor(
    private readonly host: HTMLElement,
    private readonly side: HTMLElement,
    private readonly app: GuideHost,
    private readonly guide: Guide,
    private readonly sourceText: string,
    private readonly onEnd: () => void,
  ) {
    this.runs = app.guideRuns();
    // Handled where it is used (the debrief); this keeps an early failure from being reported as unhandled.
    this.runs.catch(() => undefined);
    this.eventsAtStart = app.run?.events.length ?? 0;
    this.where = el('span', { class: 'guide-where' });
    this.tools = el('button', { type: 'button', class: 'small', id: 'guide-tools', 'aria-expanded': 'false' }, 'Levers and scenario');
    this.tools.addEventListener('click', () => this.toggleTools());
    const end = el('button', { type: 'button', class: 'small', id: 'guide-end' }, 'End session');
    end.addEventListener('click', () => this.onEnd());
    this.body = el('div', { class: 'guide-body' });
    this.back = el('button', { type: 'button', id: 'guide-back' }, 'Back');
    this.back.addEventListener('click', () => this.goBack());
    this.next = el('button', { type: 'button', class: 'primary', id: 'guide-next' }, 'Next');
    this.next.addEventListener('click', () => void this.goNext());
    this.announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.root = el(
      'section',
      { class: 'guide-panel', 'aria-labelledby': 'guide-title', id: 'guide-panel' },
      el('div', { class: 'guide-bar' }, el('h2', { class: 'panel-title', id: 'guide-title' }, 'Guided session'), this.where, this.tools, end),
      this.body,
      el('div', { class: 'guide-nav' }, this.back, this.next),
      this.announcer,
    );
    host.prepend(this.root);
    this.show({ kind: 'intro' }, true);
  }

  /** The scenario with its steps, for a link shared during the session (the running text lacks them when the session runs a variant). */
  shareText(): string | undefined {
    return (this.guide.run ?? 'baseline') === 'baseline' ? undefined : this.sourceText;
  }

  destroy(): void {
    this.destroyed = true;
    this.ensembles?.stop();
    this.root.remove();
  }

  /** A week was drawn: while playing to a step, say where the run is. */
  weekDrawn(): void {
    this.updateNav();
  }

  private get steps() {
    return this.guide.steps;
  }

  private get comparisonWords(): string {
    const d = this.guide.debrief;
    return d.comparison ?? (d.compareWith === 'baseline' ? 'the scenario as written' : `“${d.compareWith}”`);
  }

  /** The week a page is at. */
  private weekOf(page: Page): number {
    if (page.kind === 'intro') return 0;
    if (page.kind === 'step') return this.steps[page.index].week;
    return this.guide.debrief.to;
  }

  private following(page: Page): Page | undefined {
    if (page.kind === 'intro') return { kind: 'step', index: 0 };
    if (page.kind === 'step') return page.index + 1 < this.steps.length ? { kind: 'step', index: page.index + 1 } : { kind: 'debrief' };
    return undefined;
  }

  private preceding(page: Page): Page | undefined {
    if (page.kind === 'step') return page.index === 0 ? { kind: 'intro' } : { kind: 'step', index: page.index - 1 };
    if (page.kind === 'debrief') return { kind: 'step', index: this.steps.length - 1 };
    return undefined;
  }

  private async goNext(): Promise<void> {
    const page = this.following(this.page);
    if (!page || this.next.getAttribute('aria-disabled') === 'true') return;
    const week = this.weekOf(page);
    this.target = week;
    this.updateNav();
    const reached = await this.app.playTo(week);
    if (this.destroyed || this.target !== week) return;
    this.target = undefined;
    if (!reached) {
      this.updateNav();
      return;
    }
    this.show(page);
  }

  private goBack(): void {
    const page = this.preceding(this.page);
    if (!page) return;
    this.target = undefined;
    this.app.showWeek(this.weekOf(page));
    this.show(page);
  }

  private show(page: Page, quiet = false): void {
    this.page = page;
    this.side.classList.remove('guide-tools');
    this.tools.setAttribute('aria-expanded', 'false');
    this.tools.textContent = 'Levers and scenario';
    const content = this.render(page);
    this.body.replaceChildren(...content);
    this.body.scrollTop = 0;
    this.updateNav();
    const heading = this.body.querySelector<HTMLElement>('.guide-heading');
    if (!quiet) {
      heading?.focus({ preventScroll: true });
      this.announcer.textContent = page.kind === 'intro' ? '' : `Paused at week ${this.weekOf(page)}. ${heading?.textContent ?? ''}`;
    }
    // The debrief's futures start at the last step, so the room's discussion covers the wait.
    if (page.kind === 'debrief' || (page.kind === 'step' && page.index === this.steps.length - 1)) this.startEnsembles();
  }

  private render(page: Page): HTMLElement[] {
    const run = this.app.run;
    this.debriefView = undefined;
    if (page.kind === 'intro') {
      this.app.setLargeCharts([]);
      return introPage(run?.scenarioName ?? '', run?.description ?? '', this.guide, this.comparisonWords);
    }
    if (page.kind === 'step') {
      const step = this.steps[page.index];
      this.app.setLargeCharts(step.charts);
      // The previous step's prediction is revealed first, under the heading: it is what the room waited for.
      const [heading, ...text] = stepPage(step, page.index, this.steps.length);
      const out = [heading, ...this.revealOf(page.index - 1), ...text];
      if (step.predict) {
        const locked = (this.app.currentHistory?.latestWeek ?? 0) >= step.predict.week;
        const form = new PredictForm(step.predict, step.week, `guide-predict-${page.index}`, this.answers.get(page.index), (answer) => this.keep(page.index, answer), locked);
        out.push(form.element, ...this.revealOf(page.index, 'What the run showed'));
      }
      out.push(this.beside(step.charts[0].metric, step.week));
      return out;
    }
    this.app.setLargeCharts([{ metric: this.guide.debrief.metric }]);
    const history = this.app.currentHistory;
    this.debriefView = new DebriefView({
      debrief: this.guide.debrief,
      ensembles: this.startEnsembles(),
      log: history?.log ?? [],
      series: history?.series(this.guide.debrief.metric) ?? new Float64Array(),
      leaversFrom: Math.min(this.steps[0].week, this.guide.debrief.from),
      leverMoves: (run?.events.length ?? 0) - this.eventsAtStart,
    });
    const { debrief } = this.guide;
    return [
      pageHeading(`Debrief · ${weeksText(debrief.from, debrief.to)}`),
      ...this.revealOf(this.steps.length - 1),
      this.debriefView.element,
      this.beside(debrief.metric, debrief.to),
      this.predictionsRecap(),
    ];
  }

  /** "Show ‹the comparison› beside this run": the compare page in a new tab, at this page's week, on `metric`. */
  private beside(metric: MetricKey, week: number): HTMLElement {
    const other = this.guide.debrief.compareWith;
    return besideButton(other, `Opens the compare page in a new tab: the two runs side by side at week ${week}, with the same people and luck, on ${specOf(metric).label}.`, () =>
      this.app.showBeside(other, metric),
    );
  }

  private keep(index: number, answer: RoomAnswer | undefined): void {
    if (answer) this.answers.set(index, answer);
    else this.answers.delete(index);
  }

  /** The reveal of step `index`'s prediction, once the run has reached its week. */
  private revealOf(index: number, title?: string): HTMLElement[] {
    const step = this.steps[index];
    const history = this.app.currentHistory;
    if (!step?.predict || !history) return [];
    const unit = step.predict.team === undefined ? history.orgUnit : history.run.teamNames.indexOf(step.predict.team);
    if (unit < 0) return [];
    const reveal = revealPrediction(step.predict, step.week, history.series(step.predict.metric, unit), this.answers.get(index));
    return reveal ? [revealBox(title ?? `The room’s prediction at step ${index + 1}`, reveal)] : [];
  }

  private predictionsRecap(): HTMLElement {
    const items = this.steps.flatMap((step, i) => {
      const box = this.revealOf(i, `Step ${i + 1}: ${step.title}`);
      return box.length > 0 ? [el('li', {}, ...box)] : [];
    });
    return el('div', { class: 'guide-recap' }, el('h4', { class: 'guide-subheading' }, 'The room’s predictions'), items.length > 0 ? el('ul', {}, ...items) : el('p', {}, 'No predictions were asked for.'));
  }

  private startEnsembles(): DebriefEnsembles {
    if (!this.ensembles) {
      this.ensembles = new DebriefEnsembles(this.runs, this.guide.debrief, this.app.run?.seed ?? 1, this.comparisonWords, () => {
        if (this.destroyed) return;
        this.debriefView?.update();
        if (this.page.kind === 'debrief' && this.ensembles?.comparison.state === 'done' && this.ensembles.levers.state === 'done') this.announcer.textContent = 'The debrief is ready.';
      });
    }
    return this.ensembles;
  }

  private toggleTools(): void {
    const open = this.side.classList.toggle('guide-tools');
    this.tools.setAttribute('aria-expanded', String(open));
    this.tools.textContent = open ? 'Back to the session' : 'Levers and scenario';
    if (open) this.side.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  /** The bar's "where" and the Back and Next buttons, for the page and what the run is doing. */
  private updateNav(): void {
    const history = this.app.currentHistory;
    const latest = history?.latestWeek ?? 0;
    const page = this.page;
    const label = page.kind === 'intro' ? 'Introduction' : page.kind === 'step' ? `Step ${page.index + 1} of ${this.steps.length}` : 'Debrief';
    const where = `${label} · week ${latest}`;
    if (this.where.textContent !== where) this.where.textContent = where;
    this.back.hidden = page.kind === 'intro';
    const following = this.following(page);
    this.next.hidden = following === undefined;
    if (!following) return;
    const week = this.weekOf(following);
    const what = following.kind === 'step' ? `step ${following.index + 1}` : 'the debrief';
    let text: string;
    if (this.target !== undefined && this.app.playing) text = `Playing to week ${week}…`;
    else if (latest >= week) text = `Next: ${what} (week ${week})`;
    else text = `Play to week ${week} (${what})`;
    if (this.next.textContent !== text) this.next.textContent = text;
    // aria-disabled, not disabled: the button keeps the focus while the run plays to the next step.
    const busy = String(this.target !== undefined && this.app.playing);
    if (this.next.getAttribute('aria-disabled') !== busy) this.next.setAttribute('aria-disabled', busy);
  }
}
