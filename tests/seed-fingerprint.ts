// Seed copy check shared by the data and article tests. tests/fixtures/seed-12grams.txt holds a 32-bit FNV-1a
// hash of every run of 12 consecutive words in the seed articles, which are not part of the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const runLength = 12;
export const fingerprintPath = join(process.cwd(), 'tests/fixtures/seed-12grams.txt');

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** 32-bit FNV-1a over UTF-16 code units: enough to fingerprint a few thousand n-grams. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Every run of `runLength` consecutive words, normalised. */
export function ngrams(text: string): string[] {
  const tokens = words(text);
  const out: string[] = [];
  for (let i = 0; i + runLength <= tokens.length; i++) out.push(tokens.slice(i, i + runLength).join(' '));
  return out;
}

export function encodeFingerprint(hashes: Set<number>): string {
  const sorted = Uint32Array.from([...hashes].sort((a, b) => a - b));
  return Buffer.from(sorted.buffer).toString('base64');
}

export function decodeFingerprint(encoded: string): Set<number> {
  const bytes = Buffer.from(encoded.trim(), 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Set<number>();
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) out.add(view.getUint32(offset, true));
  return out;
}

let committed: Set<number> | undefined;

/** The committed fingerprint, read once. */
export function seedFingerprint(): Set<number> {
  committed ??= decodeFingerprint(readFileSync(fingerprintPath, 'utf8'));
  return committed;
}

/** The runs of `text` that also occur in a seed article. */
export function copiedRuns(text: string, fingerprint: Set<number> = seedFingerprint()): string[] {
  return ngrams(text).filter((run) => fingerprint.has(fnv1a(run)));
}
