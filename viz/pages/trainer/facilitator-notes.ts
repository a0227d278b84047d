/**
 * The running scenario's purpose, its facilitator note (what to watch for,
 * questions for the room), the other runs the note compares (each opened
 * beside this run on the compare page) and, when it has a guided session, its
 * steps, as text.
 */
import type { Guide } from '../../../sim/scenario/guide-weeks.ts';
import { el } from '../../ui/dom.ts';

/** Fills the Notes tab for a scenario. */
export function showFacilitatorNotes(container: HTMLElement, name: string, description: string, note: string, guide?: Guide | null, beside: readonly HTMLElement[] = []): void {
  container.replaceChildren(
    el('h2', { class: 'panel-title' }, name),
    el('p', { class: 'notes-description' }, description || 'No description.'),
    el('h3', { class: 'notes-heading' }, 'For the facilitator'),
    el('p', { class: 'notes-text' }, note || 'This scenario has no facilitator note. Add one as "facilitatorNote" in the scenario.'),
  );
  if (beside.length > 0) container.append(el('h3', { class: 'notes-heading' }, 'Compare with this run'), el('div', { class: 'notes-beside' }, ...beside));
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
