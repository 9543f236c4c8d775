// Property tests over many random inputs, with a seeded PRNG so every failure is reproducible.
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
  type PresetFigure,
} from '../../src/lib/calculator';
import { fixtureEntries } from './calculator-fixture';
import { prng as sharedPrng } from '../../src/lib/random';

/** Floats in [0, 1) from the shared seeded PRNG. */
function prng(seed: number): () => number {
  return sharedPrng(seed).next;
}

const runs = 400;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A whole number in [min, max], biased towards the bounds. */
function int(random: () => number, min: number, max: number): number {
  const roll = random();
  if (roll < 0.1) return min;
  if (roll < 0.2) return max;
  return min + Math.floor(random() * (max - min + 1));
}

function mb(random: () => number): number {
  const roll = random();
  if (roll < 0.1) return customMbBounds.min;
  if (roll < 0.2) return customMbBounds.max;
  return Math.round((customMbBounds.min + random() * (customMbBounds.max - customMbBounds.min)) * 100) / 100;
}

function randomInput(random: () => number): CalculatorInput {
  const input = {} as CalculatorInput;
  for (const field of countFields) input[field.prop] = int(random, field.min, field.max);
  input.mode = pick(random, ['sidecar', 'ambient'] as const);
  input.controlPlaneReplicas = pick(random, [1, 3] as const);
  input.preset = pick(random, ['low', 'typical', 'high'] as const);
  input.custom = {};
  for (const id of figureIds) if (random() < 0.3) input.custom[id] = mb(random);
  return input;
}

/** Random but valid figures: positive, low <= typical <= high, MB or MiB. */
function randomFigures(random: () => number): CalculatorFigures {
  const figures = {} as CalculatorFigures;
  for (const entry of fixtureEntries()) {
    const values = [mb(random), mb(random), mb(random)].sort((a, b) => a - b);
    const unit = pick(random, ['MB', 'MiB'] as const);
    const figure = (value: number): PresetFigure => ({ mb: value, unit });
    figures[entry.id as keyof CalculatorFigures] = { ...entry, presets: { low: figure(values[0]!), typical: figure(values[1]!), high: figure(values[2]!) } };
  }
  return figures;
}

const isGoodNumber = (value: number) => Number.isFinite(value) && value >= 0;

describe('calculator properties', { timeout: 30_000 }, () => {
  it('no output is NaN, Infinity or negative, and totals equal the sum of the lines', () => {
    const random = prng(20261030);
    const failures: string[] = [];
    const check = (ok: boolean, what: string, input: CalculatorInput) => {
      if (!ok && failures.length < 5) failures.push(`${what}: ${JSON.stringify(input)}`);
    };
    for (let run = 0; run < runs; run += 1) {
      const input = randomInput(random);
      const result = calculate(input, randomFigures(random));
      const largest = Math.max(result.istio.total, result.linkerd.total);
      for (const estimate of [result.istio, result.linkerd]) {
        for (const line of estimate.lines) {
          check([line.count, line.mbEach, line.subtotal].every(isGoodNumber), `bad number in ${line.id}`, input);
          check(line.subtotal === line.count * line.mbEach, `${line.id} subtotal is not count × each`, input);
        }
        check(estimate.total === estimate.lines.reduce((sum, line) => sum + line.subtotal, 0), `${estimate.mesh} total is not the sum`, input);
        check([estimate.total, estimate.range.low, estimate.range.high].every(isGoodNumber), `bad ${estimate.mesh} total or range`, input);
        check(estimate.range.low <= estimate.total * (1 + 1e-12) && estimate.total <= estimate.range.high * (1 + 1e-12), `${estimate.mesh} total outside its range`, input);
        const bar = barPercent(estimate.total, largest);
        check(bar >= 0 && bar <= 100, `${estimate.mesh} bar out of 0–100`, input);
      }
      check(result.ratio === null || isGoodNumber(result.ratio), 'bad ratio', input);
      const text = [summaryText(result, input.mode), formulaText(result.istio), formulaText(result.linkerd), formatTotal(result.istio.total)].join(' ');
      check(!/NaN|Infinity|undefined|—/.test(text), `bad text "${text}"`, input);
      check(comparisonText(result).endsWith('.'), 'comparison is not a sentence', input);
    }
    expect(failures).toEqual([]);
  });

  it('serialize then parse gives back the same input', () => {
    const random = prng(7);
    for (let run = 0; run < runs; run += 1) {
      const input = randomInput(random);
      const query = serializeCalculatorInput(input);
      expect(parseCalculatorInput(new URLSearchParams(query)).ok, query).toEqual(input);
      expect(serializeCalculatorInput(parseCalculatorInput(new URLSearchParams(query)).ok!)).toBe(query);
    }
  });

  it('random junk in every parameter never throws and never yields out-of-range values', () => {
    const random = prng(99);
    const junk = ['', ' ', '-1', '1e309', 'Infinity', '-Infinity', 'NaN', '0x1f', '1_000', '١٢', '<script>', '"><img src=x>', '1.5', '1e3', '.5', '5.', '+7', '9'.repeat(400), '%00', 'null', 'undefined'];
    const failures: string[] = [];
    const keys = [...calculatorQueryKeys, 'other'];
    for (let run = 0; run < runs; run += 1) {
      const params = new URLSearchParams();
      for (const key of keys) {
        if (random() < 0.5) params.set(key, random() < 0.6 ? pick(random, junk) : String((random() - 0.3) * 10 ** int(random, 0, 13)));
      }
      const parsed = parseCalculatorInput(params);
      if (parsed.errors) {
        if (parsed.errors.length === 0) failures.push(`no errors listed: ${params}`);
        for (const error of parsed.errors) {
          if (!keys.includes(error.field)) failures.push(`unknown field ${error.field}: ${params}`);
          if (/[<>"]/.test(error.message)) failures.push(`message echoes markup: ${params}`);
        }
        continue;
      }
      const values = parsed.ok;
      for (const field of countFields) {
        const value = values[field.prop];
        if (!(Number.isInteger(value) && value >= field.min && value <= field.max)) failures.push(`${field.key}=${value}: ${params}`);
      }
      for (const value of Object.values(values.custom)) {
        if (!(value >= customMbBounds.min && value <= customMbBounds.max)) failures.push(`custom ${value}: ${params}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
