/**
 * Probes for containers and load balancers.
 *   GET /healthz — the process is alive and serving HTTP (200 always).
 *   GET /readyz  — specs loaded and every configured channel up: 200, else 503 with the reasons.
 */
import express, { type Router } from 'express';
import type { Channels } from './channels.js';

export interface ChannelState {
  ok: boolean;
  /** Mode or failure reason, e.g. "socket-mode", "start failed: invalid_auth". */
  detail?: string;
}

/** What the server knows about itself; filled in as start-up proceeds. */
export interface Readiness {
  phase: 'starting' | 'running' | 'stopping';
  corpus?: { specs: number; problems: number; dir?: string };
  channels: Record<string, ChannelState>;
}

export function healthRoutes(readiness: Readiness, channels: Channels): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.locals.op = 'healthz';
    res.json({ status: 'ok', uptime: Math.round(process.uptime()) });
  });
  router.get('/readyz', (_req, res) => {
    res.locals.op = 'readyz';
    const reasons: string[] = [];
    if (readiness.phase === 'starting') reasons.push('starting: specs are still loading');
    if (readiness.phase === 'stopping') reasons.push('shutting down');
    if (readiness.corpus && readiness.corpus.specs === 0) reasons.push('no specs loaded: the data folder holds no readable spec files');
    const states: Record<string, ChannelState> = { ...readiness.channels };
    // Slack's connection can drop and come back (Socket Mode): ask it now rather than trusting start-up.
    if (channels.slack && states.slack?.ok) {
      const up = safeReady(() => channels.slack!.ready());
      states.slack = { ok: up, detail: up ? states.slack.detail : 'not connected to Slack' };
    }
    for (const [name, state] of Object.entries(states)) if (!state.ok) reasons.push(`${name}: ${state.detail ?? 'not ready'}`);
    const ready = reasons.length === 0;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      ...(reasons.length > 0 && { reasons }),
      specs: readiness.corpus?.specs ?? 0,
      specProblems: readiness.corpus?.problems ?? 0,
      channels: states,
    });
  });
  return router;
}

function safeReady(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
