/** The claims of scenarios/growing-fast.json (labels describe engine 1.1.0). */
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
      label: 'assumption check',
      mechanisms: ['mentorship', 'belonging', 'quit hazard'],
      labelReason: 'A mentor tie adds to the belonging target directly, and belonging is a term of the newcomer’s quit hazard.',
    },
  ],
});
