/** The chart's numbers as a table (players of each strategy per generation), for reading exactly or with a screen reader. */
import { el } from '../../ui/dom.ts';
import { STRATEGIES } from '../../../sim/game/strategies/index.ts';
import { lookOf } from './palette.ts';

/** The most recent generations shown (the chart has them all). */
const ROWS = 30;

export class NumbersTable {
  constructor(private readonly container: HTMLElement) {}

  draw(history: readonly number[][]): void {
    const present = STRATEGIES.map((_s, i) => i).filter((i) => history.some((counts) => counts[i] > 0));
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Generation'), ...present.map((i) => el('th', { scope: 'col' }, lookOf(STRATEGIES[i].key).short)));
    const from = Math.max(0, history.length - ROWS);
    const rows = history.slice(from).map((counts, k) => el('tr', {}, el('th', { scope: 'row' }, String(from + k + 1)), ...present.map((i) => el('td', {}, String(counts[i])))));
    const note = from > 0 ? el('p', { class: 'muted' }, `The last ${ROWS} of ${history.length} generations.`) : '';
    this.container.replaceChildren(note, el('table', { class: 'numbers-table' }, el('caption', { class: 'visually-hidden' }, 'Players of each strategy by generation'), el('thead', {}, head), el('tbody', {}, ...rows)));
  }
}
