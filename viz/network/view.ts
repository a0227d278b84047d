/**
 * The team as a network (up to ~300 people): one dot per person,
 * grouped by team with d3-force, colour = morale (viridis), a triangle badge
 * for burnout, a square with a ring for the leader, line weight = trust.
 * People who leave fade out and newcomers fade in (not under
 * prefers-reduced-motion, when the layout is also settled at once).
 * People and ties are drawn on one canvas (paint.ts), at most once
 * per animation frame: SVG people cost Chromium more than a frame's budget
 * to style and paint at 200 people. Over the canvases lies an invisible SVG
 * with one hit target per person (people.ts: hover, click, focus,
 * labels), written only when someone joins, leaves or moves.
 * Keyboard: the people are one Tab stop with roving focus (arrow keys move,
 * Enter opens the story).
 */
import { select, type Selection } from 'd3-selection';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation } from 'd3-force';
import type { WeekFrame } from '../../sim/worker.ts';
import { ROLE_LEADER } from '../../sim/types.ts';
import { percent, styleName, tenure } from '../ui/format.ts';
import { prefersReducedMotion } from '../ui/dom.ts';
import { PersonTooltip } from './person-tooltip.ts';
import { tiesOf, type TieLink } from './ties.ts';
import { FADE_MS, NetworkCanvas, type PaintSurface } from './paint.ts';
import { placeAtFreeSpot } from './placement.ts';
import { PeopleLayer } from './people.ts';
import type { PersonNode } from './person-node.ts';

function describe(node: PersonNode, teamName: string): string {
  const role = node.leader ? 'leader' : 'member';
  const burnout = node.burnout ? ', burnt out' : '';
  return `${node.name}, ${role} of ${teamName}, ${node.style}, morale ${percent(node.morale)}${burnout}, tenure ${tenure(node.tenureWeeks)}`;
}

export class NetworkView {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly canvas: NetworkCanvas;
  private readonly resizes: ResizeObserver;
  private readonly labelLayer: Selection<SVGGElement, unknown, null, undefined>;
  private readonly peopleLayer: Selection<SVGGElement, unknown, null, undefined>;
  private readonly nodes = new Map<number, PersonNode>();
  private links: TieLink[] = [];
  /** The week whose ties `links` should be: built from it when first needed (a draw of the ties, the layout). */
  private linksFrame: WeekFrame | undefined;
  private linksBuiltFrom: WeekFrame | undefined;
  private readonly layout: Simulation<PersonNode, TieLink>;
  private readonly tooltip: PersonTooltip;
  private width = 600;
  private height = 400;
  private teamNames: readonly string[] = [];
  private styleNames: readonly string[] = [];
  private focusedId: number | undefined;
  /** The drawn people (each write skipped when the screen already shows it). */
  private readonly people: PeopleLayer;
  /** Leavers whose removal is scheduled. */
  private readonly removing = new Set<PersonNode>();
  /** Read once (a media query per week cost time); a new run makes a new view. */
  private readonly reducedMotion = prefersReducedMotion();
  /** What the team labels show now (rewritten only when names or the size change). */
  private labelsKey = '';
  /** Dot radius: as large as the view allows for this many people (readable on a projector), within 4–18 px. */
  private radius = 10;

  constructor(
    private readonly container: HTMLElement,
    private readonly onOpenStory: (personId: number) => void,
  ) {
    const view = this;
    this.canvas = new NetworkCanvas(
      container,
      // The ties are read only when they are drawn (at most every 45 ms, often every 400 ms), never by the weekly draw.
      () => ({ get links() { return view.currentLinks(); }, nodes: this.nodes.values(), radius: this.radius }),
      !this.reducedMotion,
    );
    this.svg = select(container).append('svg').attr('class', 'network-svg').attr('role', 'group').attr('aria-label', 'The team as a network');
    this.labelLayer = this.svg.append('g').attr('class', 'team-labels').attr('aria-hidden', 'true');
    this.peopleLayer = this.svg.append('g').attr('class', 'people').attr('role', 'list').attr('aria-label', 'People (arrow keys to move, Enter for their story)');
    this.tooltip = new PersonTooltip(container);
    this.people = new PeopleLayer(this.peopleLayer.node()!, {
      open: (d) => this.onOpenStory(d.id),
      hover: (d, event) => this.tooltip.show(d, this.teamNames[d.team] ?? '', event),
      focus: (d) => {
        this.focusedId = d.id;
        this.tooltip.showAt(d, this.teamNames[d.team] ?? '', d.x ?? 0, d.y ?? 0, this.width, this.height);
      },
      blur: () => this.tooltip.hide(),
      describe: (d) => describe(d, this.teamNames[d.team] ?? ''),
    });
    this.layout = forceSimulation<PersonNode, TieLink>()
      .force('charge', forceManyBody<PersonNode>().strength(() => (this.teamNames.length > 1 ? -4 : -9) * this.radius))
      .force('collide', forceCollide<PersonNode>((d) => (d.leader ? 1.6 : 1.25) * this.radius))
      .force('x', forceX<PersonNode>((d) => this.teamCentre(d.team)[0]).strength(0.18))
      .force('y', forceY<PersonNode>((d) => this.teamCentre(d.team)[1]).strength(0.18))
      .force('ties', forceLink<PersonNode, TieLink>([]).strength((l) => 0.02 * l.trust).distance(() => 5 * this.radius))
      .alphaDecay(0.06)
      // Stop early: the last small movements cost full frames (thousands of attribute writes) and show nothing.
      .alphaMin(0.02)
      .on('tick', () => this.place());
    this.layout.stop();
    this.resizes = new ResizeObserver(() => this.resize());
    this.resizes.observe(container);
    this.resize();
    this.peopleLayer.on('keydown', (event: KeyboardEvent) => this.onKey(event));
  }

  /** The grid of team cells: teams on a grid that fits the view's aspect ratio. */
  private teamGrid(): { cols: number; rows: number } {
    const n = Math.max(1, this.teamNames.length);
    // Never more columns than teams: one team in a wide view sits in the middle, not in the left half.
    const cols = Math.max(1, Math.min(n, Math.round(Math.sqrt((n * this.width) / this.height))));
    return { cols, rows: Math.ceil(n / cols) };
  }

  /** Centre of a team's cluster (a little below its cell's centre, under the team's label). */
  private teamCentre(team: number): [number, number] {
    const { cols, rows } = this.teamGrid();
    const col = team % cols;
    const row = Math.floor(team / cols);
    const labelRoom = this.teamNames.length > 1 ? 10 : 0;
    return [((col + 0.5) * this.width) / cols, ((row + 0.5) * this.height) / rows + labelRoom];
  }

  /** Where a team's name goes: the top of its cell. */
  private teamLabelPosition(team: number): [number, number] {
    const { cols, rows } = this.teamGrid();
    return [((team % cols) + 0.5) * (this.width / cols), Math.floor(team / cols) * (this.height / rows) + 16];
  }

  private resize(): void {
    const box = this.container.getBoundingClientRect();
    // Each team's cluster moves with its cell's centre at once (the layout alone would take many frames to carry it
    // across a view that grew, e.g. when the page stacks its columns or presenter mode widens the network).
    const before = this.teamNames.map((_, t) => this.teamCentre(t));
    this.width = Math.max(200, box.width);
    this.height = Math.max(160, box.height);
    for (const node of this.nodes.values()) {
      const from = before[node.team];
      if (!from || node.x === undefined || node.y === undefined) continue;
      const [cx, cy] = this.teamCentre(node.team);
      node.x += cx - from[0];
      node.y += cy - from[1];
    }
    this.svg.attr('viewBox', `0 0 ${this.width} ${this.height}`);
    this.canvas.resize(this.width, this.height);
    this.canvas.request('moved');
    this.drawTeamLabels();
    this.settle(0.3);
  }

  /** Shows a week's people and ties. */
  show(frame: WeekFrame, teamNames: readonly string[], styleNames: readonly string[]): void {
    this.teamNames = teamNames;
    this.styleNames = styleNames;
    const present = new Set<number>();
    const now = performance.now();
    let newcomers = false;
    const movers: PersonNode[] = [];
    for (let i = 0; i < frame.ids.length; i++) {
      const id = frame.ids[i];
      present.add(id);
      let node = this.nodes.get(id);
      if (!node || node.leaving) {
        const [cx, cy] = this.teamCentre(frame.team[i]);
        // Born in their team, at a free spot there (placeNewcomers); the layout is not reheated.
        // Deterministic placement from the id: the view must not draw random numbers (display only, but keeps frames reproducible).
        const angle = (id * 2.399963) % (2 * Math.PI);
        node = { id, name: '', team: frame.team[i], leader: false, style: '', morale: 0, burnout: false, tenureWeeks: 0, leaving: false, shownAt: now, leftAt: NaN, x: cx + 30 * Math.cos(angle), y: cy + 30 * Math.sin(angle) };
        this.nodes.set(id, node);
        newcomers = true;
      }
      if (node.team !== frame.team[i]) movers.push(node);
      node.name = frame.names[i];
      node.team = frame.team[i];
      node.leader = frame.role[i] === ROLE_LEADER;
      node.style = styleName(this.styleNames[frame.style[i]]);
      node.morale = frame.morale[i];
      node.burnout = frame.burnout[i] === 1;
      node.tenureWeeks = frame.tenureWeeks[i];
    }
    for (const node of this.nodes.values()) {
      if (!present.has(node.id) && !node.leaving) {
        node.leaving = true;
        node.leftAt = now;
      }
    }
    // Size dots to the most crowded team's cell, so every cluster fits under its label.
    const perTeam = new Map<number, number>();
    for (const n of this.nodes.values()) if (!n.leaving) perTeam.set(n.team, (perTeam.get(n.team) ?? 0) + 1);
    const { cols, rows } = this.teamGrid();
    const cellArea = (this.width * this.height) / (cols * rows);
    // In quarter pixels: a change of team sizes then rarely resizes every dot (and rewrites every hit target).
    // Up to 18 px, more in a large view (presenter mode on a projector): a fourteenth of its shorter side, at most 26 px.
    const largest = Math.max(18, Math.min(26, Math.min(this.width, this.height) / 14));
    const radius = Math.round(4 * Math.max(4, Math.min(largest, 0.15 * Math.sqrt(cellArea / Math.max(1, ...perTeam.values()))))) / 4;
    if (radius !== this.radius) {
      this.radius = radius;
      this.layout.force('collide', forceCollide<PersonNode>((d) => (d.leader ? 1.6 : 1.25) * this.radius));
    }
    this.linksFrame = frame;
    this.drawTeamLabels();
    this.draw();
    this.canvas.request('trust', true);
    // The layout runs for the first week only (and on a resize). Newcomers, and people who change teams, go to a free
    // spot near their team and everyone else stays still (placement.ts): with engine 2 someone moves or joins most
    // weeks, and a reheated layout spent the main thread's frames on many-body ticks and hit-target writes. Someone
    // leaving leaves a gap, which is fine.
    if (newcomers && this.layout.nodes().length === 0) this.settle(0.8);
    else if (newcomers || movers.length > 0) this.placeNewcomers(movers);
    else this.place('placed');
  }

  /** The ties of the week shown (built once per week, when first asked for). */
  private currentLinks(): TieLink[] {
    if (this.linksFrame && this.linksFrame !== this.linksBuiltFrom) {
      this.links = tiesOf(this.linksFrame, this.nodes);
      this.linksBuiltFrom = this.linksFrame;
    }
    return this.links;
  }

  /**
   * Puts people not yet on screen, and `movers` (who changed teams), at free spots near their team's centre, without
   * running the layout.
   */
  private placeNewcomers(movers: readonly PersonNode[] = []): void {
    const nodes = [...this.nodes.values()];
    const moving = new Set(movers);
    const placed = nodes.filter((n) => this.people.isPlaced(n.id) && !moving.has(n));
    for (const node of nodes) {
      if (this.people.isPlaced(node.id) && !moving.has(node)) continue;
      placeAtFreeSpot(node, this.teamCentre(node.team), this.radius, placed, this.width, this.height, this.radius * 1.5);
      placed.push(node);
    }
    // The layout knows them too, for when it next runs (a resize).
    this.layout.nodes(nodes);
    // Only these people moved (newcomers fade in): their ties follow with the next tie draw.
    this.place('placed');
  }

  /** Runs the layout (animated, or at once under reduced motion). */
  private settle(alpha: number): void {
    const nodes = [...this.nodes.values()];
    this.layout.nodes(nodes);
    (this.layout.force('ties') as ReturnType<typeof forceLink<PersonNode, TieLink>>).links(this.currentLinks());
    if (this.reducedMotion) {
      this.layout.alpha(alpha).tick(150).stop();
      this.place();
    } else {
      this.layout.alpha(alpha).restart();
    }
  }

  private drawTeamLabels(): void {
    const key = `${this.width}×${this.height}:${this.teamNames.join('\u0000')}`;
    if (key === this.labelsKey) return;
    this.labelsKey = key;
    this.labelLayer
      .selectAll<SVGTextElement, string>('text')
      .data(this.teamNames.length > 1 ? this.teamNames : [])
      .join('text')
      .attr('class', 'team-label')
      .attr('text-anchor', 'middle')
      .attr('x', (_, i) => this.teamLabelPosition(i)[0])
      .attr('y', (_, i) => this.teamLabelPosition(i)[1])
      .text((d) => d);
  }

  private draw(): void {
    const live = [...this.nodes.values()].filter((n) => !n.leaving);
    if (this.focusedId === undefined || !live.some((n) => n.id === this.focusedId)) this.focusedId = live[0]?.id;
    this.people.sync(this.nodes.values(), this.radius, this.focusedId);
    this.removeLeavers();
  }

  /** Removes people who left once they have faded out (one timer per person). */
  private removeLeavers(): void {
    const delay = this.reducedMotion ? 0 : FADE_MS;
    for (const node of this.nodes.values()) {
      if (!node.leaving || this.removing.has(node)) continue;
      this.removing.add(node);
      setTimeout(() => {
        this.removing.delete(node);
        if (!node.leaving || this.nodes.get(node.id) !== node) return;
        this.nodes.delete(node.id);
        this.people.remove(node.id);
      }, delay);
    }
  }

  private onKey(event: KeyboardEvent): void {
    const live = [...this.nodes.values()].filter((n) => !n.leaving);
    const index = live.findIndex((n) => n.id === this.focusedId);
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(live.length - 1, index + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = live.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && this.focusedId !== undefined) {
      event.preventDefault();
      this.onOpenStory(this.focusedId);
      return;
    } else return;
    event.preventDefault();
    const target = live[next];
    if (!target) return;
    this.focusedId = target.id;
    this.people.rove(target.id, true);
  }

  /**
   * Moves drawn elements to the layout's positions (called on each layout tick: changed positions only).
   * `moved`: the layout moves people, so the ties are drawn in step with them; `placed`: newcomers only.
   */
  private place(kind: 'moved' | 'placed' = 'moved'): void {
    const pad = this.radius * 1.5;
    for (const node of this.nodes.values()) {
      node.x = Math.max(pad, Math.min(this.width - pad, node.x ?? 0));
      node.y = Math.max(pad, Math.min(this.height - pad, node.y ?? 0));
    }
    if (this.people.place()) this.canvas.request(kind);
  }

  /** Where the people are painted (the end-to-end tests' hooks read the canvas's pixels through it). */
  get surface(): PaintSurface {
    return this.canvas.surface;
  }

  /** Stops the layout and the size watcher (a new run gets a new view; the old one must not keep ticking). */
  destroy(): void {
    this.layout.stop();
    this.layout.on('tick', null);
    this.canvas.destroy();
    this.resizes.disconnect();
    this.people.destroy();
    this.tooltip.hide();
  }
}
