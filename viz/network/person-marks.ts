/**
 * How people are drawn on the network's canvas, shared by the page
 * (paint.ts, where no worker can paint) and the network painter
 * worker (painter-worker.ts): from a packed array, one row per
 * person, so a worker receives it without copying objects. Members are
 * circles with a white edge, leaders ringed squares, burnout a white
 * triangle at the top right; people fading in or out are drawn one by one at
 * their opacity, the others batched (one path and fill per colour, one for the
 * leaders' rings, one for the burnout badges).
 */

/** Numbers per person in a packed array: x, y (CSS pixels), colour index, opacity (0–1), flags. */
export const PERSON_FIELDS = 5;
export const FLAG_LEADER = 2;
export const FLAG_BURNOUT = 1;

/** The burnout triangle (d3's symbolTriangle of area 70, as the SVG drew it), relative to its centre. */
const TRIANGLE_Y = -Math.sqrt(70 / (Math.sqrt(3) * 3));
const TRIANGLE: readonly [number, number][] = [
  [0, TRIANGLE_Y * 2],
  [-Math.sqrt(3) * TRIANGLE_Y, -TRIANGLE_Y],
  [Math.sqrt(3) * TRIANGLE_Y, -TRIANGLE_Y],
];
export const INK = '#1b1b1f';

/** What drawing people needs of a 2D context (on screen or off). */
type Context2D = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'rect' | 'closePath' | 'fill' | 'stroke' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha'
>;

/** Draws the packed people (`colours[i]` is colour index i) at dot radius `radius`, in the context's current transform. */
export function drawPeople(context: Context2D, people: Float32Array, radius: number, colours: readonly string[]): void {
  const members: number[][] = colours.map(() => []);
  const leaders: number[] = [];
  const burnt: number[] = [];
  for (let i = 0; i + PERSON_FIELDS <= people.length; i += PERSON_FIELDS) {
    const alpha = people[i + 3];
    if (alpha <= 0) continue;
    const flags = people[i + 4];
    if (alpha < 1) {
      context.globalAlpha = alpha;
      shapes(context, people, [i], radius, colours[people[i + 2]]);
      if (flags & FLAG_BURNOUT) badges(context, people, [i], radius);
      context.globalAlpha = 1;
      continue;
    }
    if (flags & FLAG_LEADER) leaders.push(i);
    else members[people[i + 2]].push(i);
    if (flags & FLAG_BURNOUT) burnt.push(i);
  }
  members.forEach((group, c) => {
    if (group.length > 0) shapes(context, people, group, radius, colours[c]);
  });
  for (const leader of leaders) shapes(context, people, [leader], radius, colours[people[leader + 2]]);
  if (burnt.length > 0) badges(context, people, burnt, radius);
}

/** Fills and outlines people of one colour and kind (members: circles with a white edge; leaders: squares with a dark ring). */
function shapes(context: Context2D, people: Float32Array, rows: readonly number[], radius: number, fill: string): void {
  context.beginPath();
  const half = 1.2 * radius;
  for (const i of rows) {
    const x = people[i];
    const y = people[i + 1];
    if (people[i + 4] & FLAG_LEADER) context.rect(x - half, y - half, 2 * half, 2 * half);
    else {
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, 2 * Math.PI);
    }
  }
  context.fillStyle = fill;
  context.fill();
  const leader = rows.length > 0 && (people[rows[0] + 4] & FLAG_LEADER) !== 0;
  context.lineWidth = leader ? 3 : 1.5;
  context.strokeStyle = leader ? INK : '#ffffff';
  context.stroke();
}

/** The burnout triangles, at each person's top right. */
function badges(context: Context2D, people: Float32Array, rows: readonly number[], radius: number): void {
  const offset = radius * 0.9;
  context.beginPath();
  for (const i of rows) {
    const x = people[i] + offset;
    const y = people[i + 1] - offset;
    context.moveTo(x + TRIANGLE[0][0], y + TRIANGLE[0][1]);
    context.lineTo(x + TRIANGLE[1][0], y + TRIANGLE[1][1]);
    context.lineTo(x + TRIANGLE[2][0], y + TRIANGLE[2][1]);
    context.closePath();
  }
  context.fillStyle = '#ffffff';
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = INK;
  context.stroke();
}
