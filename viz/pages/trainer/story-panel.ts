/**
 * A person's story: the plain-language timeline from the simulation's
 * story(id) — who helped them, who did not, breaches, recognition, why they
 * left — under a chart of their morale (with trust in the leader and energy)
 * and the main rises and falls of it with what went with them, all computed
 * by the worker (sim/story/). Opens over the network, also for someone who
 * has left; Escape or Close returns focus to where it was.
 */
import type { PersonStory } from '../../../sim/worker.ts';
import type { StoryKind } from '../../../sim/types.ts';
import { el } from '../../ui/dom.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import { FittedChart } from '../../charts/fitted-chart.ts';
import { percent } from '../../ui/format.ts';
import { standingLine, turnWords } from './story-words.ts';

const KIND_LABELS: Record<StoryKind, string> = {
  joined: 'Joined',
  helped: 'Helped',
  'was-helped': 'Was helped',
  refused: 'Refused',
  'was-refused': 'Was refused',
  recognised: 'Recognised',
  breach: 'Breach',
  withdrew: 'Withdrew',
  conflict: 'Conflict',
  repaired: 'Repaired',
  burnout: 'Burnout',
  'colleague-left': 'Colleague left',
  mentored: 'Mentored',
  looking: 'Started looking',
  left: 'Left',
};

const LINES = [
  { key: 'morale', label: 'Morale', colour: OKABE_ITO.blue },
  { key: 'trustInLeader', label: 'Trust in the leader', colour: OKABE_ITO.green, dash: '6 3' },
  { key: 'energy', label: 'Energy', colour: OKABE_ITO.orange, dash: '2 2' },
] as const;

export class StoryPanel {
  private returnFocus: HTMLElement | null = null;
  private chart: FittedChart | null = null;

  constructor(private readonly panel: HTMLElement) {
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  /** Shows a story as of a week, under a one-line summary of who the person is now (or when they left). */
  open(story: PersonStory, asOfWeek: number, summary?: string): void {
    if (this.panel.hidden) this.returnFocus = document.activeElement as HTMLElement | null;
    this.chart?.dispose();
    this.chart = null;
    const title = el('h2', { class: 'story-title', id: 'story-title', tabindex: -1 }, `${story.name}’s story`);
    const close = el('button', { type: 'button', class: 'small', 'aria-label': 'Close the story' }, 'Close');
    close.addEventListener('click', () => this.close());
    const entries = story.entries.filter((e) => e.week <= asOfWeek);
    const left = entries.find((e) => e.kind === 'left');
    const list =
      entries.length === 0
        ? el('p', { class: 'story-empty' }, `Nothing notable has happened to ${story.name} yet (to week ${asOfWeek}).`)
        : el(
            'ol',
            { class: 'story-list' },
            ...entries.map((entry) =>
              el(
                'li',
                { class: `story-entry story-${entry.kind}` },
                el('span', { class: 'story-week' }, `week ${entry.week}`),
                el('span', { class: 'story-kind' }, KIND_LABELS[entry.kind] ?? entry.kind),
                el('span', { class: 'story-text' }, entry.text),
              ),
            ),
          );
    this.panel.setAttribute('aria-labelledby', title.id);
    const facts = summary ?? (left ? `Left in week ${left.week}.` : '');
    this.panel.replaceChildren(
      el('div', { class: 'story-head' }, title, close),
      facts ? el('p', { class: 'story-summary' }, facts) : '',
      ...this.moraleSection(story, left?.week),
      el('h3', { class: 'story-subtitle' }, 'What happened to them'),
      list,
    );
    this.panel.hidden = false;
    title.focus();
  }

  /** The morale chart and its ups and downs in words (nothing when the worker has no record of them). */
  private moraleSection(story: PersonStory, leftWeek: number | undefined): HTMLElement[] {
    const weeks = story.weeks;
    if (!weeks || weeks.morale.length === 0) return [];
    const lastWeek = weeks.fromWeek + weeks.morale.length - 1;
    const host = el('div', { class: 'chart-host story-chart' });
    const legend = el('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, ...LINES.map((l) => {
      const swatch = el('span', { class: `swatch swatch-${'dash' in l ? 'dash' : 'line'}` });
      swatch.style.setProperty('--swatch', l.colour);
      return el('li', {}, swatch, l.label);
    }));
    const words = turnWords(story);
    const section = [
      el('h3', { class: 'story-subtitle' }, 'Morale over time'),
      legend,
      host,
      el('p', { class: 'story-standing' }, standingLine(story, leftWeek)),
      ...(words.length > 0
        ? [
            el(
              'ol',
              { class: 'story-turns' },
              ...words.map((turn) => el('li', {}, el('strong', {}, turn.head), el('ul', {}, ...turn.reasons.map((r) => el('li', {}, r))))),
            ),
          ]
        : []),
    ];
    // Drawn once the panel is on screen (the chart takes its size from it).
    requestAnimationFrame(() => {
      if (!host.isConnected) return;
      const chart = new FittedChart(host, [360, 150]);
      this.chart = chart;
      const total = Math.max(1, lastWeek);
      const series = (values: ArrayLike<number>) => {
        // Index i is week i + 1; weeks before the person's first are gaps.
        const out = new Float64Array(total).fill(NaN);
        for (let i = 0; i < values.length; i++) if (weeks.fromWeek + i >= 1) out[weeks.fromWeek + i - 1] = values[i];
        return out;
      };
      const turnBand = new Float64Array(total).fill(NaN);
      const turnTop = new Float64Array(total).fill(NaN);
      for (const turn of story.turns) {
        for (let w = Math.max(1, turn.from); w <= turn.to; w++) {
          turnBand[w - 1] = 0;
          turnTop[w - 1] = 1;
        }
      }
      chart.render({
        totalWeeks: total,
        lines: LINES.map((l) => ({ label: l.label, colour: l.colour, dash: 'dash' in l ? l.dash : undefined, values: series(weeks[l.key]) })),
        bands: [{ lo: turnBand, hi: turnTop, colour: '#888888', opacity: 0.12 }],
        left: { domain: [0, 1], format: (v) => percent(v), ticks: 4 },
        summary: `${story.name}’s morale from week ${weeks.fromWeek} to week ${lastWeek}: ${percent(weeks.morale[0])} to ${percent(weeks.morale[weeks.morale.length - 1])}.`,
      });
    });
    return section;
  }

  close(): void {
    if (this.panel.hidden) return;
    this.chart?.dispose();
    this.chart = null;
    this.panel.hidden = true;
    this.panel.replaceChildren();
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }
}
