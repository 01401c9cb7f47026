/**
 * Start classbot's real shared server (src/server/app.ts) on a free port with the real engine over
 * index-data, a fake connector, and a logger whose lines the test can read back.
 */
import { Writable } from 'node:stream';
import type { AppConfig, TeamsConfig } from '../../../src/config-shape.js';
import { loadCorpus } from '../../../src/corpus.js';
import type { Engine } from '../../../src/engine/engine.js';
import { createEngine } from '../../../src/engine/index.js';
import { createLogger } from '../../../src/log.js';
import { startServer } from '../../../src/server/app.js';

let shared: Promise<Engine> | undefined;

/** The real engine over the seed specs (built once per test file). */
export function realEngine(): Promise<Engine> {
  shared ??= loadCorpus('index-data').then((corpus) => createEngine(corpus));
  return shared;
}

/** Wrap an engine to count calls per method (it still answers with the real engine). */
export function counting(engine: Engine): { engine: Engine; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const wrapped = new Proxy(engine, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { engine: wrapped, calls };
}

export interface TestServer {
  url: string;
  logs: Record<string, unknown>[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; text: string }>;
  close(): Promise<void>;
}

export async function startTestServer(opts: { engine: Engine; teams?: Partial<TeamsConfig> }): Promise<TestServer> {
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination, pretty: false });
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: 'index-data',
    logLevel: 'info',
    teams: { appType: 'MultiTenant', ...opts.teams },
  };
  const server = await startServer({ config, engine: opts.engine, logger });
  return {
    url: server.url,
    logs,
    async post(body, headers = {}) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed, text };
    },
    close: () => server.close(),
  };
}
