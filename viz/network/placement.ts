/**
 * Where a newcomer goes: the first free spot on a golden-angle spiral around
 * their team's centre. Placing newcomers directly, instead of reheating the
 * force layout, keeps everyone else still and costs no animation frames: at
 * 32 weeks a second someone joins nearly every week, and a running layout
 * redrew the ties (several ms each) on every tick.
 */
import type { PersonNode } from './person-node.ts';

/** How far apart two people's centres must be (as the layout's collision force keeps them), in dot radii. */
function reach(node: PersonNode): number {
  return node.leader ? 1.6 : 1.25;
}

/**
 * Moves `node` to the free spot nearest `centre` (deterministic: no random
 * numbers in the view), kept `pad` inside the view; `others` are the people
 * already on screen.
 */
export function placeAtFreeSpot(node: PersonNode, centre: readonly [number, number], radius: number, others: readonly PersonNode[], width: number, height: number, pad: number): void {
  const step = 0.9 * radius;
  // If no spot is free (a crowded view), the first one inside the view: an overlap is better than a dot off screen.
  let best: [number, number] | undefined;
  for (let k = 0; k < 4000; k++) {
    const distance = step * Math.sqrt(k);
    const angle = k * 2.399963;
    const x = centre[0] + distance * Math.cos(angle);
    const y = centre[1] + distance * Math.sin(angle);
    if (x < pad || y < pad || x > width - pad || y > height - pad) continue;
    best ??= [x, y];
    let free = true;
    for (const other of others) {
      const gap = (reach(node) + reach(other)) * radius;
      const dx = (other.x ?? 0) - x;
      const dy = (other.y ?? 0) - y;
      if (dx * dx + dy * dy < gap * gap) {
        free = false;
        break;
      }
    }
    if (free) {
      best = [x, y];
      break;
    }
  }
  node.x = best?.[0] ?? centre[0];
  node.y = best?.[1] ?? centre[1];
  node.vx = node.vy = 0;
}
