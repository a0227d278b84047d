/**
 * The network view's pixels: one opaque canvas in device pixels (crisp on
 * high-DPI screens and in presenter mode, never larger than the view), with
 * one paint path and one fallback. Where the browser can hand a canvas to a
 * worker (transferControlToOffscreen), the painter worker (painter-worker.ts)
 * rasterises ties and people and sends the canvas's frames to the compositor
 * itself: this thread only packs the people (position, colour, opacity,
 * leader and burnout flags) and, when they changed, the ties into typed
 * arrays. On the main thread a draw cost its raster plus a commit of the
 * whole canvas (~4 ms in software compositing). Where no canvas can be handed
 * over, or the painter worker fails, the page paints the same arrays with the
 * same functions (person-marks.ts, tie-stroke.ts): ties on an off-screen
 * canvas, copied under the people on each draw. Either way the ties are
 * redrawn only when someone moved or, for changes of trust, a few times a
 * second; a draw happens only when something visible changed (a digest of
 * every person's place, colour, shape, badge and fade step); and fades step
 * with the weekly draws while weeks stream in. The SVG over the canvas
 * (people.ts) is invisible: it gives each person a focusable, hoverable,
 * labelled hit target. Colour = morale (viridis, bucketed), a ringed square
 * for the leader, a white triangle for burnout; leavers fade out and
 * newcomers fade in unless reduced motion is asked for.
 */
import { moraleColour } from '../ui/format.ts';
import type { PersonNode } from './person-node.ts';
import { packTies, type TieLink } from './ties.ts';
import { Painter } from './painter.ts';
import { drawPeople, FLAG_BURNOUT, FLAG_LEADER, PERSON_FIELDS } from './person-marks.ts';
import { strokeSegments } from './tie-stroke.ts';

/** Morale colours in this many steps (finer than the eye tells apart on a dot; colours grouped into few fills). */
const COLOUR_STEPS = 40;
const colours = Array.from({ length: COLOUR_STEPS + 1 }, (_, i) => moraleColour(i / COLOUR_STEPS));
export const FADE_MS = 700;
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
function layer(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'network-drawing';
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}

/** The people as drawn at `now`, packed for drawPeople (person-marks.ts), and whether anyone is still fading. */
export function packPeople(nodes: readonly PersonNode[], now: number, fade: boolean): { people: Float32Array; fading: boolean } {
  const people = new Float32Array(nodes.length * PERSON_FIELDS);
  let fading = false;
  nodes.forEach((node, n) => {
    const alpha = opacity(node, now, fade);
    if (alpha <= 0) fading ||= !node.leaving;
    else if (alpha < 1) fading = true;
    const i = n * PERSON_FIELDS;
    people[i] = node.x ?? 0;
    people[i + 1] = node.y ?? 0;
    people[i + 2] = colourIndex(node.morale);
    people[i + 3] = alpha;
    people[i + 4] = (node.leader ? FLAG_LEADER : 0) | (node.burnout ? FLAG_BURNOUT : 0);
  });
  return { people, fading };
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
/** Ties after newcomers were placed (nobody else moved). */
const PLACED_TIES_MS = 45;
const TRUST_TIES_MS = 400;

/** Where the network is painted now (read by the end-to-end tests' hooks, viz/testing/network-probe.ts). */
export interface PaintSurface {
  /** The visible canvas. */
  readonly canvas: HTMLCanvasElement;
  /** The worker painting it, or undefined when the page paints it (then `context` is the page's). */
  readonly painter: Painter | undefined;
  readonly context: CanvasRenderingContext2D | null;
  /** Device pixels per CSS pixel of the canvas. */
  readonly ratio: number;
}

export class NetworkCanvas {
  /** Paints the visible canvas off the main thread, where the browser can hand it to a worker; else undefined. */
  private painter: Painter | undefined;
  /** The ties, drawn off screen and copied under the people on every draw (when the page paints). */
  private readonly tieCanvas: HTMLCanvasElement;
  private readonly tieContext: CanvasRenderingContext2D | null;
  /** The one visible, opaque canvas: backdrop, ties and people (one upload per change). */
  private canvas: HTMLCanvasElement;
  /** The canvas's 2D context when the page paints it (null while the painter worker has it). */
  private context: CanvasRenderingContext2D | null = null;
  private readonly background: string;
  private width = 1;
  private height = 1;
  /** The canvas's size in device pixels (a canvas handed to a worker cannot be read or sized here). */
  private pixelWidth = 1;
  private pixelHeight = 1;
  /** The animation frame that will draw, if one is scheduled. */
  private frame: number | undefined;
  /**
   * What needs drawing: people (changed, or only fading); ties because the
   * layout moved people (drawn in step), because newcomers were placed or
   * because trust changed.
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
    this.tieContext = this.tieCanvas.getContext('2d');
    this.canvas = layer();
    container.append(this.canvas);
    this.background = backdrop(container);
    this.painter = Painter.start(this.canvas, this.background, colours, () => this.painterLost());
    if (!this.painter) this.context = this.canvas.getContext('2d', { alpha: false });
  }

  /** Where the network is painted now. */
  get surface(): PaintSurface {
    return { canvas: this.canvas, painter: this.painter, context: this.context, ratio: this.pixelWidth / this.width };
  }

  /** The painter worker failed: its canvas cannot come back, so a new one takes its place, painted here. */
  private painterLost(): void {
    this.painter = undefined;
    const fresh = layer();
    this.canvas.replaceWith(fresh);
    this.canvas = fresh;
    this.context = this.canvas.getContext('2d', { alpha: false });
    this.resize(this.width, this.height);
    this.request('moved');
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
    let tiesChanged = false;
    /** Ties for the painter worker to rasterise with this draw. */
    let segments: Float32Array | undefined;
    const since = now - this.tiesDrawnAt;
    if ((dirty.moved && since >= MOVED_TIES_MS) || (dirty.placed && since >= PLACED_TIES_MS) || (dirty.trust && since >= TRUST_TIES_MS)) {
      // Sent with the people they join (or drawn here just before them), so dots and ties stay in step.
      segments = packTies(scene.links);
      if (!this.painter) this.drawTies(segments);
      tiesChanged = true;
      this.tiesDrawnAt = now;
      dirty.moved = dirty.placed = dirty.trust = false;
    }
    const sincePeople = now - this.peopleDrawnAt;
    const fadeStep = dirty.fading && sincePeople >= FADE_STEP_MS && now - this.requestedAt >= WEEK_GAP_MS;
    if (tiesChanged || (dirty.people && (dirty.week || sincePeople >= PEOPLE_MS)) || fadeStep) {
      const digest = this.digest(nodes, scene.radius, now);
      if (tiesChanged || digest !== this.shown) {
        const { people, fading } = packPeople(nodes, now, this.fade);
        if (this.painter) this.painter.draw(people, scene.radius, this.pixelWidth / this.width, segments);
        else this.drawScene(people, scene.radius);
        dirty.fading = fading;
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
    this.painter?.destroy();
    this.painter = undefined;
  }

  /** Sizes the canvases to the view in device pixels, no larger (this clears them: draw both again). */
  resize(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1;
    this.width = width;
    this.height = height;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    this.pixelWidth = w;
    this.pixelHeight = h;
    if (this.painter) this.painter.size(w, h);
    else {
      for (const canvas of [this.tieCanvas, this.canvas]) {
        if (canvas.width !== w) canvas.width = w;
        if (canvas.height !== h) canvas.height = h;
      }
    }
    this.tiesDrawnAt = -Infinity;
    this.dirty.moved = true;
    this.shown = NaN;
  }

  /** Strokes the ties on the off-screen tie canvas (when the page paints). */
  private drawTies(segments: Float32Array): void {
    const context = this.tieContext;
    if (!context) return;
    const ratio = this.tieCanvas.width / this.width;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.tieCanvas.width, this.tieCanvas.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    strokeSegments(context, segments);
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

  /** Paints the backdrop, copies the ties and draws the (packed) people over them, on the page's own canvas. */
  private drawScene(people: Float32Array, radius: number): void {
    const context = this.context;
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.fillStyle = this.background;
    context.fillRect(0, 0, this.pixelWidth, this.pixelHeight);
    if (this.tieCanvas.width > 0 && this.tieCanvas.height > 0) context.drawImage(this.tieCanvas, 0, 0);
    const ratio = this.pixelWidth / this.width;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawPeople(context, people, radius, colours);
  }
}
