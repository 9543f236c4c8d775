import { describe, expect, it } from 'vitest';
import {
  barPercent,
  calculate,
  chartLabel,
  chartTitle,
  comparisonText,
  defaultInput,
  describeOrigin,
  formatMb,
  formatRange,
  formatTotal,
  presetHintText,
  reservedFormula,
  reservedText,
} from '../../src/lib/calculator';
import { fixtureFigures } from './calculator-fixture';

const noneReserved = { lines: [], total: 0, unset: [] };
const totals = (istio: number, linkerd: number) => ({
  istio: { mesh: 'istio' as const, lines: [], total: istio, range: { low: istio, high: istio }, reserved: noneReserved },
  linkerd: { mesh: 'linkerd' as const, lines: [], total: linkerd, range: { low: linkerd, high: linkerd }, reserved: noneReserved },
  ratio: linkerd > 0 ? istio / linkerd : null,
});

describe('number formatting', () => {
  it('uses precision that suits the size', () => {
    expect([0, 0.1, 5.7, 53.0997, 100, 5309.66, 1234567].map(formatMb)).toEqual([
      '0 MB',
      '0.1 MB',
      '5.7 MB',
      '53.1 MB',
      '100 MB',
      '5,310 MB',
      '1,234,567 MB',
    ]);
  });

  it('adds GB from 1,000 MB', () => {
    expect(formatTotal(999)).toBe('999 MB');
    expect(formatTotal(5310)).toBe('5,310 MB (≈ 5.3 GB)');
    expect(formatTotal(999_999)).toBe('999,999 MB (≈ 1,000 GB)');
    expect(formatTotal(12_342_117)).toBe('12,342,117 MB (≈ 12.3 TB)');
  });

  it('never prints NaN or Infinity', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(formatMb(value)).toBe('—');
      expect(formatTotal(value)).toBe('—');
    }
    expect(barPercent(NaN, 10)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(5, NaN)).toBe(0);
    expect(barPercent(5, 10)).toBe(50);
  });

  it('writes ranges and origins', () => {
    expect(formatRange({ low: 1000, high: 3000 })).toBe('1,000–3,000 MB');
    expect(formatRange({ low: 42, high: 42 })).toBe('42 MB');
    expect(describeOrigin({ origin: 'typical', reported: 50.64, unit: 'MiB' })).toBe('typical preset, 50.64 MiB');
    expect(describeOrigin({ origin: 'low', reported: 40, unit: 'MB' })).toBe('low preset');
    expect(describeOrigin({ origin: 'custom', reported: 50, unit: 'MB' })).toBe('your figure');
    expect(describeOrigin({ origin: 'high', reported: 512, unit: 'MiB', kind: 'request' })).toBe(
      'high preset, 512 MiB (memory request, not usage)',
    );
    expect(describeOrigin({ origin: 'high', reported: 750, unit: 'MB', kind: 'limit' })).toBe('high preset (memory limit, not usage)');
    expect(describeOrigin({ origin: 'low', reported: 40, unit: 'MB', kind: 'measured' })).toBe('low preset');
    expect(describeOrigin({ origin: 'high', reported: 156.2, unit: 'MB', kind: 'peak' })).toBe(
      'high preset (benchmark peak, not steady usage)',
    );
  });

  it('writes the reserved-by-the-scheduler line and its formula', () => {
    const figures = fixtureFigures();
    const sidecar = calculate({ ...defaultInput, pods: 100, gateways: 0 }, figures);
    // 100 × 128 MiB + 1 × 2048 MiB = 14,848 MiB = 15,569.1 MB
    expect(reservedText(sidecar.istio.reserved)).toBe('Reserved by the scheduler (requests): 15,569 MB (≈ 15.6 GB).');
    expect(reservedFormula(sidecar.istio.reserved)).toBe(
      '100 pods × 134 MB + 0 gateway replicas × 134 MB + 1 istiod replica × 2,147 MB = 15,569 MB',
    );
    expect(reservedText(sidecar.linkerd.reserved)).toBe(
      'Reserved by the scheduler (requests): none; the default install sets no memory requests.',
    );
    expect(reservedFormula(sidecar.linkerd.reserved)).toBe('0 MB');
    const partial = calculate(defaultInput, { ...figures, 'istio-gateway': { ...figures['istio-gateway'], measurements: [] } });
    expect(reservedText(partial.istio.reserved)).toMatch(/; no request set for Ingress gateway\.$/);
  });
});

describe('comparisonText', () => {
  it.each([
    [4300, 1000, 'Istio uses 4.3× the memory of Linkerd.'],
    [12600, 1000, 'Istio uses 13× the memory of Linkerd.'],
    [1000, 2000, 'Linkerd uses 2× the memory of Istio.'],
    [1000, 1010, 'Istio and Linkerd use about the same memory.'],
    [0, 0, 'Both estimates are 0 MB.'],
    [500, 0, 'Linkerd’s estimate is 0 MB, so there is no ratio to show.'],
    [0, 500, 'Istio’s estimate is 0 MB, so there is no ratio to show.'],
  ])('Istio %d MB vs Linkerd %d MB', (istio, linkerd, text) => {
    expect(comparisonText(totals(istio, linkerd))).toBe(text);
  });
});

describe('chart and hint text', () => {
  it('keeps bar labels short and puts the detail in the text alternative', () => {
    const result = totals(1_932_456.4, 4080);
    expect(chartLabel(result.istio)).toBe('Istio: 1,932,456 MB');
    expect(chartTitle(result, 'ambient')).toBe(
      'Memory estimate. Istio (ambient mode): 1,932,456 MB (≈ 1.9 TB). Linkerd: 4,080 MB (≈ 4.1 GB).',
    );
  });

  it('describes the preset a custom field would fall back to', () => {
    expect(presetHintText({ mb: 50.64, unit: 'MiB' }, 'typical')).toBe('50.64 MiB (typical preset)');
  });
});
