/**
 * The snapshot file: one file holding a built corpus (parsed specs + search index) and the fingerprint of the
 * source folder it was built from.
 *
 * Layout: "CBSNAP1\n" · u32le header length · header (JSON) · payload as JSON lines: for each top-level key of the
 * payload object a line `{"k":key,"n":count}` followed by one line per array element (`"n"` present), or a line
 * `{"k":key}` followed by the value on one line, or — for a Uint8Array value — a line `{"k":key,"b":bytes}` followed
 * by the raw bytes and a newline. Binary parts come back as views into the file's buffer (no copy, no parse): the
 * search index and the engine's precomputation are typed arrays that restore in milliseconds this way.
 *
 * Why JSON lines: measured on 10,000 parsed specs (101 MB), JSON.parse restored in 1.5–1.9 s against 4.8 s for
 * v8.deserialize (100,000 specs: 88 s for v8); one line per spec also keeps every string far below V8's ~512 MB
 * string limit, which a single JSON document of 100,000 specs (~1 GB) exceeds. The data-persistence plugin's
 * restore() loses a custom tokenizer (wrong results), see bench/snapshot-formats.ts.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

const MAGIC = Buffer.from('CBSNAP1\n', 'latin1');
/** Bump when the payload shape changes: an older snapshot is then rebuilt, not misread. */
export const SNAPSHOT_FORMAT = 3;

export interface SnapshotHeader {
  format: number;
  /** Fingerprint of the source folder (src/snapshot/source-hash.ts). */
  sourceHash: string;
  sourceFiles: number;
  createdAt: string;
  /** What wrote it (payload shape version of the corpus), so a newer build ignores an older shape. */
  schema: string;
  payloadBytes: number;
  /** Free counts for humans (specs, problems, sections…). */
  stats?: Record<string, number>;
}

export class SnapshotError extends Error {
  constructor(
    readonly reason: 'missing' | 'corrupt' | 'format',
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** Write atomically (temp file + rename): a reader never sees half a snapshot. Returns bytes written. */
export async function writeSnapshot(
  path: string,
  header: Omit<SnapshotHeader, 'format' | 'payloadBytes' | 'createdAt'>,
  payload: Record<string, unknown>,
): Promise<number> {
  const body = encodePayload(payload);
  const payloadBytes = body.reduce((n, b) => n + b.length, 0);
  const headJson = JSON.stringify({ format: SNAPSHOT_FORMAT, createdAt: new Date().toISOString(), payloadBytes, ...header });
  // Pad the header (trailing spaces are valid JSON) so the payload starts on an aligned file offset.
  const headLen = Buffer.byteLength(headJson, 'utf8');
  const head = Buffer.from(headJson + ' '.repeat((ALIGN - ((MAGIC.length + 4 + headLen) % ALIGN)) % ALIGN), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const fh = await open(tmp, 'w');
    try {
      await fh.writev([MAGIC, len, head]);
      for (let i = 0; i < body.length; i += 512) await fh.writev(body.slice(i, i + 512));
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return MAGIC.length + 4 + head.length + payloadBytes;
}

/** Binary parts start at a multiple of this in the file, so typed-array views over them need no copy. */
const ALIGN = 8;

/** Payload → JSON lines, one Buffer per line (arrays: one line per element). */
function encodePayload(payload: Record<string, unknown>): Buffer[] {
  const lines: Buffer[] = [];
  let bytes = 0;
  const push = (b: Buffer) => {
    lines.push(b);
    bytes += b.length;
  };
  const line = (value: unknown) => push(Buffer.from(`${JSON.stringify(value) ?? 'null'}\n`, 'utf8'));
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (value instanceof Uint8Array) {
      // Spaces before the newline (JSON allows them) put the bytes on an aligned offset of the payload.
      const head = JSON.stringify({ k: key, b: value.byteLength });
      const pad = (ALIGN - ((bytes + head.length + 1) % ALIGN)) % ALIGN;
      push(Buffer.from(`${head}${' '.repeat(pad)}\n`, 'utf8'));
      push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      push(NEWLINE);
    } else if (Array.isArray(value)) {
      line({ k: key, n: value.length });
      for (const item of value) line(item);
    } else {
      line({ k: key });
      line(value);
    }
  }
  return lines;
}

const NEWLINE = Buffer.from('\n');

function decodePayload(body: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let at = 0;
  const next = (): unknown => {
    const end = body.indexOf(10, at);
    if (end < 0) throw new Error('unexpected end of payload');
    const value = JSON.parse(body.toString('utf8', at, end)) as unknown;
    at = end + 1;
    return value;
  };
  while (at < body.length) {
    const part = next() as { k?: unknown; n?: unknown; b?: unknown };
    if (typeof part?.k !== 'string') throw new Error('malformed payload part');
    if (typeof part.b === 'number') {
      const end = at + part.b;
      if (end >= body.length || body[end] !== 10) throw new Error(`binary part ${part.k} is truncated`);
      const view = body.subarray(at, end);
      // Written aligned; copy only if this buffer happens to start off-alignment (e.g. a pooled small read).
      out[part.k] = view.byteOffset % ALIGN === 0 ? view : new Uint8Array(view);
      at = end + 1;
    } else if (typeof part.n === 'number') {
      const items = new Array<unknown>(part.n);
      for (let i = 0; i < part.n; i++) items[i] = next();
      out[part.k] = items;
    } else out[part.k] = next();
  }
  return out;
}

/** Header only (cheap: reads the first bytes), to decide whether the snapshot is fresh before decoding it. */
export async function readSnapshotHeader(path: string): Promise<SnapshotHeader> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch {
    throw new SnapshotError('missing', `no snapshot at ${path}`);
  }
  try {
    const first = Buffer.alloc(MAGIC.length + 4);
    const { bytesRead } = await fh.read(first, 0, first.length, 0);
    if (bytesRead < first.length || !first.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new SnapshotError('corrupt', `${path} is not a classbot snapshot`);
    }
    const headLen = first.readUInt32LE(MAGIC.length);
    if (headLen > 1 << 20) throw new SnapshotError('corrupt', `${path}: header too large`);
    const head = Buffer.alloc(headLen);
    await fh.read(head, 0, headLen, first.length);
    return parseHeader(head, path);
  } finally {
    await fh.close();
  }
}

/** Whole snapshot: header and decoded payload. Throws SnapshotError when it cannot be read as one. */
export async function readSnapshot<T>(path: string): Promise<{ header: SnapshotHeader; payload: T }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new SnapshotError('missing', `no snapshot at ${path}`);
  }
  if (data.length < MAGIC.length + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotError('corrupt', `${path} is not a classbot snapshot`);
  }
  const headLen = data.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (start + headLen > data.length) throw new SnapshotError('corrupt', `${path} is truncated`);
  const header = parseHeader(data.subarray(start, start + headLen), path);
  const body = data.subarray(start + headLen);
  if (body.length !== header.payloadBytes) {
    throw new SnapshotError('corrupt', `${path} is truncated (${body.length} of ${header.payloadBytes} payload bytes)`);
  }
  try {
    return { header, payload: decodePayload(body) as T };
  } catch (error) {
    throw new SnapshotError('corrupt', `${path}: cannot decode payload (${(error as Error).message})`);
  }
}

function parseHeader(bytes: Buffer, path: string): SnapshotHeader {
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.toString('utf8')) as SnapshotHeader;
  } catch {
    throw new SnapshotError('corrupt', `${path}: unreadable header`);
  }
  if (header.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError('format', `${path}: snapshot format ${header.format}, expected ${SNAPSHOT_FORMAT}`);
  }
  if (typeof header.sourceHash !== 'string' || typeof header.payloadBytes !== 'number') {
    throw new SnapshotError('corrupt', `${path}: incomplete header`);
  }
  return header;
}

