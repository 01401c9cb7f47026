/**
 * Cross-cutting HTTP middleware for the shared server: request ids and log lines, body limits,
 * content-type checks, 404 and error responses (every client mistake is a 4xx, never a 5xx).
 */
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import type { Channel, Logger } from '../log.js';

/** Largest request body accepted on any route (Slack and Bot Framework payloads are far smaller). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Per-request facts: set here, read by the log line; a handler may set `op`. */
declare module 'express-serve-static-core' {
  interface Locals {
    reqId: string;
    channel: Channel;
    op?: string;
    log: Logger;
  }
}

const SAFE_REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Slack and Teams by their routes, probes as plain HTTP, everything else is the playground (page, assets, API). */
function channelOf(path: string): Channel {
  if (path.startsWith('/slack/')) return 'slack';
  if (path === '/api/messages') return 'teams';
  if (path === '/healthz' || path === '/readyz') return 'http';
  return 'web';
}

/**
 * Give each request an id (the caller's X-Request-Id when it looks safe, else a new UUID), a child
 * logger, and one log line when it ends: channel, op, status, latency in ms. Never the body.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const reqId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const channel = channelOf(req.path);
    res.locals.reqId = reqId;
    res.locals.channel = channel;
    res.locals.log = logger.child({ reqId, channel });
    res.setHeader('X-Request-Id', reqId);

    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const latency = Number(process.hrtime.bigint() - started) / 1e6;
      const op = res.locals.op ?? inferOp(req);
      const line = {
        op,
        method: req.method,
        path: req.originalUrl.split('?')[0]!.slice(0, 200),
        status: res.statusCode,
        latency: Math.round(latency * 100) / 100,
        ...(aborted && { aborted: true }),
      };
      // Probes would drown everything else at info level.
      const quiet = req.path === '/healthz' || req.path === '/readyz';
      const level = quiet ? 'debug' : res.statusCode >= 500 ? 'error' : 'info';
      res.locals.log[level](line, 'request');
    };
    res.on('finish', () => done(false));
    res.on('close', () => done(!res.writableFinished));
    next();
  };
}

/** Operation name from a parsed Slack or Bot Framework body: its kind only, never its content. */
function inferOp(req: Request): string | undefined {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.command === 'string') return 'command';
  if (b.type === 'event_callback' && b.event && typeof b.event === 'object') {
    const type = (b.event as Record<string, unknown>).type;
    return typeof type === 'string' ? `event:${type}` : 'event';
  }
  if (typeof b.type === 'string') {
    const name = typeof b.name === 'string' ? `:${b.name}` : '';
    return `${b.type}${name}`.slice(0, 80);
  }
  return undefined;
}

/** JSON bodies for the routes that take them; other content types are left unparsed (and refused by requireJson). */
export const jsonBody: RequestHandler = express.json({ limit: BODY_LIMIT_BYTES, strict: true });

/** 415 unless the request declares a JSON body. */
export const requireJson: RequestHandler = (req, res, next) => {
  if (!req.is('application/json')) {
    res.status(415).json({ error: 'Unsupported content type: send a JSON body with Content-Type: application/json.', reqId: res.locals.reqId });
    return;
  }
  next();
};

/**
 * Body limit for routes whose handler reads the raw stream itself (Bolt verifies Slack's signature over
 * the raw bytes): refuse by Content-Length before the handler runs, and require a length.
 */
export function limitRawBody(limit = BODY_LIMIT_BYTES): RequestHandler {
  return (req, res, next) => {
    const length = req.get('content-length');
    if (length === undefined) {
      if (req.get('transfer-encoding')) {
        res.status(411).json({ error: 'Content-Length required.', reqId: res.locals.reqId });
        return;
      }
      return next();
    }
    if (!/^\d+$/.test(length)) {
      res.status(400).json({ error: 'Invalid Content-Length.', reqId: res.locals.reqId });
      return;
    }
    if (Number(length) > limit) {
      res.status(413).json({ error: `Request body too large (limit ${limit} bytes).`, reqId: res.locals.reqId });
      req.resume();
      return;
    }
    next();
  };
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: `Not found: ${req.method} ${req.path}`.slice(0, 200), reqId: res.locals.reqId });
};

/** Errors to responses: the client's own mistakes keep their 4xx status; anything else is logged as a 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const status = httpStatusOf(err);
  const log = res.locals.log;
  if (status < 500) {
    log?.debug({ status, errType: (err as { type?: string })?.type }, clientErrorMessage(err, status));
  } else {
    log?.error({ err }, 'request failed');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(status).json({ error: status < 500 ? clientErrorMessage(err, status) : 'Internal error.', reqId: res.locals.reqId });
};

function httpStatusOf(err: unknown): number {
  const e = err as { status?: unknown; statusCode?: unknown } | undefined;
  const status = Number(e?.status ?? e?.statusCode);
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
}

function clientErrorMessage(err: unknown, status: number): string {
  const type = (err as { type?: string })?.type;
  if (type === 'entity.parse.failed') return 'Malformed JSON body.';
  if (type === 'entity.too.large') return `Request body too large (limit ${BODY_LIMIT_BYTES} bytes).`;
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return 'Unsupported body encoding.';
  if (type === 'request.aborted') return 'Request aborted.';
  if (status === 413) return 'Request body too large.';
  return status === 404 ? 'Not found.' : 'Bad request.';
}
