/**
 * Where the labels of a chart's event markers go: in rows above the plot, each
 * beside its marker line (left of it near the right edge), never over another
 * label. Markers of the same week share one label; a label that fits in no row
 * is shortened with an ellipsis to the room there is, and left out only when
 * not even a few letters fit (its marker keeps its full label as a tooltip).
 */

/** A marker's line position and the text for it. */
export interface MarkerText {
  readonly x: number;
  readonly text: string;
}

/** A label placed: its text (perhaps shortened), where it is anchored, and its row (0 = top). */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly row: number;
  /** The marker line it belongs to. */
  readonly markerX: number;
}

/** Gap between a marker line and its label, and between two labels (px). */
const GAP = 4;
/** The fewest characters worth showing of a shortened label (the ellipsis included). */
const MIN_CHARS = 4;

/**
 * Places labels in at most `rows` rows between `left` and `right`, estimating a
 * label's width as its characters × `charPx` (an average glyph width).
 */
export function placeMarkerLabels(markers: readonly MarkerText[], left: number, right: number, charPx: number, rows = 2): PlacedLabel[] {
  // One label per position: markers of the same week (same x) are joined.
  const byX = new Map<number, string[]>();
  for (const m of markers) byX.set(m.x, [...(byX.get(m.x) ?? []), m.text]);
  const groups = [...byX].sort((a, b) => a[0] - b[0]).map(([x, texts]) => ({ x, text: [...new Set(texts)].join(' · ') }));
  /** Per row, the right end of its last label (labels are placed left to right). */
  const ends = Array.from({ length: rows }, () => -Infinity);
  const placed: PlacedLabel[] = [];
  for (const { x, text } of groups) {
    const fit = (chars: number, row: number): PlacedLabel | null => {
      const shown = chars >= text.length ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
      const width = shown.length * charPx;
      // Right of the line when there is room before the edge, else left of it.
      if (x + GAP + width <= right && x + GAP >= ends[row] + GAP) return { text: shown, x: x + GAP, anchor: 'start', row, markerX: x };
      if (x - GAP - width >= Math.max(left, ends[row] + GAP)) return { text: shown, x: x - GAP, anchor: 'end', row, markerX: x };
      return null;
    };
    let label: PlacedLabel | null = null;
    for (let row = 0; row < rows && !label; row++) label = fit(text.length, row);
    // No row has room for the whole text: the row with the most room gets as much of it as fits.
    for (let chars = text.length - 1; chars >= MIN_CHARS && !label; chars--) {
      for (let row = 0; row < rows && !label; row++) label = fit(chars, row);
    }
    if (!label) continue;
    const width = label.text.length * charPx;
    ends[label.row] = label.anchor === 'start' ? label.x + width : label.x;
    // A label left of its line still occupies up to the line.
    if (label.anchor === 'end') ends[label.row] = x;
    placed.push(label);
  }
  return placed;
}

/** How many rows the placed labels use (0 when none). */
export function rowsUsed(labels: readonly PlacedLabel[]): number {
  return labels.reduce((most, l) => Math.max(most, l.row + 1), 0);
}
