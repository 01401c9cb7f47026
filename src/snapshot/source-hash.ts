/**
 * Content hash of a spec folder, to tell whether a snapshot still matches its sources.
 * Hashes each spec file's name, size and modification time (stat only: fast at 100,000 files). Any added,
 * removed, renamed, resized or touched file changes the hash.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The files loadSpecs reads: *.txt, not hidden. Keep in step with src/ingest/load.ts. */
const SPEC_FILE = /\.txt$/i;

export interface SourceFingerprint {
  /** sha256 hex over (name, size, mtime) of every spec file, in name order. */
  hash: string;
  files: number;
  bytes: number;
}

export async function hashSourceFolder(dir: string): Promise<SourceFingerprint> {
  const names = (await readdir(dir)).filter((n) => SPEC_FILE.test(n) && !n.startsWith('.')).sort();
  const stats = new Array<{ size: number; mtimeNs: string } | undefined>(names.length);
  // Bounded parallelism: enough to hide latency, not so much that 100k stats swamp the event loop.
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      try {
        const s = await stat(join(dir, names[i] as string), { bigint: true });
        stats[i] = { size: Number(s.size), mtimeNs: String(s.mtimeNs) };
      } catch {
        stats[i] = undefined; // vanished between readdir and stat: hashed as missing
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, names.length) }, worker));
  const hash = createHash('sha256');
  let bytes = 0;
  names.forEach((name, i) => {
    const s = stats[i];
    bytes += s?.size ?? 0;
    hash.update(`${name}\0${s?.size ?? -1}\0${s?.mtimeNs ?? -1}\n`);
  });
  return { hash: hash.digest('hex'), files: names.length, bytes };
}
