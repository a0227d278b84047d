/**
 * The reciprocity styles, in the order the engine codes them (0…3). Kept apart
 * from the schema so the engine can name styles without loading zod: the CLI's
 * worker threads bundle only the engine, and start faster for it.
 */
export const STYLES = ['giver', 'matcher', 'taker', 'reputation'] as const;
export type Style = (typeof STYLES)[number];
