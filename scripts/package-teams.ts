/**
 * npm run package:teams — build the Teams app package (manifest.json + color.png + outline.png,
 * zipped) that you upload in Teams (Apps → Manage your apps → Upload an app) or in the Teams
 * Developer Portal.
 *
 * The manifest in manifest/teams/ holds placeholder ids; set these to fill them in:
 *   MicrosoftAppId       the bot's Microsoft App ID (Azure Bot registration) → bots[].botId, composeExtensions[].botId
 *   TEAMS_APP_ID         the Teams app's own id (any GUID, stable across versions) → id
 *   TEAMS_BOT_DOMAIN     the public host name of /api/messages, e.g. classbot.example.gov → validDomains
 * Options: --out FILE (default dist/classbot-teams.zip).
 *
 * The zip is written here with node:zlib (deflate + CRC-32): three files need no zip dependency.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_DIR = join(ROOT, 'manifest', 'teams');
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE), as zip entries and PNG chunks need it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A fixed DOS timestamp (2024-01-01), so the same inputs always give the same bytes. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** A minimal zip (deflate, UTF-8 names, no zip64). */
export function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4); // version needed to extract
    local.writeUInt16LE(0x0800, 6); // UTF-8 file names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);

    const dir = header(0x02014b50, 46);
    dir.writeUInt16LE(20, 4); // version made by
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(DOS_DATE, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(entry.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The manifest with the ids and domain from the environment filled in. */
export function manifestFor(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as {
    id: string;
    bots: { botId: string }[];
    composeExtensions: { botId: string }[];
    validDomains: string[];
  };
  const botId = env.MicrosoftAppId?.trim();
  if (botId) {
    if (!GUID.test(botId)) throw new Error(`MicrosoftAppId must be a GUID (the bot's Microsoft App ID), got "${botId}"`);
    for (const bot of manifest.bots) bot.botId = botId;
    for (const extension of manifest.composeExtensions) extension.botId = botId;
  }
  const appId = env.TEAMS_APP_ID?.trim();
  if (appId) {
    if (!GUID.test(appId)) throw new Error(`TEAMS_APP_ID must be a GUID, got "${appId}"`);
    manifest.id = appId;
  }
  const domain = env.TEAMS_BOT_DOMAIN?.trim();
  if (domain) {
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(domain)) throw new Error(`TEAMS_BOT_DOMAIN must be a host name such as classbot.example.gov, got "${domain}"`);
    manifest.validDomains = [domain];
  }
  return manifest;
}

export function buildPackage(env: NodeJS.ProcessEnv = process.env): { zip: Buffer; manifest: Record<string, unknown> } {
  const manifest = manifestFor(env);
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(MANIFEST_DIR, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(MANIFEST_DIR, 'outline.png')) },
  ];
  return { zip: zip(entries), manifest };
}

function main(argv: string[]): void {
  const outFlag = argv.indexOf('--out');
  const out = resolve(outFlag >= 0 && argv[outFlag + 1] ? argv[outFlag + 1]! : join(ROOT, 'dist', 'classbot-teams.zip'));
  try {
    const { zip: archive, manifest } = buildPackage();
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, archive);
    const bots = manifest.bots as { botId: string }[];
    const placeholder = bots[0]?.botId === '00000000-0000-0000-0000-000000000000';
    console.log(`Teams app package written: ${out} (${archive.length} bytes: ${PACKAGE_FILES.join(', ')})`);
    if (placeholder) console.log('Note: MicrosoftAppId is not set, so the package has a placeholder bot id; set it before uploading to Teams.');
  } catch (error) {
    console.error(`package:teams failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
