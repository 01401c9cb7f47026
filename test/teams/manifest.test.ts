/** The Teams app package: manifest valid against Microsoft's published schema, icons, zip contents. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../adapters/teams/cards/index.js';
import { MANIFEST_DIR, buildPackage, crc32 } from '../../scripts/package-teams.js';

const require = createRequire(import.meta.url);
// CommonJS packages: under NodeNext their classes sit on `.default`, at run time they may not.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule.default }).default ?? AjvModule;
const addFormats = (formatsModule as unknown as { default: typeof formatsModule.default }).default ?? formatsModule;

function schemaFor(version: string): object {
  return require(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
}

function validate(manifest: { manifestVersion: string }) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(schemaFor(manifest.manifestVersion));
  const ok = check(manifest);
  return { ok, errors: check.errors ?? [] };
}

/** Entries of a zip (central directory → local data), checking each CRC. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data), `${name} CRC`).toBe(crc);
    out.set(name, data);
    at += 46 + nameLength + skip;
  }
  return out;
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8'));

describe('Teams manifest', () => {
  it('uses the newest schema version @microsoft/app-manifest ships, and validates against it', () => {
    const dir = join(require.resolve('@microsoft/app-manifest/package.json'), '..', 'build/json-schemas/teams');
    const versions = execFileSync('ls', [dir]).toString().split('\n').filter((v) => /^v1\.\d+$/.test(v)).map((v) => Number(v.slice(3)));
    expect(manifest.manifestVersion).toBe(`1.${Math.max(...versions)}`);
    const { ok, errors } = validate(manifest);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator does catch a broken manifest', () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] };
    delete (broken as Record<string, unknown>).accentColor;
    expect(validate(broken).ok).toBe(false);
  });

  it('declares the bot in personal, team and group chat, with the commands the bot handles', () => {
    const bot = manifest.bots[0];
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(COMMANDS.map((c) => c.command));
    const search = manifest.composeExtensions[0].commands[0];
    expect(search).toMatchObject({ id: 'searchSpecs', type: 'query' });
    expect(search.parameters[0].name).toBe('searchQuery');
    expect(manifest.validDomains.length).toBeGreaterThan(0);
  });
});

describe('npm run package:teams', () => {
  it('zips manifest.json, color.png 192×192 and outline.png 32×32 with ids from the environment', () => {
    const env = { MicrosoftAppId: '12345678-aaaa-bbbb-cccc-1234567890ab', TEAMS_APP_ID: '87654321-aaaa-bbbb-cccc-1234567890ab', TEAMS_BOT_DOMAIN: 'classbot.example.gov' };
    const { zip } = buildPackage(env);
    const files = unzip(zip);
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(pngSize(files.get('color.png')!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files.get('outline.png')!)).toEqual({ width: 32, height: 32 });
    const packaged = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(packaged.id).toBe(env.TEAMS_APP_ID);
    expect(packaged.bots[0].botId).toBe(env.MicrosoftAppId);
    expect(packaged.composeExtensions[0].botId).toBe(env.MicrosoftAppId);
    expect(packaged.validDomains).toEqual(['classbot.example.gov']);
    expect(validate(packaged).errors).toEqual([]);
  });

  it('refuses a bot id that is not a GUID, with a clear message', () => {
    expect(() => buildPackage({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId must be a GUID/);
  });

  it('the npm script writes the package file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'teams-pkg-')), 'app.zip');
    const stdout = execFileSync('npm', ['run', '--silent', 'package:teams', '--', '--out', out], { encoding: 'utf8', env: { ...process.env, MicrosoftAppId: '' } });
    expect(stdout).toContain('Teams app package written');
    expect([...unzip(readFileSync(out)).keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });
});
