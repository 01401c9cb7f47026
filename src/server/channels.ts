/**
 * Where the chat channels plug into the shared server.
 *
 * Teams (always on): POST /api/messages → the botbuilder CloudAdapter handler from adapters/teams.
 * Slack (when configured): POST /slack/events → Bolt's HTTP handler, or Socket Mode (no route) with an app token.
 * Each route is guarded here so a malformed request is a 4xx before any adapter code runs.
 */
import type { RequestHandler } from 'express';
import type { SlackConfig, TeamsConfig } from '../config-shape.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../log.js';
import type { Readiness } from './health.js';
import { jsonBody, limitRawBody, requireJson } from './middleware.js';

/** The channel contracts from the team brief (adapters/slack/index.ts, adapters/teams/index.ts). */
export interface SlackChannel {
  handler?: RequestHandler;
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): boolean;
}
export interface TeamsChannel {
  handler: RequestHandler;
  stop(): Promise<void>;
}
export interface Channels {
  slack?: SlackChannel;
  teams?: TeamsChannel;
}

interface Deps<C> {
  engine: Engine;
  config: C;
  logger: Logger;
}

const unavailable: RequestHandler = (_req, res) => {
  res.status(503).json({ error: 'This channel is not ready; try again in a moment.', reqId: res.locals.reqId });
};

/** A Bot Framework activity is a JSON object with a string `type`; anything else is refused with 400. */
const requireActivity: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
    res.status(400).json({ error: 'Expected a Bot Framework activity (a JSON object with a "type").', reqId: res.locals.reqId });
    return;
  }
  next();
};

export const mountTeams = {
  route(handler: () => RequestHandler | undefined): RequestHandler[] {
    return [
      requireJson,
      jsonBody,
      requireActivity,
      (req, res, next) => {
        res.locals.op = teamsOp(req.body);
        return (handler() ?? unavailable)(req, res, next);
      },
    ];
  },

  async create(deps: Deps<TeamsConfig>, readiness: Readiness): Promise<TeamsChannel | undefined> {
    try {
      const { createTeamsChannel } = await import('../../adapters/teams/index.js');
      const channel: TeamsChannel = await createTeamsChannel(deps);
      readiness.channels.teams = { ok: true, detail: deps.config.appId ? 'authenticated' : 'unauthenticated (local testing)' };
      return channel;
    } catch (error) {
      deps.logger.error({ err: error }, 'Teams channel failed to start');
      readiness.channels.teams = { ok: false, detail: `start failed: ${errorText(error)}` };
      return undefined;
    }
  },
};

export const mountSlack = {
  /** `http`: Slack over HTTP is configured here (false: Slack off, or Socket Mode, so the route is 404). */
  route(handler: () => RequestHandler | undefined, http: boolean): RequestHandler[] {
    if (!http) {
      return [
        (_req, res) => {
          res.status(404).json({ error: 'Slack over HTTP is not enabled on this server.', reqId: res.locals.reqId });
        },
      ];
    }
    return [limitRawBody(), (req, res, next) => (handler() ?? unavailable)(req, res, next)];
  },

  /** Create the Bolt app and start it; a failed start is retried in the background, never fatal. */
  async create(deps: Deps<SlackConfig>, readiness: Readiness): Promise<SlackChannel | undefined> {
    const mode = deps.config.appToken ? 'socket-mode' : 'http';
    let channel: SlackChannel;
    try {
      const { createSlackChannel } = await import('../../adapters/slack/index.js');
      channel = await createSlackChannel(deps);
    } catch (error) {
      deps.logger.error({ err: error }, 'Slack channel could not be created');
      readiness.channels.slack = { ok: false, detail: `start failed: ${errorText(error)}` };
      return undefined;
    }
    readiness.channels.slack = { ok: false, detail: 'starting' };
    let stopped = false;
    const stop = channel.stop.bind(channel);
    channel.stop = async () => {
      stopped = true;
      await stop();
    };
    const start = async (attempt: number): Promise<void> => {
      try {
        await channel.start();
        readiness.channels.slack = { ok: true, detail: mode };
        deps.logger.info({ channel: 'slack', mode }, 'Slack channel started');
      } catch (error) {
        const delay = Math.min(60_000, 2_000 * 2 ** attempt);
        readiness.channels.slack = { ok: false, detail: `start failed: ${errorText(error)}` };
        deps.logger.error({ channel: 'slack', err: error, retryInMs: delay }, 'Slack channel failed to start; retrying');
        if (stopped) return;
        setTimeout(() => void (stopped ? undefined : start(attempt + 1)), delay).unref();
      }
    };
    await start(0);
    return channel;
  },
};

function teamsOp(body: { type?: unknown; name?: unknown }): string {
  const name = typeof body.name === 'string' ? `:${body.name}` : '';
  return `${String(body.type)}${name}`.slice(0, 80);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
