/**
 * How ties are stroked, shared by the painter worker (painter-worker.ts) and
 * the page where no worker can paint (paint.ts): each tie one short translucent line
 * at its trust-weighted width, from a packed array (x1, y1, x2, y2, width per
 * tie) that a worker can receive without copying objects. One line per stroke
 * rasterises about twice as fast in software as one path per width (Skia
 * unites a many-segment path before filling it), and overlapping ties darken
 * as the SVG lines they replaced did.
 */

/** Numbers per tie in a packed array. */
export const TIE_FIELDS = 5;
export const TIE_COLOUR = 'rgba(109, 109, 122, 0.45)';

/** What stroking needs of a 2D context (on screen or off). */
type Context2D = Pick<CanvasRenderingContext2D, 'strokeStyle' | 'lineWidth' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'>;

export function strokeSegments(context: Context2D, segments: Float32Array): void {
  context.strokeStyle = TIE_COLOUR;
  for (let i = 0; i + TIE_FIELDS <= segments.length; i += TIE_FIELDS) {
    context.lineWidth = segments[i + 4];
    context.beginPath();
    context.moveTo(segments[i], segments[i + 1]);
    context.lineTo(segments[i + 2], segments[i + 3]);
    context.stroke();
  }
}
