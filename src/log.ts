/**
 * Structured logs: pino JSON lines (level, time, reqId, channel, op, latency ms), human-readable in a terminal.
 *
 * Privacy is enforced here, not left to each caller:
 * - secrets (tokens, signing secrets, passwords, Authorization / Slack signature headers) are censored;
 * - user text (profiles, questions, message text, request bodies) is replaced by its length, so a
 *   candidate profile can never reach the logs even when a caller logs a whole object by mistake.
 */
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/** Where a request came from; every request log line carries one. */
export type Channel = 'slack' | 'teams' | 'web' | 'cli' | 'http';

export interface LoggerOpts {
  level?: string;
  /** Where lines go (default: stdout). Tests pass a stream to read the lines back. */
  destination?: Writable | NodeJS.WritableStream;
  /** Human-readable output; default: when stdout is a terminal and no destination is given. */
  pretty?: boolean;
  /** Bound fields on every line, e.g. { channel: 'cli' }. */
  base?: Record<string, unknown>;
}

/** Keys whose values are secrets, wherever they appear (top level or one/two levels deep). */
const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'x-slack-signature',
  'cookie',
  'set-cookie',
  'token',
  'botToken',
  'appToken',
  'accessToken',
  'access_token',
  'signingSecret',
  'clientSecret',
  'password',
  'appPassword',
  'MicrosoftAppPassword',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
];

/** Keys whose values are what a user typed: logged as their length only. */
const USER_TEXT_KEYS = ['profile', 'text', 'question', 'body', 'rawBody', 'notes', 'value'];

function paths(keys: string[]): string[] {
  const quoted = keys.map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`));
  const join = (prefix: string, k: string) => (k.startsWith('[') ? `${prefix}${k}` : `${prefix}.${k}`);
  return quoted.flatMap((k) => [k.startsWith('[') ? k.slice(2, -2) : k, join('*', k), join('*.*', k)]);
}

/** Redaction paths, exported for tests and for anyone building a child logger with extra paths. */
export const REDACT_PATHS = {
  secrets: [...paths(SECRET_KEYS), 'req.headers.authorization', 'req.headers["x-slack-signature"]'],
  userText: paths(USER_TEXT_KEYS),
};

/** Replacement for user text: its size, never its content. */
function censorUserText(value: unknown): string {
  if (typeof value === 'string') return `[${value.length} chars]`;
  if (value === undefined || value === null) return String(value);
  try {
    return `[${JSON.stringify(value).length} chars]`;
  } catch {
    return '[redacted]';
  }
}

export function createLogger(opts: LoggerOpts = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? process.env.LOG_LEVEL?.toLowerCase() ?? 'info',
    base: { ...opts.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Two passes: secrets → "[redacted]"; user text → "[N chars]".
    redact: {
      paths: [...REDACT_PATHS.secrets, ...REDACT_PATHS.userText],
      censor: (value, path) => (isSecretPath(path) ? '[redacted]' : censorUserText(value)),
    },
    serializers: { err: pino.stdSerializers.err },
  };
  const pretty = opts.pretty ?? (!opts.destination && process.stdout.isTTY === true);
  if (pretty) return pino(options, prettyStream());
  return opts.destination ? pino(options, opts.destination as Writable) : pino(options);
}

/** Log-safe description of a candidate profile or other user text: its length only. */
export function textMeta(text: string | undefined | null): { textLength: number } {
  return { textLength: typeof text === 'string' ? text.length : 0 };
}

/** Log-safe description of a candidate profile (free text or structured form input). */
export function profileMeta(profile: unknown): { profileLength: number } {
  if (typeof profile === 'string') return { profileLength: profile.length };
  try {
    return { profileLength: JSON.stringify(profile ?? '').length };
  } catch {
    return { profileLength: 0 };
  }
}

function isSecretPath(path: string[]): boolean {
  const last = path[path.length - 1] ?? '';
  return SECRET_KEYS.includes(last);
}

function prettyStream(): Writable {
  // pino-pretty as an in-process stream (no worker thread): colours, one line per entry.
  // Imported lazily through createRequire so production JSON logging never loads it.
  const pretty = requirePretty();
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }) as Writable;
}

function requirePretty(): (opts: Record<string, unknown>) => NodeJS.WritableStream {
  const require = createRequire(import.meta.url);
  const mod = require('pino-pretty') as { default?: unknown };
  return (typeof mod === 'function' ? mod : mod.default) as (opts: Record<string, unknown>) => NodeJS.WritableStream;
}
