/**
 * The web playground: a static page (adapters/web/public) plus its JSON API, mounted on the shared server.
 * The page renders each answer the way Slack and Teams would, using the channels' own renderers.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Router } from 'express';
import type { Engine } from '../../src/engine/engine.js';
import { jsonBody, requireJson } from '../../src/server/middleware.js';
import { playgroundApi } from './api.js';
import type { Renderers } from './renderers.js';

export { loadRenderers } from './renderers.js';

/** The page's files: next to this module in development, in the source tree when running from dist/. */
export function publicDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'public'), join(here, '..', '..', '..', 'adapters', 'web', 'public')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

const require = createRequire(import.meta.url);
const adaptiveCardsScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');

/**
 * Strict browser policy for the playground: only its own scripts and styles (nothing inline), so even a
 * rendering bug cannot execute injected markup. The card renderer styles elements through the CSSOM, which
 * this policy allows.
 */
const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};

/** Routes: GET / (page), /playground.* (its script and styles), /vendor/adaptivecards.min.js, /api/* (JSON API). */
export function webRoutes(deps: { engine: Engine; renderers: Renderers }): Router {
  const router = express.Router();
  router.use(securityHeaders);
  router.get('/vendor/adaptivecards.min.js', (_req, res) => {
    res.sendFile(adaptiveCardsScript, { maxAge: '1h' });
  });
  router.use(express.static(publicDir(), { index: 'index.html', maxAge: 0, dotfiles: 'ignore', redirect: false }));
  router.use('/api', jsonBody, (req, res, next) => (req.method === 'POST' ? requireJson(req, res, next) : next()), playgroundApi(deps));
  return router;
}
