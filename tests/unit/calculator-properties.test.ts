// Property tests with fast-check: seeded, so every failure is reproducible, and shrunk to a small counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barPercent,
  calculate,
  calculatorQueryKeys,
  comparisonText,
  countFields,
  customMbBounds,
  figureIds,
  formatTotal,
  formulaText,
  parseCalculatorInput,
  serializeCalculatorInput,
  summaryText,
  type CalculatorFigures,
  type CalculatorInput,
  type FigureId,
  type PresetFigure,
} from '../../src/lib/calculator';
import { fixtureEntries } from './calculator-fixture';

const runs = 400;

/** A whole number in [min, max], biased towards the bounds. */
const int = (min: number, max: number) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(min) },
    { weight: 1, arbitrary: fc.constant(max) },
    { weight: 8, arbitrary: fc.integer({ min, max }) },
  );

/** A custom figure in MB with at most two decimals, within the accepted bounds (biased towards them). */
const mb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(customMbBounds.min) },
  { weight: 1, arbitrary: fc.constant(customMbBounds.max) },
  {
    weight: 8,
    arbitrary: fc
      .integer({
        min: Math.round(customMbBounds.min * 100),
        max: Math.round(customMbBounds.max * 100),
      })
      .map((hundredths) => hundredths / 100),
  },
);

const inputArb: fc.Arbitrary<CalculatorInput> = fc.record({
  ...(Object.fromEntries(countFields.map((field) => [field.prop, int(field.min, field.max)])) as Record<
    (typeof countFields)[number]['prop'],
    fc.Arbitrary<number>
  >),
  mode: fc.constantFrom('sidecar', 'ambient'),
  controlPlaneReplicas: fc.constantFrom(1, 3),
  preset: fc.constantFrom('low', 'typical', 'high'),
  // Each figure independently overridden or not.
  custom: fc.record(Object.fromEntries(figureIds.map((id) => [id, mb])) as Record<FigureId, fc.Arbitrary<number>>, { requiredKeys: [] }),
}) as fc.Arbitrary<CalculatorInput>;

/** Random but valid figures: positive, low <= typical <= high, MB or MiB. */
const figuresArb: fc.Arbitrary<CalculatorFigures> = fc
  .tuple(...fixtureEntries().map(() => fc.tuple(mb, mb, mb, fc.constantFrom('MB', 'MiB') as fc.Arbitrary<PresetFigure['unit']>)))
  .map((perEntry) => {
    const figures = {} as CalculatorFigures;
    fixtureEntries().forEach((entry, index) => {
      const [a, b, c, unit] = perEntry[index]!;
      const [low, typical, high] = [a, b, c].sort((x, y) => x - y);
      const figure = (value: number): PresetFigure => ({ mb: value, unit });
      figures[entry.id as keyof CalculatorFigures] = {
        ...entry,
        presets: {
          low: figure(low!),
          typical: figure(typical!),
          high: figure(high!),
        },
      };
    });
    return figures;
  });

const isGoodNumber = (value: number) => Number.isFinite(value) && value >= 0;

describe('calculator properties', { timeout: 30_000 }, () => {
  it('no output is NaN, Infinity or negative, and totals equal the sum of the lines', () => {
    const check = (ok: boolean, what: string) => expect(ok, what).toBe(true);
    fc.assert(
      fc.property(inputArb, figuresArb, (input, figures) => {
        const result = calculate(input, figures);
        const largest = Math.max(result.istio.total, result.linkerd.total);
        for (const estimate of [result.istio, result.linkerd]) {
          for (const line of estimate.lines) {
            check([line.count, line.mbEach, line.subtotal].every(isGoodNumber), `bad number in ${line.id}`);
            check(line.subtotal === line.count * line.mbEach, `${line.id} subtotal is not count × each`);
          }
          check(estimate.total === estimate.lines.reduce((sum, line) => sum + line.subtotal, 0), `${estimate.mesh} total is not the sum`);
          check([estimate.total, estimate.range.low, estimate.range.high].every(isGoodNumber), `bad ${estimate.mesh} total or range`);
          check(
            estimate.range.low <= estimate.total * (1 + 1e-12) && estimate.total <= estimate.range.high * (1 + 1e-12),
            `${estimate.mesh} total outside its range`,
          );
          const bar = barPercent(estimate.total, largest);
          check(bar >= 0 && bar <= 100, `${estimate.mesh} bar out of 0–100`);
        }
        check(result.ratio === null || isGoodNumber(result.ratio), 'bad ratio');
        const text = [
          summaryText(result, input.mode),
          formulaText(result.istio),
          formulaText(result.linkerd),
          formatTotal(result.istio.total),
        ].join(' ');
        check(!/NaN|Infinity|undefined|—/.test(text), `bad text "${text}"`);
        check(comparisonText(result).endsWith('.'), 'comparison is not a sentence');
      }),
      { numRuns: runs, seed: 20261030 },
    );
  });

  it('serialize then parse gives back the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const query = serializeCalculatorInput(input);
        expect(parseCalculatorInput(new URLSearchParams(query)).ok, query).toEqual(input);
        expect(serializeCalculatorInput(parseCalculatorInput(new URLSearchParams(query)).ok!)).toBe(query);
      }),
      { numRuns: runs, seed: 7 },
    );
  });

  it('random junk in every parameter never throws and never yields out-of-range values', () => {
    const junk = [
      '',
      ' ',
      '-1',
      '1e309',
      'Infinity',
      '-Infinity',
      'NaN',
      '0x1f',
      '1_000',
      '١٢',
      '<script>',
      '"><img src=x>',
      '1.5',
      '1e3',
      '.5',
      '5.',
      '+7',
      '9'.repeat(400),
      '%00',
      'null',
      'undefined',
    ];
    const keys = [...calculatorQueryKeys, 'other'];
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...junk) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), int(0, 13))
          .map(([r, exponent]) => String((r - 0.3) * 10 ** exponent)),
      },
      { weight: 1, arbitrary: fc.string() },
    );
    const paramsArb = fc
      .record(Object.fromEntries(keys.map((key) => [key, value])), {
        requiredKeys: [],
      })
      .map((entries) => new URLSearchParams(entries as Record<string, string>)); // requiredKeys: [] leaves keys out, never undefined
    fc.assert(
      fc.property(paramsArb, (params) => {
        const failures: string[] = [];
        const parsed = parseCalculatorInput(params);
        if (parsed.errors) {
          if (parsed.errors.length === 0) failures.push(`no errors listed: ${params}`);
          for (const error of parsed.errors) {
            if (!keys.includes(error.field)) failures.push(`unknown field ${error.field}: ${params}`);
            if (/[<>"]/.test(error.message)) failures.push(`message echoes markup: ${params}`);
          }
          expect(failures).toEqual([]);
          return;
        }
        const values = parsed.ok;
        for (const field of countFields) {
          const value = values[field.prop];
          if (!(Number.isInteger(value) && value >= field.min && value <= field.max)) failures.push(`${field.key}=${value}: ${params}`);
        }
        for (const value of Object.values(values.custom)) {
          if (!(value >= customMbBounds.min && value <= customMbBounds.max)) failures.push(`custom ${value}: ${params}`);
        }
        expect(failures).toEqual([]);
      }),
      { numRuns: runs, seed: 99 },
    );
  });
});
