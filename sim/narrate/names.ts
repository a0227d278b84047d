/**
 * Deterministic display names by person id, so logs and stories read like a
 * workplace ("Dana left — burnout"). The list is walked by a fixed permutation
 * (a multiplier coprime with its length), so the first ids all get different
 * names; later ids add an initial.
 */
const FIRST_NAMES = [
  'Dana', 'Alex', 'Sam', 'Priya', 'Jonas', 'Mei', 'Tariq', 'Lena', 'Omar', 'Grace', 'Ravi', 'Sofia', 'Kenji', 'Amara', 'Lucas',
  'Noor', 'Elena', 'Ben', 'Aisha', 'Marco', 'Hana', 'Diego', 'Freya', 'Kwame', 'Ines', 'Tom', 'Yara', 'Felix', 'Zoe', 'Arjun',
  'Chloe', 'Mateo', 'Leila', 'Nils', 'Asha', 'Hugo', 'Maya', 'Idris', 'Clara', 'Jin', 'Rosa', 'Emeka', 'Nina', 'Pavel', 'Lucy',
  'Sina', 'Oscar', 'Tessa', 'Ali', 'Vera', 'Kofi', 'Iris', 'Rahul', 'Ella', 'Bruno', 'Saoirse', 'Tomas', 'Anya', 'Malik', 'Julia',
  'Ken', 'Fatima', 'Leo', 'Ruth', 'Sami', 'Lina', 'Ezra', 'Ada', 'Karim', 'Mira', 'Pablo', 'Eva', 'Chen', 'Nadia', 'Jakob',
  'Alma', 'Theo', 'Zara', 'Ivan', 'Lea', 'Dev', 'Olga', 'Musa', 'Hanne', 'Luis', 'Keiko', 'Adam', 'Selin', 'Yusuf', 'Marta',
  'Finn', 'Rin', 'Gabriel', 'Amina', 'Erik', 'Paula', 'Kai', 'Lara', 'Rohan', 'Beth', 'Ayo',
] as const;
const INITIALS = 'ABCDEFGHJKLMNPRSTVWZ';

/**
 * The generated name of person `id` in a run whose luck is `luck` (engine/random.ts scenarioLuck): the luck picks
 * where in the permutation the run starts, so each scenario names its people differently at the same seed.
 */
export function generatedName(id: number, luck = 0): string {
  const n = FIRST_NAMES.length;
  const shift = (luck >>> 0) % n;
  const first = FIRST_NAMES[(id * 37 + 11 + shift) % n];
  const round = Math.floor(id / n);
  if (round === 0) return first;
  return `${first} ${INITIALS[(round - 1 + shift) % INITIALS.length]}.`;
}
