/**
 * Who left and why, from the run's log (the engine's own lines): people laid
 * off, and people who left of their own accord grouped by the main reason the
 * engine recorded. Pure (no DOM).
 */
import type { LogEntry, QuitCause } from '../../../../sim/types.ts';
import { weeksText } from './words.ts';

/** Each reason as it reads after "N people …" (the engine's log names it for each person). */
const REASONS: Record<QuitCause, [one: string, many: string]> = {
  contagion: ['followed close colleagues out', 'followed close colleagues out'],
  burnout: ['burnt out', 'burnt out'],
  morale: ['was disengaged', 'were disengaged'],
  leader: ['lost trust in the leader', 'lost trust in the leader'],
  belonging: ['never felt they belonged', 'never felt they belonged'],
  imbalance: ['walked away from one-sided relationships', 'walked away from one-sided relationships'],
  layoff: ['was laid off', 'were laid off'],
  'key-person': ['left as the key person', 'left as key people'],
};

const number = (n: number) => (n === 1 ? 'one' : String(n));

export interface Leavers {
  /** One sentence: how many were laid off, how many left and their main reasons. */
  readonly summary: string;
  /** The log lines of those who left of their own accord, oldest first. */
  readonly lines: readonly LogEntry[];
}

/** Who left in weeks `from`–`to` of the run, and why. */
export function leaversIn(log: readonly LogEntry[], from: number, to: number): Leavers {
  const inWindow = log.filter((e) => e.week >= from && e.week <= to);
  const quits = inWindow.filter((e) => e.kind === 'quit');
  const laidOff = inWindow.filter((e) => e.kind === 'layoff').length;
  const when = `In ${weeksText(from, to)} of the run you watched`;
  const parts: string[] = [];
  if (laidOff > 0) parts.push(`${number(laidOff)} ${laidOff === 1 ? 'person was' : 'people were'} let go`);
  if (quits.length === 0) {
    parts.push('nobody left of their own accord');
    return { summary: `${when}, ${parts.join(', and ')}.`, lines: [] };
  }
  const counts = new Map<QuitCause, number>();
  for (const q of quits) if (q.cause) counts.set(q.cause, (counts.get(q.cause) ?? 0) + 1);
  const reasons = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([cause, n]) => `${number(n)} ${REASONS[cause][n === 1 ? 0 : 1]}`);
  parts.push(`${number(quits.length)} ${quits.length === 1 ? 'person' : 'people'} left of their own accord`);
  return { summary: `${when}, ${parts.join(', and ')}: ${listWords(reasons)}.`, lines: quits };
}

/** "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
