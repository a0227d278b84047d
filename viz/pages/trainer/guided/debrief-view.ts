/**
 * The debrief: the ensembles behind it (started once, when the session reaches
 * its last step, so the room's discussion covers the wait) and the page that
 * says what they showed, the run the room watched, who left and why, and
 * which lever would have mattered most.
 */
import { windowValue } from '../../../../sim/analysis/paired.ts';
import { isFlow, type Debrief } from '../../../../sim/scenario/guide-weeks.ts';
import type { LogEntry } from '../../../../sim/types.ts';
import type { GuideRuns } from '../../../../sim/worker.ts';
import { el } from '../../../ui/dom.ts';
import { EnsembleCancelled, type EnsembleProgress } from '../../compare/ensemble/scheduler.ts';
import { compareRuns, leverFutures, rankLevers, type LeverEffect, type Pending } from './debrief-ensemble.ts';
import { debriefText, type DebriefSummary } from './debrief-text.ts';
import { leaversIn } from './leavers.ts';
import { leverText } from './lever-text.ts';
import { formatValue, measureText } from './words.ts';

/** Log lines listed by name; the rest are counted (the event log has them all). */
const LISTED_LEAVERS = 12;

type Outcome<T> = { readonly state: 'running'; readonly progress?: EnsembleProgress } | { readonly state: 'done'; readonly value: T } | { readonly state: 'failed'; readonly message: string };

/** The two ensembles of a debrief, run one after the other, and who is told when they move on. */
export class DebriefEnsembles {
  comparison: Outcome<DebriefSummary> = { state: 'running' };
  levers: Outcome<LeverEffect[]> = { state: 'running' };
  private job: Pending<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly runs: Promise<GuideRuns>,
    private readonly debrief: Debrief,
    private readonly seed: number,
    private readonly comparisonWords: string,
    private readonly changed: () => void,
  ) {
    void this.run();
  }

  private async run(): Promise<void> {
    let runs: GuideRuns;
    try {
      runs = await this.runs;
    } catch (error) {
      this.comparison = this.levers = { state: 'failed', message: messageOf(error) };
      this.changed();
      return;
    }
    this.comparison = await this.follow(
      compareRuns(runs, this.debrief, this.seed, this.comparisonWords, (progress) => this.progress('comparison', progress)),
    );
    this.changed();
    if (this.stopped) return;
    this.levers = await this.follow(rankLevers(runs.run, this.debrief, this.seed, (progress) => this.progress('levers', progress)));
    this.changed();
  }

  private progress(which: 'comparison' | 'levers', progress: EnsembleProgress): void {
    this[which] = { state: 'running', progress };
    this.changed();
  }

  private async follow<T>(pending: Pending<T>): Promise<Outcome<T>> {
    this.job = pending;
    try {
      return { state: 'done', value: await pending.result };
    } catch (error) {
      return { state: 'failed', message: error instanceof EnsembleCancelled ? 'cancelled' : messageOf(error) };
    }
  }

  /** Stops the ensemble in progress (the session ended). */
  stop(): void {
    this.stopped = true;
    this.job?.cancel();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function progressText(what: string, outcome: Outcome<unknown>): string {
  if (outcome.state === 'failed') return `The futures could not be computed (${outcome.message}).`;
  const p = outcome.state === 'running' ? outcome.progress : undefined;
  return p ? `Running ${what}: ${p.done} of ${p.total} runs…` : `Running ${what}…`;
}

/** What the debrief page needs from the session. */
export interface DebriefContext {
  readonly debrief: Debrief;
  readonly ensembles: DebriefEnsembles;
  /** The run the room watched: its log and its weekly values of the debrief's metric (organisation). */
  readonly log: readonly LogEntry[];
  readonly series: Float64Array;
  /** First week of "who left": the first step's week, or the debrief's first week when earlier (its window's leavers all listed). */
  readonly leaversFrom: number;
  /** Lever moves made during the session (they are not in the futures). */
  readonly leverMoves: number;
}

/** The debrief's sections, updated in place as the ensembles finish. */
export class DebriefView {
  readonly element: HTMLElement;
  private readonly futures: HTMLElement;
  private readonly levers: HTMLElement;

  constructor(private readonly context: DebriefContext) {
    const { debrief } = context;
    // Not live regions: progress changes with every batch of runs; the session announces when the debrief is ready.
    this.futures = el('div', { class: 'guide-futures' });
    this.levers = el('div', { class: 'guide-levers' });
    this.element = el(
      'div',
      { class: 'guide-debrief' },
      el('h4', { class: 'guide-subheading' }, `Across ${debrief.runs} futures`),
      this.futures,
      el('h4', { class: 'guide-subheading' }, 'In the run you watched'),
      ...this.watched(),
      el('h4', { class: 'guide-subheading' }, 'Which lever would have mattered most'),
      this.levers,
    );
    this.update();
  }

  private watched(): HTMLElement[] {
    const { debrief, series, log, leaversFrom } = this.context;
    const measured = measureText(debrief.metric, debrief.from, debrief.to);
    const sum = isFlow(debrief.metric);
    const value = formatValue(debrief.metric, windowValue(series, debrief.from, debrief.to, sum), sum);
    const leavers = leaversIn(log, leaversFrom, debrief.to);
    const listed = leavers.lines.slice(-LISTED_LEAVERS);
    const more = leavers.lines.length - listed.length;
    return [
      el('p', {}, `${capitalise(measured)}: ${value}.`),
      el('p', {}, leavers.summary),
      ...(listed.length > 0
        ? [
            el(
              'ul',
              { class: 'guide-leavers' },
              ...listed.map((entry) => el('li', {}, el('span', { class: 'event-week' }, `week ${entry.week}`), ' ', entry.text)),
              ...(more > 0 ? [el('li', { class: 'guide-more' }, `and ${more} earlier (the event log has them all)`)] : []),
            ),
          ]
        : []),
    ];
  }

  /** Shows the ensembles' progress or results. */
  update(): void {
    const { comparison, levers } = this.context.ensembles;
    const { debrief, leverMoves } = this.context;
    if (comparison.state === 'done') {
      const text = debriefText(comparison.value);
      const note = leverMoves > 0 ? [el('p', { class: 'guide-note' }, 'These futures run the scenario as written: the levers moved during the session are not in them.')] : [];
      this.futures.replaceChildren(el('p', { class: 'guide-headline' }, text.headline), el('p', {}, text.verdictText), ...note);
      this.futures.dataset.verdict = text.verdict;
    } else {
      this.futures.replaceChildren(el('p', { class: 'guide-progress' }, progressText(`${debrief.runs} futures of each run`, comparison)));
    }
    if (levers.state === 'done') {
      const text = leverText(levers.value, debrief.metric, debrief.from, debrief.to, leverFutures(debrief.runs));
      this.levers.replaceChildren(el('p', {}, text.text));
      this.levers.dataset.done = 'true';
    } else {
      const waiting = comparison.state === 'running' ? 'Waiting for the futures above…' : progressText('every lever at its lowest and its highest', levers);
      this.levers.replaceChildren(el('p', { class: 'guide-progress' }, waiting));
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
