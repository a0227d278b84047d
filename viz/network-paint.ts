/**
 * The network view's pixels: one opaque canvas in device pixels (crisp on
 * high-DPI screens and in presenter mode, never larger than the view), so
 * each change costs Chromium one canvas upload. The ties (hundreds of wide,
 * translucent lines, 3–8 ms to rasterise in software) are drawn only when
 * someone moved or, for changes of trust, a few times a second, and copied
 * under the people on each draw; a change of morale colours never redraws
 * them. While the layout moves people the page draws them itself, in step
 * with the dots; otherwise (trust changed, a newcomer placed) a worker
 * rasterises them off the main thread (network-tie-raster.ts) and the page
 * copies the bitmap when it arrives, a frame or two later. A draw happens only when something
 * visible changed (a digest of every person's place, colour, shape, badge
 * and fade step), and fades step with the weekly draws while weeks stream
 * in. People used to be SVG; with 200 of them, Chromium's style, layout,
 * paint and commit of the SVG took most of each frame (software rendering).
 * The SVG that remains (network-people.ts) is invisible: it only gives each
 * person a focusable, hoverable, labelled hit target.
 * Colour = morale (viridis, bucketed), a ringed square for the leader, a
 * white triangle for burnout; leavers fade out and newcomers fade in unless
 * reduced motion is asked for.
 */
import { moraleColour } from './format.ts';
import type { PersonNode } from './network-view.ts';
import { packTies, type TieLink } from './network-ties.ts';
import { TieRaster } from './network-tie-raster.ts';
import { strokeSegments } from './tie-stroke.ts';

/** Morale colours in this many steps (finer than the eye tells apart on a dot; colours grouped into few fills). */
const COLOUR_STEPS = 40;
const colours = Array.from({ length: COLOUR_STEPS + 1 }, (_, i) => moraleColour(i / COLOUR_STEPS));
export const FADE_MS = 700;
/** The burnout triangle (d3's symbolTriangle of area 70, as the SVG drew it), relative to its centre. */
const TRIANGLE_Y = -Math.sqrt(70 / (Math.sqrt(3) * 3));
const TRIANGLE: readonly [number, number][] = [
  [0, TRIANGLE_Y * 2],
  [-Math.sqrt(3) * TRIANGLE_Y, -TRIANGLE_Y],
  [Math.sqrt(3) * TRIANGLE_Y, -TRIANGLE_Y],
];
const INK = '#1b1b1f';

function colourIndex(morale: number): number {
  return Math.round(Math.max(0, Math.min(1, Number.isFinite(morale) ? morale : 0)) * COLOUR_STEPS);
}

/** CSS's `ease`, near enough: slow start and end. */
function ease(t: number): number {
  return t * t * (3 - 2 * t);
}

/** How opaque a person is at `now` (fading in after joining, out after leaving). */
function opacity(node: PersonNode, now: number, fade: boolean): number {
  if (!fade) return node.leaving ? 0 : 1;
  const fadeIn = Math.min(1, Math.max(0, (now - node.shownAt) / FADE_MS));
  const fadeOut = node.leaving ? Math.min(1, Math.max(0, (now - node.leftAt) / FADE_MS)) : 0;
  return ease(fadeIn) * (1 - ease(fadeOut));
}

/** A canvas filling the view, for drawing in the view's coordinates. */
function layer(container: HTMLElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'network-drawing';
  canvas.setAttribute('aria-hidden', 'true');
  container.append(canvas);
  return canvas;
}

/** The colour behind the view (the opaque canvas paints it itself); white when nothing sets one. */
function backdrop(element: HTMLElement): string {
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** What there is to draw, read when a frame draws. */
export interface Scene {
  readonly links: readonly TieLink[];
  readonly nodes: Iterable<PersonNode>;
  readonly radius: number;
}

/**
 * Least time between draws (ms): the picture when people changed, ties while
 * someone moves, ties when only trust changed. While weeks stream in, fades
 * advance with the weekly draws (no draws of their own: each draw costs
 * Chromium a commit of the whole canvas); between weeks (paused, stepping,
 * slow play) a fade steps every FADE_STEP_MS once no week has asked for a
 * draw for WEEK_GAP_MS.
 */
const PEOPLE_MS = 30;
const FADE_STEP_MS = 100;
const WEEK_GAP_MS = 300;
const MOVED_TIES_MS = 45;
/** Ties after newcomers were placed (drawn off the main thread; nobody else moved). */
const PLACED_TIES_MS = 45;
const TRUST_TIES_MS = 400;

export class NetworkCanvas {
  /** The ties, drawn off screen and copied under the people on every draw. */
  private readonly tieCanvas: HTMLCanvasElement;
  /** What the ties look like now: the page's own tie canvas, or the worker's latest bitmap. */
  private ties: HTMLCanvasElement | ImageBitmap;
  private readonly raster: TieRaster;
  /** A bitmap of ties arrived that the canvas does not show yet. */
  private tiesArrived = false;
  /** The one visible, opaque canvas: backdrop, ties and people (one upload per change). */
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private readonly tieContext: CanvasRenderingContext2D | null;
  private readonly background: string;
  private width = 1;
  private height = 1;
  /** The animation frame that will draw, if one is scheduled. */
  private frame: number | undefined;
  /**
   * What needs drawing: people (changed, or only fading); ties because the
   * layout moved people (drawn here, in step), because newcomers were placed
   * or because trust changed (both drawn by the worker when there is one).
   */
  private readonly dirty = { people: false, week: false, fading: false, moved: false, placed: false, trust: false };
  private tiesDrawnAt = -Infinity;
  private peopleDrawnAt = -Infinity;
  /** When a week (or a move) last asked for people to be drawn. */
  private requestedAt = -Infinity;
  /** What the canvas shows (a digest of every visible property of every person); NaN forces a draw. */
  private shown = NaN;

  constructor(
    container: HTMLElement,
    private readonly scene: () => Scene,
    private readonly fade: boolean,
  ) {
    this.tieCanvas = document.createElement('canvas');
    this.canvas = layer(container);
    this.background = backdrop(container);
    this.context = this.canvas.getContext('2d', { alpha: false });
    this.tieContext = this.tieCanvas.getContext('2d');
    this.ties = this.tieCanvas;
    this.raster = new TieRaster(
      (bitmap) => this.bitmapArrived(bitmap),
      () => this.request('moved'),
    );
  }

  private bitmapArrived(bitmap: ImageBitmap): void {
    if (bitmap.width !== this.canvas.width || bitmap.height !== this.canvas.height) {
      bitmap.close(); // drawn for a size the view no longer has
      return;
    }
    if (this.ties !== this.tieCanvas) (this.ties as ImageBitmap).close();
    this.ties = bitmap;
    this.tiesArrived = true;
    this.frame ??= requestAnimationFrame((now) => this.paint(now));
  }

  /**
   * Draws on an animation frame (once, however many weeks and layout ticks
   * arrive before it): people at most every PEOPLE_MS, ties at most every
   * MOVED_TIES_MS while dots move and every TRUST_TIES_MS when only trust
   * changed (a line's weight lagging a moment is invisible; each tie draw
   * costs several ms). Frames that come too early only ask for the next one.
   */
  request(ties: 'moved' | 'placed' | 'trust' | 'none' = 'none', week = false): void {
    this.dirty.people = true;
    // A new week is drawn in the next frame whatever PEOPLE_MS says (the page spaces weekly draws itself): held back,
    // the canvas fell into the frame of the following weekly draw, which then paid for both.
    if (week) this.dirty.week = true;
    this.requestedAt = performance.now();
    if (ties !== 'none') this.dirty[ties] = true;
    this.frame ??= requestAnimationFrame((now) => this.paint(now));
  }

  private paint(now: number): void {
    this.frame = undefined;
    const { dirty } = this;
    const scene = this.scene();
    // The scene's people may be a one-shot iterator (a Map's values): read once, used for the digest and the draw.
    const nodes = [...scene.nodes];
    let tiesChanged = this.tiesArrived;
    this.tiesArrived = false;
    const since = now - this.tiesDrawnAt;
    if ((dirty.moved && since >= MOVED_TIES_MS) || (dirty.placed && since >= PLACED_TIES_MS) || (dirty.trust && since >= TRUST_TIES_MS)) {
      if (dirty.moved || !this.raster.available) {
        // In step with the dots: drawn here, and any bitmap still on its way is stale.
        this.raster.invalidate();
        this.drawTies(scene.links);
        tiesChanged = true;
      } else {
        const ratio = this.canvas.width / this.width;
        this.raster.draw(packTies(scene.links), this.canvas.width, this.canvas.height, ratio);
      }
      this.tiesDrawnAt = now;
      dirty.moved = dirty.placed = dirty.trust = false;
    }
    const sincePeople = now - this.peopleDrawnAt;
    const fadeStep = dirty.fading && sincePeople >= FADE_STEP_MS && now - this.requestedAt >= WEEK_GAP_MS;
    if (tiesChanged || (dirty.people && (dirty.week || sincePeople >= PEOPLE_MS)) || fadeStep) {
      const digest = this.digest(nodes, scene.radius, now);
      if (tiesChanged || digest !== this.shown) {
        dirty.fading = this.drawScene(nodes, scene.radius, now);
        this.shown = digest;
      } else dirty.fading = this.anyFading(nodes, now);
      dirty.people = dirty.week = false;
      this.peopleDrawnAt = now;
    }
    if (dirty.people || dirty.fading || dirty.moved || dirty.placed || dirty.trust) this.frame = requestAnimationFrame((t) => this.paint(t));
  }

  destroy(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.raster.destroy();
    if (this.ties !== this.tieCanvas) (this.ties as ImageBitmap).close();
    this.ties = this.tieCanvas;
  }

  /** Sizes the canvases to the view in device pixels, no larger (this clears them: draw both again). */
  resize(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1;
    this.width = width;
    this.height = height;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    for (const canvas of [this.tieCanvas, this.canvas]) {
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
    }
    this.tiesDrawnAt = -Infinity;
    this.dirty.moved = true;
    this.shown = NaN;
    this.raster.invalidate();
  }

  private drawTies(links: readonly TieLink[]): void {
    const context = this.tieContext;
    if (!context) return;
    const ratio = this.tieCanvas.width / this.width;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, this.width, this.height);
    strokeSegments(context, packTies(links));
    if (this.ties !== this.tieCanvas) (this.ties as ImageBitmap).close();
    this.ties = this.tieCanvas;
  }

  /** A digest of what a draw would show now: who is where, in which colour, shape, badge and opacity step. */
  private digest(nodes: Iterable<PersonNode>, radius: number, now: number): number {
    let h = Math.imul(Math.round(radius * 8), 2654435761) | 0;
    for (const node of nodes) {
      const alpha = Math.round(opacity(node, now, this.fade) * 64);
      if (alpha === 0) continue;
      const bits = (colourIndex(node.morale) << 9) | (alpha << 2) | (node.leader ? 2 : 0) | (node.burnout ? 1 : 0);
      for (const v of [node.id, bits, Math.round((node.x ?? 0) * 4), Math.round((node.y ?? 0) * 4)]) h = Math.imul(h ^ v, 16777619) + 0x9e3779b9;
    }
    return h;
  }

  /** Whether anyone is still fading in or out. */
  private anyFading(nodes: Iterable<PersonNode>, now: number): boolean {
    if (!this.fade) return false;
    for (const node of nodes) {
      const alpha = opacity(node, now, true);
      if (alpha <= 0 ? !node.leaving : alpha < 1) return true;
    }
    return false;
  }

  /** Paints the backdrop, copies the ties and draws the people over them; returns whether anyone is still fading. */
  private drawScene(nodes: Iterable<PersonNode>, radius: number, now: number): boolean {
    const context = this.context;
    if (!context) return false;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.fillStyle = this.background;
    context.fillRect(0, 0, this.canvas.width, this.canvas.height);
    if (this.ties.width > 0 && this.ties.height > 0) context.drawImage(this.ties, 0, 0);
    const ratio = this.canvas.width / this.width;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    return this.drawPeople(nodes, radius, now, this.fade);
  }

  /**
   * Draws the people: those fading one by one at their
   * opacity, the others batched (one path and fill per colour, one for the
   * leaders' rings, one for the burnout badges). Returns whether anyone is
   * still fading (the caller draws again next frame).
   */
  private drawPeople(nodes: Iterable<PersonNode>, radius: number, now: number, fade: boolean): boolean {
    const context = this.context!;

    const members: PersonNode[][] = colours.map(() => []);
    const leaders: PersonNode[] = [];
    const burnt: PersonNode[] = [];
    let fading = false;
    for (const node of nodes) {
      const alpha = opacity(node, now, fade);
      if (alpha <= 0) {
        fading ||= !node.leaving;
        continue;
      }
      if (alpha < 1) {
        fading = true;
        context.globalAlpha = alpha;
        this.people([node], radius, colours[colourIndex(node.morale)]);
        if (node.burnout) this.badges([node], radius);
        context.globalAlpha = 1;
        continue;
      }
      if (node.leader) leaders.push(node);
      else members[colourIndex(node.morale)].push(node);
      if (node.burnout) burnt.push(node);
    }
    members.forEach((group, i) => {
      if (group.length > 0) this.people(group, radius, colours[i]);
    });
    for (const leader of leaders) this.people([leader], radius, colours[colourIndex(leader.morale)]);
    if (burnt.length > 0) this.badges(burnt, radius);
    return fading;
  }

  /** Fills and outlines people of one colour (members: circles with a white edge; leaders: squares with a dark ring). */
  private people(nodes: readonly PersonNode[], radius: number, fill: string): void {
    const context = this.context!;
    context.beginPath();
    const half = 1.2 * radius;
    for (const node of nodes) {
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      if (node.leader) context.rect(x - half, y - half, 2 * half, 2 * half);
      else {
        context.moveTo(x + radius, y);
        context.arc(x, y, radius, 0, 2 * Math.PI);
      }
    }
    context.fillStyle = fill;
    context.fill();
    const leader = nodes[0]?.leader ?? false;
    context.lineWidth = leader ? 3 : 1.5;
    context.strokeStyle = leader ? INK : '#ffffff';
    context.stroke();
  }

  /** The burnout triangles, at each person's top right. */
  private badges(nodes: readonly PersonNode[], radius: number): void {
    const context = this.context!;
    const offset = radius * 0.9;
    context.beginPath();
    for (const node of nodes) {
      const x = (node.x ?? 0) + offset;
      const y = (node.y ?? 0) - offset;
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
}
