/**
 * The rules a visitor can change: rounds per match, mistakes, the four
 * payoffs and how many are replaced each generation (applied from the next
 * generation on), and the starting population (applied on "Start again").
 * Every control is a labelled native input, so keyboards and screen readers
 * work as they do everywhere.
 */
import { el } from '../../ui/dom.ts';
import { STRATEGIES } from '../../../sim/game/strategies/index.ts';
import { lookOf } from './palette.ts';

export interface PageRules {
  rounds: number;
  /** 0–0.5. */
  mistakes: number;
  reward: number;
  temptation: number;
  sucker: number;
  punishment: number;
  replaced: number;
}

interface Slider {
  readonly key: keyof PageRules;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly help: string;
  readonly show: (v: number) => string;
}

const SLIDERS: readonly Slider[] = [
  { key: 'rounds', label: 'Rounds per match', min: 1, max: 20, step: 1, help: 'How often the same two meet in a match.', show: String },
  { key: 'mistakes', label: 'Mistakes', min: 0, max: 0.5, step: 0.01, help: 'Chance that a move comes out the other way.', show: (v) => `${Math.round(v * 100)}%` },
  { key: 'reward', label: 'Both cooperate (R)', min: -5, max: 5, step: 1, help: 'What each gets when both cooperate.', show: signed },
  { key: 'temptation', label: 'Cheat a cooperator (T)', min: -5, max: 5, step: 1, help: 'What a cheat gets from a cooperator.', show: signed },
  { key: 'sucker', label: 'Cheated (S)', min: -5, max: 5, step: 1, help: 'What a cooperator gets from a cheat.', show: signed },
  { key: 'punishment', label: 'Both cheat (P)', min: -5, max: 5, step: 1, help: 'What each gets when both cheat.', show: signed },
  { key: 'replaced', label: 'Replaced each generation', min: 0, max: 12, step: 1, help: 'The lowest scorers replaced by copies of the highest.', show: String },
];

function signed(v: number): string {
  return v > 0 ? `+${v}` : String(v);
}

/** The most players the page plays with (a round robin of 100 is 4,950 matches a generation). */
export const MAX_PLAYERS = 100;

export class RulesPanel {
  private readonly inputs = new Map<keyof PageRules, HTMLInputElement>();
  private readonly outputs = new Map<keyof PageRules, HTMLOutputElement>();
  private readonly counts = new Map<string, HTMLInputElement>();
  private readonly total: HTMLElement;

  constructor(
    container: HTMLElement,
    private readonly onRules: (rules: PageRules) => void,
    private readonly onPopulation: (counts: Record<string, number>) => void,
  ) {
    const sliders = el('div', { class: 'sliders' });
    for (const s of SLIDERS) {
      const id = `rule-${s.key}`;
      const input = el('input', { id, type: 'range', min: s.min, max: s.max, step: s.step, 'aria-describedby': `${id}-help` });
      const output = el('output', { for: id, class: 'rule-value' });
      input.addEventListener('input', () => this.echo(s.key));
      input.addEventListener('change', () => this.onRules(this.rules()));
      this.inputs.set(s.key, input);
      this.outputs.set(s.key, output);
      sliders.append(el('div', { class: 'slider' }, el('label', { for: id }, s.label), output, input, el('span', { id: `${id}-help`, class: 'help' }, s.help)));
    }
    const people = el('fieldset', { class: 'population' }, el('legend', {}, 'Who starts'));
    for (const strategy of STRATEGIES) {
      const look = lookOf(strategy.key);
      const id = `count-${strategy.key}`;
      const input = el('input', { id, type: 'number', min: 0, max: MAX_PLAYERS, step: 1, inputmode: 'numeric' });
      input.addEventListener('input', () => this.updateTotal());
      this.counts.set(strategy.key, input);
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' }, look.mark);
      // Through the CSSOM: the page's Content-Security-Policy allows no inline style attributes.
      swatch.style.background = look.fill;
      swatch.style.color = look.ink;
      people.append(el('div', { class: 'count' }, swatch, el('label', { for: id, title: strategy.description }, look.short), input));
    }
    this.total = el('p', { class: 'population-total', 'aria-live': 'polite' });
    const apply = el('button', { type: 'button', id: 'apply-population' }, 'Start again with these players');
    apply.addEventListener('click', () => this.onPopulation(this.population()));
    people.append(this.total, apply);
    container.replaceChildren(sliders, people);
  }

  private echo(key: keyof PageRules): void {
    const s = SLIDERS.find((x) => x.key === key)!;
    const value = Number(this.inputs.get(key)!.value);
    this.outputs.get(key)!.textContent = s.show(value);
    this.inputs.get(key)!.setAttribute('aria-valuetext', s.show(value));
  }

  private updateTotal(): void {
    const n = Object.values(this.population()).reduce((a, b) => a + b, 0);
    this.total.textContent = `${n} player${n === 1 ? '' : 's'} (2 to ${MAX_PLAYERS})`;
  }

  /** Shows these rules and this population. */
  set(rules: PageRules, population: Record<string, number>): void {
    const players = Object.values(population).reduce((a, b) => a + b, 0);
    this.inputs.get('replaced')!.max = String(Math.floor(players / 2));
    for (const [key, input] of this.inputs) {
      input.value = String(rules[key]);
      this.echo(key);
    }
    for (const [key, input] of this.counts) input.value = String(population[key] ?? 0);
    this.updateTotal();
  }

  rules(): PageRules {
    const value = (key: keyof PageRules) => Number(this.inputs.get(key)!.value);
    return {
      rounds: value('rounds'),
      mistakes: value('mistakes'),
      reward: value('reward'),
      temptation: value('temptation'),
      sucker: value('sucker'),
      punishment: value('punishment'),
      replaced: value('replaced'),
    };
  }

  population(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, input] of this.counts) {
      const v = Math.floor(Number(input.value));
      out[key] = Number.isFinite(v) && v > 0 ? v : 0;
    }
    return out;
  }
}
