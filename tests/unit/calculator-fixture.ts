// Calculator figures for unit tests, shaped like content/overhead.yaml entries (values from facts §2d).
import type { CalculatorFigure, CalculatorFigures, PresetFigure } from '../../src/lib/calculator';

const mb = (value: number): PresetFigure => ({ mb: value, unit: 'MB' });
const mib = (value: number): PresetFigure => ({ mb: value, unit: 'MiB' });

function entry(id: string, mesh: string, component: string, low: PresetFigure, typical: PresetFigure, high: PresetFigure): CalculatorFigure {
  return { id, mesh, component, label: id, presets: { low, typical, high } };
}

export function fixtureEntries(): CalculatorFigure[] {
  return [
    entry('istio-sidecar', 'istio', 'sidecar', mb(40), mib(50.64), mb(155)),
    entry('istio-ztunnel', 'istio', 'ztunnel', mb(12), mib(18.82), mib(23)),
    entry('istio-waypoint', 'istio', 'waypoint', mb(60), mib(66), mib(68)),
    entry('istio-gateway', 'istio', 'gateway', mb(60), mib(128), mib(1024)),
    entry('istio-control-plane', 'istio', 'control-plane', mib(33), mib(42), mb(1500)),
    entry('linkerd-sidecar', 'linkerd', 'sidecar', mb(5.7), mib(11.77), mb(26.3)),
    entry('linkerd-control-plane', 'linkerd', 'control-plane', mib(79), mib(79), mb(365)),
  ];
}

export function fixtureFigures(): CalculatorFigures {
  return Object.fromEntries(fixtureEntries().map((e) => [e.id, e])) as CalculatorFigures;
}
