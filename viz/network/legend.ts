/** The network's legend: morale colour ramp (viridis), leader, burnout marker, trust line weight. */
import { el } from '../ui/dom.ts';
import { moraleColour } from '../ui/format.ts';

/** Adds the legend to the container (HTML, so it reflows and scales with presenter mode). */
export function renderNetworkLegend(container: HTMLElement, aggregate: boolean): void {
  const ramp = el('span', { class: 'legend-ramp', 'aria-hidden': 'true' });
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => `${moraleColour(t)} ${t * 100}%`).join(', ');
  ramp.style.setProperty('background', `linear-gradient(to right, ${stops})`);
  const items = [
    el('li', {}, el('span', {}, 'Morale'), el('span', { class: 'legend-end' }, 'low'), ramp, el('span', { class: 'legend-end' }, 'high')),
  ];
  if (aggregate) {
    items.push(el('li', {}, 'Circle size: headcount; each circle is a team (too many people to draw one by one)'));
  } else {
    items.push(
      el('li', {}, el('span', { class: 'legend-leader', 'aria-hidden': 'true' }), 'Leader'),
      el('li', {}, el('span', { class: 'legend-burnout', 'aria-hidden': 'true' }, '▲'), 'Burnt out'),
      el('li', {}, el('span', { class: 'legend-tie', 'aria-hidden': 'true' }), 'Thicker line: more trust'),
    );
  }
  container.replaceChildren(el('ul', { class: 'network-legend', 'aria-label': 'Legend' }, ...items));
}
