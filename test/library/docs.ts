/**
 * Renders docs/library.md, the trainer-facing index of the scenario library,
 * from the scenario files and the claims table, so the index always says what
 * the files contain and what the tests check.
 */
import { LIBRARY } from './claims.ts';
import { loadScenario } from './library.ts';

export const LIBRARY_DOC_PATH = 'docs/library.md';

const FACTS: Record<number, string> = {
  1: 'More (and fairer) recognition → higher morale, lower turnover',
  2: 'One credit-taking breach → trust in the leader drops fast and recovers slowly',
  3: 'A taker-heavy team without protection → givers burn out and leave first',
  4: 'Exits cluster (turnover contagion)',
  5: 'Higher psychological safety → more help asked for, more repair, less withdrawal',
  6: 'Hiring for reciprocity and socialisation keep a culture stable',
  7: 'Workload protection lowers burnout and turnover, at some short-term cost in output',
  8: 'Leader mediation shortens peer conflicts',
  9: 'Cross-functional projects create trust ties between teams',
  10: 'Mentorship lowers early-tenure exits',
  11: 'Surveys in low-safety teams look better than the truth',
  12: 'Customer loyalty follows frontline morale, lagged',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderLibraryDoc(): string {
  const out: string[] = [];
  out.push('<!-- Generated from scenarios/*.json and test/library/claims.ts by `UPDATE_LIBRARY_DOC=1 npx vitest run test/library/docs.test.ts`. Do not edit by hand: a test fails when it is stale. -->');
  out.push('# The scenario library');
  out.push('');
  out.push('Each scenario is a teaching case: a team, a story on a timeline, and variants that change one thing so the room can');
  out.push('compare runs with the same people and the same luck. Open a scenario in the app’s picker, or run it headless with the CLI.');
  out.push('');
  out.push('Every contrast listed under “What it shows” is a tested claim: over many seeds, with the same seeds for both runs');
  out.push('(common random numbers), the difference between the two runs has the stated sign with a 95% confidence interval that');
  out.push('excludes zero (see `test/library/`). Figures are organisation-wide unless a team is named; “weeks 26–39” means the');
  out.push('average (or total, for counts) over those weeks.');
  out.push('');
  out.push('The default scenario, **A healthy team of twelve** (`healthy-team.json`), is the reference point for all of them.');
  out.push('');
  out.push('| Scenario | File | Purpose |');
  out.push('|---|---|---|');
  for (const entry of LIBRARY) {
    const s = loadScenario(entry.file);
    out.push(`| [${cell(s.name)}](#${anchor(s.name)}) | \`${entry.file}\` | ${cell(s.description)} |`);
  }
  out.push('');
  for (const entry of LIBRARY) {
    const s = loadScenario(entry.file);
    out.push(`## ${s.name}`);
    out.push('');
    out.push(`\`scenarios/${entry.file}\` · ${s.weeks} weeks · ${s.teams.map((t) => `${t.name} (${t.size + 1})`).join(', ')}`);
    out.push('');
    out.push(`**Purpose.** ${s.description}`);
    out.push('');
    out.push(`**Essay sections.** ${entry.sections.map((x) => `“${x}”`).join('; ')}.`);
    out.push('');
    out.push(`**Stylized facts.** ${entry.facts.map((f) => `${f}. ${FACTS[f]}`).join('; ')}.`);
    out.push('');
    out.push('**Runs.**');
    out.push('');
    out.push(`- \`baseline\`: the scenario as written.`);
    for (const v of s.variants) out.push(`- \`${v.name}\`: ${v.description ?? ''}`);
    out.push('');
    out.push('**What it shows (tested).**');
    out.push('');
    for (const c of entry.claims) {
      out.push(`- ${c.sentence} _(\`${c.variant}\` vs \`${c.baseline}\`: ${c.metric}${c.minus ? ` − ${c.minus}` : ''}${c.unit ? ` of ${c.unit}` : ''}, ${c.aggregate === 'sum' ? 'total' : 'mean'} over weeks ${c.from}–${c.to}, ${c.direction})_`);
    }
    out.push('');
    out.push('**Facilitator note.**');
    out.push('');
    out.push(`> ${s.facilitatorNote ?? ''}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** GitHub-style heading anchor. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
