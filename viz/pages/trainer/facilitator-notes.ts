/** The running scenario's purpose and its facilitator note (what to watch for, questions for the room), as text. */
import { el } from '../../ui/dom.ts';

/** Fills the Notes tab for a scenario. */
export function showFacilitatorNotes(container: HTMLElement, name: string, description: string, note: string): void {
  container.replaceChildren(
    el('h2', { class: 'panel-title' }, name),
    el('p', { class: 'notes-description' }, description || 'No description.'),
    el('h3', { class: 'notes-heading' }, 'For the facilitator'),
    el('p', { class: 'notes-text' }, note || 'This scenario has no facilitator note. Add one as "facilitatorNote" in the scenario.'),
  );
}
