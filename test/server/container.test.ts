/**
 * The container image's essentials, checked from the Dockerfile itself (no Docker engine here):
 * multi-stage, slim runtime, production dependencies only, non-root, index built at image build time,
 * health check on /healthz, port 3978, and the server entry point that `npm start` runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
// Join continuation lines, drop comments: one instruction per line.
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const stages: string[][] = [];
for (const line of instructions) {
  if (/^FROM\s/i.test(line)) stages.push([]);
  stages.at(-1)?.push(line);
}
const runtime = stages.at(-1) ?? [];
const build = stages[0] ?? [];
const find = (stage: string[], re: RegExp) => stage.filter((l) => re.test(l));

describe('Dockerfile', () => {
  it('is multi-stage: a build stage and a node:20-slim runtime', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build[0]).toMatch(/^FROM node:20[\w.-]*\s+AS\s+build/i);
    expect(runtime[0]).toMatch(/^FROM node:20-slim\b/i);
  });

  it('builds with npm ci and compiles in the build stage; builds the index snapshot into the image', () => {
    expect(find(build, /^RUN .*npm ci\b/)).toHaveLength(1);
    expect(find(build, /^RUN .*npm run build/)).toHaveLength(1);
    // The snapshot is built after the specs are in their final place (it is keyed to their size and mtime).
    const snapshot = runtime.findIndex((l) => /^RUN node dist\/adapters\/cli\/run\.js index build$/.test(l));
    const specs = runtime.findIndex((l) => /^COPY .*index-data/.test(l));
    expect(snapshot).toBeGreaterThan(specs);
    expect(specs).toBeGreaterThan(0);
    expect(existsSync(join(ROOT, 'adapters/cli/commands/index-build.ts'))).toBe(true);
  });

  it('the build stage copies everything tsconfig.build.json compiles and what it imports', () => {
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    const copied = find(stages[0] ?? [], /^COPY /).join('\n');
    for (const dir of [...build.include, 'bench']) expect(copied, dir).toMatch(new RegExp(`COPY ${dir} \\./${dir}`));
  });

  it('runs in production mode with production dependencies only, as a non-root user', () => {
    expect(find(runtime, /^ENV .*NODE_ENV=production/)).toHaveLength(1);
    const install = find(runtime, /^RUN .*npm ci/);
    expect(install).toHaveLength(1);
    expect(install[0]).toMatch(/--omit=dev/);
    const user = find(runtime, /^USER\s/);
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^USER\s+(root|0)(\s|:|$)/);
    // Everything compiled comes from the build stage; no compiler in the runtime.
    expect(find(runtime, /^COPY --from=build \/app\/dist/)).toHaveLength(1);
    expect(find(runtime, /npm run build|tsc\b/)).toHaveLength(0);
  });

  it('exposes 3978, checks /healthz, and starts the server entry point', () => {
    expect(find(runtime, /^EXPOSE 3978$/)).toHaveLength(1);
    expect(find(runtime, /^HEALTHCHECK .*\/healthz/)).toHaveLength(1);
    expect(find(runtime, /^CMD \["node", "dist\/src\/server\/main\.js"\]$/)).toHaveLength(1);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('node dist/src/server/main.js');
  });

  it('ships the playground page and the specs, and keeps secrets and local builds out of the context', () => {
    expect(find(runtime, /adapters\/web\/public/)).toHaveLength(1);
    expect(find(runtime, /index-data/).length).toBeGreaterThan(0);
    expect(existsSync(join(ROOT, 'adapters/web/public/index.html'))).toBe(true);
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.git', '.env']) expect(ignore).toContain(entry);
  });
});

describe('.ci/run', () => {
  it('installs from the lockfile (npm ci), installs Chromium when missing, then runs the tests', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/^npm i(nstall)?\b/m);
    expect(ci).toMatch(/apt-get install -y[\w -]* chromium/);
    expect(ci).toMatch(/^npm test$/m);
    expect(existsSync(join(ROOT, 'package-lock.json'))).toBe(true);
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('starts with the two set-up commands: run it, test it', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## Slack'));
  });

  it('documents every configuration variable, Docker, and your own spec files', async () => {
    const { CONFIG_VARIABLES } = await import('../../src/config.js');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
    expect(readme).toContain('docker build');
    expect(readme).toContain('docker run');
    expect(readme).toMatch(/CLASSBOT_DATA=\/path\/to\/specs/);
    for (const link of ['docs/slack.md', 'docs/teams.md']) expect(readme).toContain(`](${link})`);
  });
});
