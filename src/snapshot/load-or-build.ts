/**
 * Load a built corpus from its snapshot when the snapshot matches the source folder; otherwise build it from the
 * sources (with a log line saying why) and, when allowed, write a fresh snapshot for the next start.
 *
 * Generic over what is cached: the caller says how to build it, how to encode it into plain/structured-clonable
 * data and how to decode it back (src/corpus.ts wires this to the parser and the index).
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import { hashSourceFolder, type SourceFingerprint } from './source-hash.js';
import { readSnapshot, readSnapshotHeader, SnapshotError, writeSnapshot, type SnapshotHeader } from './snapshot-file.js';

/** Default snapshot location: a hidden file in the data folder (loadSpecs reads only *.txt). */
export const DEFAULT_SNAPSHOT_NAME = '.classbot.snapshot';
export const defaultSnapshotPath = (dataDir: string): string => join(dataDir, DEFAULT_SNAPSHOT_NAME);

export interface SnapshotCodec<T, P extends object> {
  /** Payload shape version; a snapshot written with another is rebuilt. */
  schema: string;
  encode(value: T): P;
  decode(payload: P): T | Promise<T>;
  /** Counts recorded in the header for humans (specs, sections…). */
  stats?(value: T): Record<string, number>;
}

export interface LoadOrBuildOptions<T, P extends object> {
  dataDir: string;
  /** Snapshot file; default `<dataDir>/.classbot.snapshot`. */
  snapshotPath?: string;
  build(): Promise<T>;
  codec: SnapshotCodec<T, P>;
  /**
   * Write a fresh snapshot after a rebuild: true (default), false, or 'refresh' (only replace a snapshot that was
   * there but stale or unreadable). Failures only warn: the data folder may be read-only.
   */
  writeAfterBuild?: boolean | 'refresh';
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export interface LoadOrBuildResult<T> {
  value: T;
  from: 'snapshot' | 'build';
  /** Why it was rebuilt ("no snapshot", "sources changed", "snapshot unreadable: …"). */
  reason?: string;
  snapshotPath: string;
  source: SourceFingerprint;
  ms: number;
}

export async function loadOrBuild<T, P extends object>(opts: LoadOrBuildOptions<T, P>): Promise<LoadOrBuildResult<T>> {
  const started = performance.now();
  const snapshotPath = opts.snapshotPath ?? defaultSnapshotPath(opts.dataDir);
  let source: SourceFingerprint;
  try {
    source = await hashSourceFolder(opts.dataDir);
  } catch {
    // No readable folder: nothing to compare a snapshot with. The build reports the folder problem in its own words.
    const value = await opts.build();
    return { value, from: 'build', reason: 'source folder unreadable', snapshotPath, source: { hash: '', files: 0, bytes: 0 }, ms: Math.round(performance.now() - started) };
  }
  let reason: string;
  try {
    // Header first: a stale snapshot is not worth decoding.
    reason = staleness(await readSnapshotHeader(snapshotPath), source, opts.codec.schema) ?? '';
    if (!reason) {
      const { header, payload } = await readSnapshot<P>(snapshotPath);
      const value = await opts.codec.decode(payload);
      const ms = Math.round(performance.now() - started);
      opts.logger?.info({ snapshot: snapshotPath, specs: header.stats?.specs, ms }, 'corpus loaded from snapshot');
      return { value, from: 'snapshot', snapshotPath, source, ms };
    }
  } catch (error) {
    reason =
      error instanceof SnapshotError && error.reason === 'missing'
        ? 'no snapshot'
        : `snapshot unreadable: ${(error as Error).message}`;
  }
  if (reason !== 'no snapshot') opts.logger?.warn({ snapshot: snapshotPath, reason }, 'rebuilding corpus from sources');
  else opts.logger?.info({ snapshot: snapshotPath, reason }, 'building corpus from sources');
  const value = await opts.build();
  const write = opts.writeAfterBuild ?? true;
  if (write === true || (write === 'refresh' && reason !== 'no snapshot')) {
    try {
      await writeSnapshotOf(value, { ...opts, snapshotPath, source });
    } catch (error) {
      opts.logger?.warn({ snapshot: snapshotPath, err: (error as Error).message }, 'could not write snapshot');
    }
  }
  return { value, from: 'build', reason, snapshotPath, source, ms: Math.round(performance.now() - started) };
}

/** Encode and write `value` as the snapshot of `dataDir`. Returns the file size in bytes. */
export async function writeSnapshotOf<T, P extends object>(
  value: T,
  opts: { dataDir: string; snapshotPath?: string; codec: SnapshotCodec<T, P>; source?: SourceFingerprint },
): Promise<number> {
  const source = opts.source ?? (await hashSourceFolder(opts.dataDir));
  return writeSnapshot(
    opts.snapshotPath ?? defaultSnapshotPath(opts.dataDir),
    {
      sourceHash: source.hash,
      sourceFiles: source.files,
      schema: opts.codec.schema,
      ...(opts.codec.stats ? { stats: opts.codec.stats(value) } : {}),
    },
    opts.codec.encode(value) as Record<string, unknown>,
  );
}

function staleness(header: SnapshotHeader, source: SourceFingerprint, schema: string): string | undefined {
  if (header.schema !== schema) return `snapshot schema ${header.schema}, expected ${schema}`;
  if (header.sourceHash !== source.hash) return 'sources changed';
  return undefined;
}
