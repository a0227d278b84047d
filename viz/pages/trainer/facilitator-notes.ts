/**
 * The running scenario's purpose, its facilitator note (what to watch for,
 * questions for the room) and, when it has a guided session, its steps, as text.
 */
import type { Guide } from '../../../sim/scenario/guide-weeks.ts';
import { el } from '../../ui/dom.ts';

/** Fills the Notes tab for a scenario. */
export function showFacilitatorNotes(container: HTMLElement, name: string, description: string, note: string, guide?: Guide | null): void {
  container.replaceChildren(
    el('h2', { class: 'panel-title' }, name),
    el('p', { class: 'notes-description' }, description || 'No description.'),
    el('h3', { class: 'notes-heading' }, 'For the facilitator'),
    el('p', { class: 'notes-text' }, note || 'This scenario has no facilitator note. Add one as "facilitatorNote" in the scenario.'),
  );
  if (!guide) return;
  container.append(
    el('h3', { class: 'notes-heading' }, 'The guided session’s steps'),
    el(
      'ol',
      { class: 'notes-steps' },
      ...guide.steps.map((step) => el('li', {}, el('strong', {}, `Week ${step.week}: ${step.title}. `), step.question)),
    ),
  );
}
