/**
 * The match being shown: who plays whom, each round's moves (a mark and a
 * colour: cooperate or defect), and the totals, written out as text too.
 */
import { el } from '../../ui/dom.ts';
import type { MatchResult } from '../../../sim/game/match.ts';
import { STRATEGIES } from '../../../sim/game/strategies/index.ts';
import { lookOf } from './palette.ts';
import { formatScore } from './ring.ts';

const MAX_ROUNDS_SHOWN = 40;

function movesRow(who: string, moves: Uint8Array): HTMLElement {
  const cells = Array.from(moves.slice(0, MAX_ROUNDS_SHOWN), (m) => el('span', { class: m === 1 ? 'move cooperate' : 'move defect', 'aria-hidden': 'true' }, m === 1 ? 'C' : 'D'));
  const more = moves.length > MAX_ROUNDS_SHOWN ? el('span', { class: 'more' }, ` … ${moves.length - MAX_ROUNDS_SHOWN} more`) : '';
  const spoken = Array.from(moves, (m) => (m === 1 ? 'cooperate' : 'defect')).join(', ');
  return el('div', { class: 'moves-row' }, el('span', { class: 'moves-who' }, who), el('span', { class: 'moves' }, ...cells, more), el('span', { class: 'visually-hidden' }, `${who}: ${spoken}.`));
}

export class MatchPanel {
  constructor(private readonly container: HTMLElement) {
    this.clear('Press Play or Step to run a tournament: every player meets every other for a match of several rounds.');
  }

  clear(text: string): void {
    this.container.replaceChildren(el('p', { class: 'muted' }, text));
  }

  show(label: string, genes: Int32Array, a: number, b: number, result: MatchResult): void {
    const nameA = lookOf(STRATEGIES[genes[a]].key).short;
    const nameB = lookOf(STRATEGIES[genes[b]].key).short;
    const title = a === b ? `${nameA} against its twin` : `${nameA} vs ${nameB}`;
    this.container.replaceChildren(
      el('p', { class: 'match-title' }, el('strong', {}, title), ` · ${label}`),
      movesRow(nameA, result.movesA ?? new Uint8Array()),
      movesRow(a === b ? `${nameB} (twin)` : nameB, result.movesB ?? new Uint8Array()),
      el('p', { class: 'match-score' }, `${result.rounds} round${result.rounds === 1 ? '' : 's'}; score ${formatScore(result.scoreA)} to ${formatScore(result.scoreB)}`),
    );
  }
}
