/**
 * A person's story: the plain-language timeline from the simulation's
 * story(id) — who helped them, who did not, breaches, recognition, why they
 * left. Opens over the network; Escape or Close returns focus to where it was.
 */
import type { PersonStory } from '../../../sim/worker.ts';
import type { StoryKind } from '../../../sim/types.ts';
import { el } from '../../ui/dom.ts';

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

export class StoryPanel {
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly panel: HTMLElement) {
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  /** Shows a story as of a week, under a one-line summary of who the person is now. */
  open(story: PersonStory, asOfWeek: number, summary?: string): void {
    if (this.panel.hidden) this.returnFocus = document.activeElement as HTMLElement | null;
    const title = el('h2', { class: 'story-title', id: 'story-title', tabindex: -1 }, `${story.name}’s story`);
    const close = el('button', { type: 'button', class: 'small', 'aria-label': 'Close the story' }, 'Close');
    close.addEventListener('click', () => this.close());
    const entries = story.entries.filter((e) => e.week <= asOfWeek);
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
    const facts = summary ? el('p', { class: 'story-summary' }, summary) : '';
    this.panel.replaceChildren(el('div', { class: 'story-head' }, title, close), facts, list);
    this.panel.hidden = false;
    title.focus();
  }

  close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.panel.replaceChildren();
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }
}
