// Calculator figures for unit tests, shaped like content/overhead.yaml entries: usage presets (measured) and the
// default memory requests among the measurements, as in the charts checked for Istio 1.31 and Linkerd 2.20.
import type { CalculatorFigure, CalculatorFigures, PresetFigure } from '../../src/lib/calculator';

const mb = (value: number): PresetFigure => ({ mb: value, unit: 'MB', kind: 'measured' });
const mib = (value: number): PresetFigure => ({ mb: value, unit: 'MiB', kind: 'measured' });
const requestMib = (value: number): PresetFigure => ({ mb: value, unit: 'MiB', kind: 'request' });

function entry(
  id: string,
  mesh: string,
  component: string,
  [low, typical, high]: [PresetFigure, PresetFigure, PresetFigure],
  request: PresetFigure,
): CalculatorFigure {
  return { id, mesh, component, label: id, presets: { low, typical, high }, measurements: [low, typical, high, request] };
}

export function fixtureEntries(): CalculatorFigure[] {
  return [
    entry('istio-sidecar', 'istio', 'sidecar', [mb(40), mib(50.64), mb(60)], requestMib(128)),
    entry('istio-ztunnel', 'istio', 'ztunnel', [mb(12), mib(18.82), mib(23.3)], requestMib(512)),
    entry('istio-waypoint', 'istio', 'waypoint', [mb(60), mib(66), mib(68)], requestMib(128)),
    entry('istio-gateway', 'istio', 'gateway', [mb(60), mib(65.3), mib(68.3)], requestMib(128)),
    entry('istio-control-plane', 'istio', 'control-plane', [mib(33), mib(42), mb(1500)], requestMib(2048)),
    entry('linkerd-sidecar', 'linkerd', 'sidecar', [mb(5.7), mib(11.77), mib(13.5)], requestMib(20)),
    entry('linkerd-control-plane', 'linkerd', 'control-plane', [mib(79), mib(79), mb(500)], requestMib(220)),
  ];
}

export function fixtureFigures(): CalculatorFigures {
  return Object.fromEntries(fixtureEntries().map((e) => [e.id, e])) as CalculatorFigures;
}
