/**
 * Draws classbot's Teams icons as real PNGs (run once: npx tsx manifest/teams/make-icons.ts):
 * color.png 192×192 (white document with a tick on the accent colour) and outline.png 32×32
 * (the same document in white on transparent, as Teams requires).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../scripts/package-teams.js';

type RGBA = [number, number, number, number];

function png(width: number, height: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) Buffer.from(pixel(x, y)).copy(raw, y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ACCENT: RGBA = [0x1f, 0x5f, 0x8b, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const CLEAR: RGBA = [0, 0, 0, 0];
const GREEN: RGBA = [0x3c, 0xb3, 0x71, 255];

/** A document (unit coordinates 0..1): page, text lines, and a tick. */
function documentShape(u: number, v: number, outline: boolean): 'page' | 'line' | 'tick' | 'edge' | null {
  const inPage = u >= 0.22 && u <= 0.78 && v >= 0.14 && v <= 0.86;
  if (!inPage) return null;
  const edge = u < 0.22 + 0.07 || u > 0.78 - 0.07 || v < 0.14 + 0.07 || v > 0.86 - 0.07;
  if (outline && edge) return 'edge';
  const lines = [0.3, 0.42, 0.54].some((y) => v >= y && v <= y + 0.05) && u >= 0.32 && u <= 0.68;
  if (lines) return 'line';
  // tick: two strokes near the bottom right
  const t1 = Math.abs(v - (0.72 + (u - 0.5) * 1)) < 0.04 && u >= 0.42 && u <= 0.5;
  const t2 = Math.abs(v - (0.8 - (u - 0.5) * 1.2)) < 0.04 && u >= 0.5 && u <= 0.66;
  if (t1 || t2) return 'tick';
  return 'page';
}

const here = dirname(fileURLToPath(import.meta.url));
const color = png(192, 192, (x, y) => {
  const s = documentShape((x + 0.5) / 192, (y + 0.5) / 192, false);
  if (s === 'page') return WHITE;
  if (s === 'line') return ACCENT;
  if (s === 'tick') return GREEN;
  return ACCENT;
});
const outline = png(32, 32, (x, y) => {
  const s = documentShape((x + 0.5) / 32, (y + 0.5) / 32, true);
  return s === 'edge' || s === 'line' || s === 'tick' ? WHITE : CLEAR;
});
writeFileSync(join(here, 'color.png'), color);
writeFileSync(join(here, 'outline.png'), outline);
console.log(`color.png ${color.length} bytes, outline.png ${outline.length} bytes`);
