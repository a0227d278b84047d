/** The hover/focus card for a person: name, role, style, morale, tenure (text only). */
import { el } from '../ui/dom.ts';
import { percent, tenure } from '../ui/format.ts';

/** What the tooltip needs to know about a person. */
export interface TooltipPerson {
  readonly name: string;
  readonly leader: boolean;
  readonly style: string;
  readonly morale: number;
  readonly burnout: boolean;
  readonly tenureWeeks: number;
}

export class PersonTooltip {
  private readonly card: HTMLDivElement;

  constructor(private readonly container: HTMLElement) {
    this.card = el('div', { class: 'person-tooltip', 'aria-hidden': 'true', hidden: true });
    container.append(this.card);
  }

  private fill(person: TooltipPerson, teamName: string): void {
    const lines = [
      el('strong', {}, person.name),
      el('span', {}, `${person.leader ? 'Leader' : 'Member'}${teamName ? ` · ${teamName}` : ''}`),
      el('span', {}, `Style: ${person.style}`),
      el('span', {}, `Morale: ${percent(person.morale)}${person.burnout ? ' · burnt out' : ''}`),
      el('span', {}, `Tenure: ${tenure(person.tenureWeeks)}`),
      el('span', { class: 'hint' }, 'Click or Enter: their story'),
    ];
    this.card.replaceChildren(...lines);
    this.card.hidden = false;
  }

  /** Near the pointer. */
  show(person: TooltipPerson, teamName: string, event: PointerEvent): void {
    this.fill(person, teamName);
    const box = this.container.getBoundingClientRect();
    this.position(event.clientX - box.left, event.clientY - box.top, box.width, box.height);
  }

  /** Near a point in the view's coordinates (keyboard focus). */
  showAt(person: TooltipPerson, teamName: string, x: number, y: number, width: number, height: number): void {
    this.fill(person, teamName);
    const box = this.container.getBoundingClientRect();
    this.position((x / width) * box.width, (y / height) * box.height, box.width, box.height);
  }

  private position(x: number, y: number, width: number, height: number): void {
    const cardWidth = this.card.offsetWidth || 200;
    const cardHeight = this.card.offsetHeight || 120;
    const left = x + 16 + cardWidth > width ? x - 16 - cardWidth : x + 16;
    const top = Math.min(Math.max(4, y - cardHeight / 2), height - cardHeight - 4);
    this.card.style.left = `${Math.max(4, left)}px`;
    this.card.style.top = `${Math.max(4, top)}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }
}
