// Arrow geometry for the SVG diagrams (src/lib/diagrams/geometry.ts).
import { describe, expect, it } from 'vitest';
import { arrow, pointsAttr } from '../../src/lib/diagrams/geometry';

const parse = (attr: string) => attr.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);

describe('arrow', () => {
  it('puts the head tip on the last point and pulls the line back to the head base', () => {
    const { line, head } = arrow(
      [
        [0, 0],
        [0, 100],
      ],
      10,
    );
    expect(parse(line)).toEqual([
      [0, 0],
      [0, 90],
    ]);
    const [tip, left, right] = parse(head);
    expect(tip).toEqual([0, 100]);
    expect(left![1]).toBeCloseTo(90);
    expect(right![1]).toBeCloseTo(90);
    expect(Math.abs(left![0] - right![0])).toBeCloseTo(11);
  });

  it('follows the last segment of a bent line', () => {
    const { line, head } = arrow(
      [
        [0, 0],
        [0, 50],
        [80, 50],
      ],
      8,
    );
    expect(parse(line)).toEqual([
      [0, 0],
      [0, 50],
      [72, 50],
    ]);
    expect(parse(head)[0]).toEqual([80, 50]);
  });

  it('rejects lines it cannot draw', () => {
    expect(() => arrow([[1, 1]])).toThrow();
    expect(() =>
      arrow([
        [1, 1],
        [1, 1],
      ]),
    ).toThrow();
  });

  it('rounds coordinates', () => {
    expect(pointsAttr([[1 / 3, 2.005]])).toBe('0.33,2.01');
  });
});
