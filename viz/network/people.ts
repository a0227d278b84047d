/**
 * The people of the network view as invisible SVG hit targets, one group per
 * person keyed by id: what makes a person hoverable, clickable, focusable
 * (roving focus) and labelled for screen readers. They are drawn on the
 * canvas (paint.ts); these elements have a transparent fill, so
 * morale, burnout and fades never touch the DOM. Every write is skipped when
 * the value is already right: shapes change only with the dot size or role,
 * positions only when a dot moved by a visible amount, and the long
 * descriptive labels are refreshed at most once a second while weeks stream
 * in (the focused person's at once).
 */
import type { PersonNode } from './person-node.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A dot moves on screen only when it moved at least this far (px). */
const MOVE_EPSILON = 0.3;
/** Labels of people not focused are rewritten at most this often while weeks arrive. */
const LABEL_INTERVAL_MS = 1000;

/** What one person's elements show now (the last values written). */
interface PersonElement {
  node: PersonNode;
  readonly g: SVGGElement;
  readonly shape: SVGPathElement;
  shapeKey: string;
  radius: number;
  leader: boolean | undefined;
  leaving: boolean;
  label: string;
  tabStop: boolean | undefined;
  x: number;
  y: number;
}

export interface PeopleHandlers {
  readonly open: (node: PersonNode) => void;
  readonly hover: (node: PersonNode, event: PointerEvent) => void;
  readonly focus: (node: PersonNode) => void;
  readonly blur: () => void;
  readonly describe: (node: PersonNode) => string;
}

export class PeopleLayer {
  private readonly elements = new Map<number, PersonElement>();
  private lastLabels = -Infinity;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly layer: SVGGElement,
    private readonly handlers: PeopleHandlers,
  ) {}

  /** Creates elements for new people and writes what changed for everyone (in the nodes' order). */
  sync(nodes: Iterable<PersonNode>, radius: number, focusedId: number | undefined): void {
    for (const node of nodes) {
      const e = this.elements.get(node.id) ?? this.create(node);
      e.node = node;
      const shapeKey = `${node.leader ? 's' : 'c'}${radius}`;
      if (shapeKey !== e.shapeKey) {
        e.shapeKey = shapeKey;
        e.radius = radius;
        if (!Number.isNaN(e.x)) this.writeShape(e);
      }
      if (node.leader !== e.leader) e.g.classList.toggle('leader', (e.leader = node.leader));
      if (node.leaving !== e.leaving) e.g.classList.toggle('leaving', (e.leaving = node.leaving));
      this.setTabStop(e, node.id === focusedId);
    }
    const now = performance.now();
    if (now - this.lastLabels >= LABEL_INTERVAL_MS) this.writeLabels();
    else {
      if (focusedId !== undefined) this.writeLabel(this.elements.get(focusedId));
      this.labelTimer ??= setTimeout(() => this.writeLabels(), LABEL_INTERVAL_MS - (now - this.lastLabels));
    }
  }

  private create(node: PersonNode): PersonElement {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'person');
    g.setAttribute('role', 'listitem');
    g.setAttribute('tabindex', '-1');
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('class', 'person-shape');
    g.append(shape);
    g.dataset.id = String(node.id);
    const e: PersonElement = { node, g, shape, shapeKey: '', radius: 0, leader: undefined, leaving: false, label: '', tabStop: undefined, x: NaN, y: NaN };
    g.addEventListener('click', () => this.handlers.open(e.node));
    g.addEventListener('pointerenter', (event) => this.handlers.hover(e.node, event));
    g.addEventListener('pointerleave', () => this.handlers.blur());
    g.addEventListener('focus', () => {
      this.writeLabel(e);
      this.handlers.focus(e.node);
    });
    g.addEventListener('blur', () => this.handlers.blur());
    this.layer.append(g);
    this.elements.set(node.id, e);
    return e;
  }

  private writeLabel(e: PersonElement | undefined): void {
    if (!e) return;
    const label = this.handlers.describe(e.node);
    if (label !== e.label) e.g.setAttribute('aria-label', (e.label = label));
  }

  private writeLabels(): void {
    clearTimeout(this.labelTimer);
    this.labelTimer = undefined;
    this.lastLabels = performance.now();
    for (const e of this.elements.values()) this.writeLabel(e);
  }

  private setTabStop(e: PersonElement, tabStop: boolean): void {
    if (tabStop !== e.tabStop) e.g.setAttribute('tabindex', (e.tabStop = tabStop) ? '0' : '-1');
  }

  /** Makes one person the Tab stop (roving focus); optionally focuses them. */
  rove(focusedId: number, focus: boolean): void {
    for (const e of this.elements.values()) this.setTabStop(e, e.node.id === focusedId);
    if (focus) this.elements.get(focusedId)?.g.focus();
  }

  /** Whether a person's dot has been placed on screen already. */
  isPlaced(id: number): boolean {
    const e = this.elements.get(id);
    return e !== undefined && !Number.isNaN(e.x);
  }

  /** Moves dots that moved visibly; returns whether any did. */
  place(): boolean {
    let moved = false;
    for (const e of this.elements.values()) {
      const x = e.node.x ?? 0;
      const y = e.node.y ?? 0;
      if (Math.abs(x - e.x) < MOVE_EPSILON && Math.abs(y - e.y) < MOVE_EPSILON) continue;
      e.x = x;
      e.y = y;
      this.writeShape(e);
      moved = true;
    }
    return moved;
  }

  /**
   * The shape at its place, in the SVG's own coordinates: a transform per
   * person made one paint chunk and transform node each, which Chromium's
   * pre-paint and layerize walked in every frame that painted anything.
   */
  private writeShape(e: PersonElement): void {
    const r = e.radius;
    const x = Math.round(e.x * 10) / 10;
    const y = Math.round(e.y * 10) / 10;
    e.shape.setAttribute('d', e.node.leader ? squarePath(x, y, 1.2 * r) : circlePath(x, y, r));
  }

  /** Removes a person's elements (after their fade-out). */
  remove(id: number): void {
    this.elements.get(id)?.g.remove();
    this.elements.delete(id);
  }

  destroy(): void {
    clearTimeout(this.labelTimer);
    this.labelTimer = undefined;
  }
}

/** A coordinate to 1/100 px (no long float tails in path data). */
const c = (v: number) => Math.round(v * 100) / 100;

function circlePath(x: number, y: number, r: number): string {
  return `M${c(x + r)},${c(y)}A${r},${r},0,1,1,${c(x - r)},${c(y)}A${r},${r},0,1,1,${c(x + r)},${c(y)}Z`;
}

/** The leader's square (as d3's symbolSquare of area (2·half)², centred on the person). */
function squarePath(x: number, y: number, half: number): string {
  return `M${c(x - half)},${c(y - half)}h${c(2 * half)}v${c(2 * half)}h${c(-2 * half)}Z`;
}
