/**
 * Element helpers for the compare page: the trainer page's builders (text
 * always goes in through text nodes, so nothing from a scenario is parsed as
 * HTML), plus a way to yield during long main-thread work.
 */
export { el, byId, prefersReducedMotion } from '../../ui/dom.ts';

/** Yields to the event loop so input and painting get a turn during long work on the main thread. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
