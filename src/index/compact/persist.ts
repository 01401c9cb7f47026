/**
 * One binary blob for a compact index: a mark, a small JSON header, then each part (typed arrays, UTF-8 text)
 * 8-byte aligned. Loading makes views over the blob (no copy, no per-term or per-posting objects) and decodes the
 * dictionaries' text once each.
 *
 *   bytes 0–3  "CBIX"   4–7 format version (u32, little-endian)   8–11 header length (u32)   header JSON   parts…
 */
import type { TermDictionary } from './dictionary.js';
import type { CompactDb, FieldIndex } from './types.js';

const MAGIC = 'CBIX';
export const FORMAT_VERSION = 1;
const UNREADABLE = 'not a saved classbot index';

type Part = Uint32Array | string;
interface PartEntry {
  type: 'u32' | 'utf8';
  offset: number;
  bytes: number;
}
interface Header<M> {
  meta: M;
  parts: Record<string, PartEntry>;
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodeBlob<M>(meta: M, parts: ReadonlyArray<readonly [string, Part]>): Uint8Array {
  const encoder = new TextEncoder();
  const bodies = parts.map(([name, part]) => [name, typeof part === 'string' ? encoder.encode(part) : part] as const);
  // Offsets depend on the header's length, which depends on the offsets: lay out relative to the body start.
  const entries: Record<string, PartEntry> = {};
  let at = 0;
  for (const [name, body] of bodies) {
    entries[name] = { type: body instanceof Uint32Array ? 'u32' : 'utf8', offset: at, bytes: body.byteLength };
    at = align8(at + body.byteLength);
  }
  const header = encoder.encode(JSON.stringify({ meta, parts: entries } satisfies Header<M>));
  const bodyStart = align8(12 + header.byteLength);
  const blob = new Uint8Array(bodyStart + at);
  blob.set(encoder.encode(MAGIC), 0);
  const view = new DataView(blob.buffer);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, header.byteLength, true);
  blob.set(header, 12);
  for (const [name, body] of bodies) {
    blob.set(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), bodyStart + entries[name]!.offset);
  }
  return blob;
}

export interface DecodedBlob<M> {
  meta: M;
  u32(name: string): Uint32Array;
  text(name: string): string;
}

export function decodeBlob<M>(input: unknown): DecodedBlob<M> {
  if (!(input instanceof Uint8Array) || input.byteLength < 12) throw new Error(`${UNREADABLE} (expected the bytes saveSpecIndex returned)`);
  // Typed-array views need aligned offsets: a blob cut out of a larger buffer at an odd place is copied once.
  const blob = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const magic = String.fromCharCode(blob[0]!, blob[1]!, blob[2]!, blob[3]!);
  const version = view.getUint32(4, true);
  if (magic !== MAGIC) throw new Error(`${UNREADABLE} (no ${MAGIC} mark)`);
  if (version !== FORMAT_VERSION) throw new Error(`${UNREADABLE} (format version ${version}, this code reads ${FORMAT_VERSION}): rebuild the index`);
  const headerBytes = view.getUint32(8, true);
  if (12 + headerBytes > blob.byteLength) throw new Error(`${UNREADABLE} (truncated header)`);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(blob.subarray(12, 12 + headerBytes))) as Header<M>;
  const bodyStart = blob.byteOffset + align8(12 + headerBytes);
  const entry = (name: string, type: PartEntry['type']): PartEntry => {
    const found = header.parts[name];
    if (!found || found.type !== type || bodyStart - blob.byteOffset + found.offset + found.bytes > blob.byteLength) {
      throw new Error(`${UNREADABLE} (part ${name} missing or truncated)`);
    }
    return found;
  };
  return {
    meta: header.meta,
    u32: (name) => {
      const { offset, bytes } = entry(name, 'u32');
      return new Uint32Array(blob.buffer, bodyStart + offset, bytes / 4);
    },
    text: (name) => {
      const { offset, bytes } = entry(name, 'utf8');
      return decoder.decode(new Uint8Array(blob.buffer, bodyStart + offset, bytes));
    },
  };
}

/** What a database contributes to the header (the parts are named `${name}.${property}.…`). */
export interface DbMeta {
  docsCount: number;
  fields: Array<{ property: string; avgFieldLength: number }>;
}

export function dbParts(name: string, db: CompactDb): { meta: DbMeta; parts: Array<[string, Part]> } {
  const parts: Array<[string, Part]> = [];
  const fields = Object.entries(db.fields).map(([property, field]) => {
    const at = `${name}.${property}`;
    parts.push(
      [`${at}.chars`, field.dictionary.chars],
      [`${at}.offsets`, field.dictionary.offsets],
      [`${at}.postingStart`, field.postingStart],
      [`${at}.postingDocs`, field.postingDocs],
      [`${at}.fieldLengths`, field.fieldLengths],
    );
    return { property, avgFieldLength: field.avgFieldLength };
  });
  return { meta: { docsCount: db.docsCount, fields }, parts };
}

export function dbFromBlob(name: string, meta: DbMeta, blob: DecodedBlob<unknown>): CompactDb {
  const fields: Record<string, FieldIndex> = {};
  for (const { property, avgFieldLength } of meta.fields) {
    const at = `${name}.${property}`;
    const dictionary: TermDictionary = { chars: blob.text(`${at}.chars`), offsets: blob.u32(`${at}.offsets`) };
    const field: FieldIndex = {
      dictionary,
      postingStart: blob.u32(`${at}.postingStart`),
      postingDocs: blob.u32(`${at}.postingDocs`),
      fieldLengths: blob.u32(`${at}.fieldLengths`),
      avgFieldLength,
    };
    const terms = dictionary.offsets.length - 1;
    if (
      dictionary.chars.length !== dictionary.offsets[terms] ||
      field.postingStart.length !== terms + 1 ||
      field.postingStart[terms] !== field.postingDocs.length ||
      field.fieldLengths.length !== meta.docsCount
    ) {
      throw new Error(`${UNREADABLE} (${at} is inconsistent)`);
    }
    fields[property] = field;
  }
  return { docsCount: meta.docsCount, fields };
}
