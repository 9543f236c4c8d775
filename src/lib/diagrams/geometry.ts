// Pure geometry for the SVG diagrams in src/components/diagrams: arrow lines and heads as plain points, so the
// diagrams need no <marker> ids (unique per page) and no inline styles (the CSP forbids them).

export type Point = readonly [number, number];

/** SVG points attribute for a polyline. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A triangular arrowhead whose tip is the last point of the line, pointing along its last segment.
 * Returns the polygon's points attribute, and the line's points with the last point pulled back to the head's base
 * (so a thick line does not poke through the tip).
 */
export function arrow(points: readonly Point[], size = 9): { line: string; head: string } {
  if (points.length < 2) throw new Error('an arrow needs at least two points');
  const [tx, ty] = points[points.length - 1]!;
  const [px, py] = points[points.length - 2]!;
  const length = Math.hypot(tx - px, ty - py);
  if (length === 0) throw new Error('the last segment of an arrow has no length');
  const ux = (tx - px) / length;
  const uy = (ty - py) / length;
  const back = Math.min(size, length);
  const bx = tx - ux * back;
  const by = ty - uy * back;
  const half = size * 0.55;
  const head: Point[] = [
    [tx, ty],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  const line: Point[] = [...points.slice(0, -1), [bx, by]];
  return { line: pointsAttr(line), head: pointsAttr(head) };
}
