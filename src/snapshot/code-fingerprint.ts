/**
 * Fingerprint of the code that produces a snapshot's contents (parser, index, model, engine precomputation). A snapshot written by other
 * parser code is stale even if the spec files did not change: a fixed parser must not serve old parse results.
 * Works from sources (tsx) and from the compiled dist/ alike: it hashes whatever files sit next to this module.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// The engine too: a snapshot carries the engine's precomputation.
const PARTS = ['engine', 'ingest', 'index', 'model', 'snapshot'];
let cached: string | undefined;

export function codeFingerprint(): string {
  if (cached) return cached;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const part of PARTS) {
    for (const file of listFiles(join(root, part))) {
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : []));
}
