import { describe, expect, it } from 'vitest';
import {
  calculatorQueryKeys,
  defaultInput,
  parseCalculatorInput,
  serializeCalculatorInput,
  type CalculatorInput,
  type FieldError,
} from '../../src/lib/calculator';

function errorsOf(query: string): FieldError[] {
  const result = parseCalculatorInput(new URLSearchParams(query));
  if (!result.errors) throw new Error(`expected errors for "${query}"`);
  return result.errors;
}

function valuesOf(query: string | Record<string, string>): CalculatorInput {
  const result = parseCalculatorInput(typeof query === 'string' ? new URLSearchParams(query) : query);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.ok;
}

describe('parseCalculatorInput', () => {
  it('gives the defaults for an empty query and ignores unknown parameters', () => {
    expect(valuesOf('')).toEqual(defaultInput);
    expect(valuesOf('utm_source=x&foo=%3Cscript%3E')).toEqual(defaultInput);
  });

  it('reads every field from a query', () => {
    expect(
      valuesOf(
        'pods=250&nodes=12&proxies=2&mode=ambient&waypoints=3&gateways=4&replicas=3&preset=high&istio-sidecar-mb=50&linkerd-control-plane-mb=80.5',
      ),
    ).toEqual({
      pods: 250,
      nodes: 12,
      proxiesPerPod: 2,
      mode: 'ambient',
      waypoints: 3,
      gateways: 4,
      controlPlaneReplicas: 3,
      preset: 'high',
      custom: { 'istio-sidecar': 50, 'linkerd-control-plane': 80.5 },
    });
  });

  it('reads form values given as a record, trimming spaces and treating an empty custom figure as unset', () => {
    expect(valuesOf({ pods: ' 42 ', 'istio-sidecar-mb': '', 'linkerd-sidecar-mb': '  ' })).toEqual({ ...defaultInput, pods: 42 });
  });

  it('accepts the bounds themselves', () => {
    expect(valuesOf('pods=0&nodes=1&proxies=1&waypoints=0&gateways=0').pods).toBe(0);
    expect(
      valuesOf('pods=1000000&nodes=100000&proxies=10&waypoints=10000&gateways=10000&istio-sidecar-mb=10000').custom['istio-sidecar'],
    ).toBe(10000);
    expect(valuesOf('linkerd-sidecar-mb=0.1').custom['linkerd-sidecar']).toBe(0.1);
  });

  it.each([
    ['pods=', 'pods', 'Enter a number from 0 to 1,000,000.'],
    ['pods=-5', 'pods', 'Enter a number from 0 to 1,000,000.'],
    ['pods=abc', 'pods', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['pods=12.5', 'pods', 'Enter a whole number (no decimals) from 0 to 1,000,000.'],
    ['pods=1e12', 'pods', 'Enter a number from 0 to 1,000,000.'],
    ['pods=Infinity', 'pods', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['pods=NaN', 'pods', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['pods=0x10', 'pods', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['pods=<script>alert(1)</script>', 'pods', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['nodes=0', 'nodes', 'Enter a number from 1 to 100,000.'],
    ['proxies=11', 'proxies', 'Enter a number from 1 to 10.'],
    ['waypoints=-1', 'waypoints', 'Enter a number from 0 to 10,000.'],
    ['gateways=1,000', 'gateways', 'Enter a whole number using digits only, from 0 to 10,000.'],
    ['mode=mesh', 'mode', 'Choose sidecar or ambient mode.'],
    ['replicas=2', 'replicas', 'Choose 1 or 3 control-plane replicas.'],
    ['preset=%22%3E%3Cimg', 'preset', 'Choose the low, typical or high preset.'],
    ['istio-sidecar-mb=0', 'istio-sidecar-mb', 'Enter a number from 0.1 to 10,000 MB, or leave it empty to use the preset.'],
    ['istio-sidecar-mb=10001', 'istio-sidecar-mb', 'Enter a number from 0.1 to 10,000 MB, or leave it empty to use the preset.'],
    [
      'linkerd-sidecar-mb=ten',
      'linkerd-sidecar-mb',
      'Enter a number using digits only, from 0.1 to 10,000 MB, or leave it empty to use the preset.',
    ],
  ])('rejects %s with a message for its field', (query, field, message) => {
    expect(errorsOf(query)).toEqual([{ field, message }]);
  });

  it('reports every bad field at once, never echoing the input', () => {
    const errors = errorsOf('pods=%3Cscript%3E&nodes=-1&mode=x&istio-gateway-mb=-3');
    expect(errors.map((e) => e.field)).toEqual(['pods', 'nodes', 'mode', 'istio-gateway-mb']);
    expect(errors.map((e) => e.message).join(' ')).not.toMatch(/script|<|-1|-3/);
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(valuesOf('pods=-0').pods, 0)).toBe(true);
  });
});

describe('calculatorQueryKeys', () => {
  it('lists every parameter the parser reads, once', () => {
    expect(calculatorQueryKeys).toEqual([
      'pods',
      'nodes',
      'proxies',
      'waypoints',
      'gateways',
      'mode',
      'replicas',
      'preset',
      'istio-sidecar-mb',
      'istio-ztunnel-mb',
      'istio-waypoint-mb',
      'istio-gateway-mb',
      'istio-control-plane-mb',
      'linkerd-sidecar-mb',
      'linkerd-control-plane-mb',
    ]);
  });
});

describe('serializeCalculatorInput', () => {
  it('is empty for the defaults and keeps only changed values', () => {
    expect(serializeCalculatorInput(defaultInput)).toBe('');
    expect(serializeCalculatorInput({ ...defaultInput, pods: 300, mode: 'ambient', custom: { 'linkerd-sidecar': 12.5 } })).toBe(
      'pods=300&mode=ambient&linkerd-sidecar-mb=12.5',
    );
  });

  it('round-trips through parseCalculatorInput', () => {
    const input: CalculatorInput = {
      pods: 0,
      nodes: 100000,
      proxiesPerPod: 3,
      mode: 'ambient',
      waypoints: 7,
      gateways: 0,
      controlPlaneReplicas: 3,
      preset: 'low',
      custom: { 'istio-waypoint': 0.1, 'istio-control-plane': 9999.99 },
    };
    expect(valuesOf(serializeCalculatorInput(input))).toEqual(input);
  });
});
