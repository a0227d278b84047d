/** The claims of scenarios/growing-fast.json (labels describe engine 2). */
import { libraryEntry } from './entry.ts';

export const growingFast = libraryEntry({
  file: 'growing-fast.json',
  sections: [
    'The Power of Mentorship and Sponsorship',
    'Embedding Reciprocity into Organizational Values',
    'Creating an Inclusive Environment',
    'Hiring for Reciprocal Tendencies',
  ],
  facts: [10],
  claims: [
    {
      id: 'mentorship-early-exits',
      baseline: 'baseline',
      variant: 'mentors for newcomers',
      metric: 'early_exits',
      from: 1,
      to: 104,
      aggregate: 'sum',
      direction: 'lower',
      sentence: 'With mentors for newcomers, fewer people leave in their first six months over the two years.',
      label: 'emergent',
      mechanisms: ['mentorship', 'offering help', 'ties form and fade', 'belonging', 'job search'],
      labelReason: 'A mentor adds no belonging by decree: they help and introduce the newcomer to colleagues, and belonging comes from the trusted ties that builds.',
    },
  ],
});
