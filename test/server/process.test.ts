/**
 * The server as a process (`node --import tsx src/server/main.ts`; `npm start` runs the compiled copy): graceful shutdown on
 * SIGTERM / SIGINT (stop accepting, finish the request in flight, exit 0), and a stray rejected promise is
 * logged without ending the process.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface Proc {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  exited: Promise<number | null>;
  /** Resolves with the first JSON log line whose msg matches. */
  line(msg: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
}

const running: Proc[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string> = {}): Proc {
  // One node process with tsx's loader, like production's `node dist/src/server/main.js` (the tsx CLI would add a
  // parent process in between that handles signals itself).
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CLASSBOT_ENV_FILE: '/nonexistent/.env', PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let out = '';
  const listeners: (() => void)[] = [];
  child.stdout.on('data', (d) => {
    out += d;
    listeners.forEach((l) => l());
  });
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const proc: Proc = {
    child,
    stdout: () => out,
    exited,
    line: (msg, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no log line ${msg} in:\n${out}`)), timeoutMs);
        const check = () => {
          // Complete lines only: a chunk can end mid-line.
          for (const raw of out.split('\n').slice(0, -1)) {
            if (!raw.startsWith('{')) continue;
            let line: Record<string, unknown>;
            try {
              line = JSON.parse(raw) as Record<string, unknown>;
            } catch {
              continue;
            }
            if (typeof line.msg === 'string' && msg.test(line.msg)) {
              clearTimeout(timer);
              resolve(line);
              return true;
            }
          }
          return false;
        };
        if (!check()) listeners.push(() => void check());
      }),
  };
  running.push(proc);
  return proc;
}

describe('graceful shutdown', { timeout: 90_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: stops accepting, finishes the request in flight, exits 0', async (signal) => {
    const proc = start(['src/server/main.ts']);
    const listening = await proc.line(/classbot listening/);
    await proc.line(/classbot ready/);
    const { port } = listening as { port: number };

    // A request in flight: headers and half the body sent, the rest after the signal.
    const body = JSON.stringify({ text: 'What is the grade of Production Coordinator?' });
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    let response = '';
    socket.on('data', (d) => (response += d));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    socket.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));

    proc.child.kill(signal);
    await proc.line(/signal received/);
    // No new connections once shutting down.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(proc.child.exitCode).toBeNull(); // still finishing the request in flight

    socket.end(body.slice(10));
    await closed;
    expect(response, response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('"answer"');
    expect(await proc.exited).toBe(0);
    expect(proc.stdout()).toMatch(/"msg":"stopped"/);
  });
});

describe('process guards', { timeout: 90_000 }, () => {
  it('an unhandled promise rejection is logged and the process keeps running', async () => {
    const script = [
      "import { createLogger } from './src/log.ts';",
      "import { installProcessGuards } from './src/server/main.ts';",
      "installProcessGuards(createLogger({ level: 'info', pretty: false }));",
      "Promise.reject(new Error('far end exploded'));",
      "setTimeout(() => { console.log('STILL-ALIVE'); process.exit(0); }, 300);",
    ].join('\n');
    const proc = start(['--input-type=module', '--eval', script]);
    const line = await proc.line(/unhandled promise rejection/);
    expect(line.level).toBe('error');
    expect(JSON.stringify(line.err)).toContain('far end exploded');
    expect(await proc.exited).toBe(0);
    expect(proc.stdout()).toContain('STILL-ALIVE');
  });
});

describe('start-up failures', { timeout: 90_000 }, () => {
  it('a data folder with no spec files: one clear line, no stack, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classbot-empty-'));
    const proc = start(['src/server/main.ts'], { CLASSBOT_DATA: dir });
    expect(await proc.exited).toBe(1);
    expect(proc.stdout()).toContain(`classbot: could not start: no spec files (*.txt) in ${dir}`);
    expect(proc.stdout()).not.toMatch(/\n\s+at |\\n\s+at /);
  });

  it('a port already in use: one clear line, exit 1', async () => {
    const first = start(['src/server/main.ts']);
    const { port } = (await first.line(/classbot listening/)) as { port: number };
    const second = start(['src/server/main.ts'], { PORT: String(port) });
    expect(await second.exited).toBe(1);
    expect(second.stdout()).toContain(`classbot: could not start: PORT ${port} is already in use`);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });
});

describe('classbot serve', { timeout: 90_000 }, () => {
  it('runs the same server (with --data) and stops gracefully', async () => {
    const proc = start(['adapters/cli/run.ts', 'serve', '--data', 'index-data']);
    const ready = await proc.line(/classbot ready/);
    const url = String(ready.url);
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(200);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });

  it('refuses an unknown option and a bad --data folder with one line', async () => {
    const unknown = start(['adapters/cli/run.ts', 'serve', '--port', '80']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.stdout().trim()).toBe('classbot serve: unknown option "--port" (usage: classbot serve [--data DIR])');
    const missing = start(['adapters/cli/run.ts', 'serve', '--data', '/no/such/dir']);
    expect(await missing.exited).toBe(2);
    expect(missing.stdout().trim()).toMatch(/^classbot: invalid configuration: CLASSBOT_DATA: expected a folder/);
  });
});
