/** The claims of scenarios/silos.json (labels describe engine 2). */
import { libraryEntry } from './entry.ts';

export const silos = libraryEntry({
  file: 'silos.json',
  sections: [
    'Reciprocity Beyond the Immediate Team',
    'Creating Opportunities for Cross-Functional Collaboration',
    'The Power of Mentorship and Sponsorship',
  ],
  facts: [9],
  claims: [
    {
      id: 'projects-bridge-silos',
      baseline: 'baseline',
      variant: 'cross-functional projects',
      metric: 'cross_team_trust',
      from: 40,
      to: 52,
      aggregate: 'mean',
      direction: 'higher',
      sentence: 'Cross-functional projects build trust ties between the two teams: cross-team trust is higher by the last quarter (weeks 40–52).',
      label: 'emergent',
      mechanisms: ['ties form and fade', 'helping decision', 'exchange'],
      labelReason: 'Projects bring people from the two teams together; a tie forms only when the help asked for comes, and its trust grows with each exchange.',
    },
  ],
});
