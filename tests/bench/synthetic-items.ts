// Seeded random data for fuzz tests and the filter benchmark (no dependencies, reproducible).
import { supportOrder, type MatrixItem } from '../../src/lib/matrix/types';
import { prng, type Random } from './random';

export { prng, type Random };

const words = [
  'mtls',
  'retries',
  'timeouts',
  'gateway',
  'ingress',
  'egress',
  'ztunnel',
  'waypoint',
  'sidecar',
  'proxy',
  'tracing',
  'metrics',
  'policy',
  'identity',
  'spiffe',
  'grpc',
  'http',
  'tcp',
  'websocket',
  'canary',
  'split',
  'header',
  'routing',
  'circuit',
  'breaking',
  'fault',
  'injection',
  'rate',
  'limit',
  'wasm',
  'extension',
  'multi',
  'cluster',
  'federation',
  'certificate',
  'rotation',
  'dashboard',
  'cli',
  'upgrade',
  'windows',
];

function phrase(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(words)).join(' ');
}

/** Releases each synthetic column has, oldest first; some cells changed in a later one (since + history). */
export const syntheticVersions = ['1.0', '1.1', '1.2', '1.3'];

/** `count` features spread over `categories`, with a random support level per mesh. */
export function syntheticItems(count: number, meshes: readonly string[], categories: readonly string[], seed = 1): MatrixItem[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, index) => {
    const name = phrase(random, 2 + random.int(3));
    return {
      id: `feature-${index + 1}`,
      category: categories[index % categories.length]!,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      description: `${phrase(random, 8 + random.int(8))}.`,
      keywords: Array.from({ length: random.int(4) }, () => random.pick(words)),
      cells: Object.fromEntries(
        meshes.map((mesh) => {
          const cell = { support: random.pick(supportOrder), summary: `${phrase(random, 6 + random.int(10))}.` };
          if (random.next() >= 0.4) return [mesh, cell];
          const since = syntheticVersions[1 + random.int(syntheticVersions.length - 1)]!;
          return [
            mesh,
            { ...cell, since, history: [{ from: 'earlier', support: random.pick(supportOrder), summary: `${phrase(random, 4)}.` }] },
          ];
        }),
      ),
    };
  });
}
