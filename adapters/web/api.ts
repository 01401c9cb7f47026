/**
 * The playground's JSON API. Each call runs the shared engine once and returns the answer together with
 * what each channel would show for it, rendered by the channels' own renderers:
 *   { answer, slack: renderSlackMessage(answer), teams: renderAnswerCard(answer) }
 *
 *   POST /api/ask   { text }                 → engine.handle(text)   (questions, "compare A vs B", "fit …")
 *   POST /api/run   { action }               → engine.run(action)    (a button's follow-up)
 *   POST /api/fit   { profile, spec? }       → engine.fit(profile, { spec })
 *   GET  /api/specs                          → engine.specs()
 */
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import type { Engine } from '../../src/engine/engine.js';
import { profileMeta, textMeta } from '../../src/log.js';
import type { Action, Answer } from '../../src/model/answer.js';
import type { Renderers } from './renderers.js';

/** Longest input the playground passes on; the engine cuts further with a note of its own. */
export const MAX_TEXT = 10_000;

const text = z.string().max(MAX_TEXT, { message: `at most ${MAX_TEXT} characters` });
const id = z.string().min(1).max(300);

/** A follow-up Action exactly as the Answer model defines it (button values come back from the browser). */
export const ActionSchema: z.ZodType<Action> = z.discriminatedUnion('op', [
  z.object({ op: z.literal('ask'), question: text, specId: id.optional() }),
  z.object({ op: z.literal('show'), specId: id }),
  z.object({ op: z.literal('compare'), specIds: z.array(id).min(1).max(10) }),
  z.object({ op: z.literal('similar'), specId: id }),
  z.object({ op: z.literal('fit'), specId: id.optional(), profile: text.optional() }),
  z.object({ op: z.literal('search'), terms: text }),
  z.object({ op: z.literal('help') }),
]);

const AskBody = z.object({ text });
const RunBody = z.object({ action: ActionSchema });
const FitBody = z.object({ profile: text.min(1, { message: 'a candidate profile' }), spec: id.optional() });

export interface PlaygroundReply {
  answer: Answer;
  slack: unknown;
  teams: unknown;
  /** Renderer failures, by channel (a bug in that renderer; the answer itself is still shown). */
  renderErrors?: Record<string, string>;
}

export function playgroundApi(deps: { engine: Engine; renderers: Renderers }): Router {
  const { engine, renderers } = deps;
  const router = express.Router();

  const reply = (res: Response, answer: Answer) => {
    const out: PlaygroundReply = { answer, slack: null, teams: null };
    const errors: Record<string, string> = {};
    for (const channel of ['slack', 'teams'] as const) {
      try {
        out[channel] = renderers[channel](answer);
      } catch (error) {
        errors[channel] = error instanceof Error ? error.message : String(error);
        res.locals.log.error({ err: error, renderer: channel, kind: answer.kind }, 'renderer failed');
      }
    }
    if (Object.keys(errors).length) out.renderErrors = errors;
    res.json(out);
  };

  router.get('/specs', (_req, res) => {
    res.locals.op = 'specs';
    res.json({ specs: engine.specs() });
  });

  router.post('/ask', (req, res) => {
    res.locals.op = 'ask';
    const body = parse(AskBody, req.body, res);
    if (!body) return;
    // The text may be a candidate profile ("fit …"): log its length only.
    res.locals.log.debug(textMeta(body.text), 'playground ask');
    reply(res, engine.handle(body.text));
  });

  router.post('/run', (req, res) => {
    const body = parse(RunBody, req.body, res);
    if (!body) return;
    res.locals.op = `run:${body.action.op}`;
    reply(res, engine.run(body.action));
  });

  router.post('/fit', (req, res) => {
    res.locals.op = 'fit';
    const body = parse(FitBody, req.body, res);
    if (!body) return;
    res.locals.log.debug(profileMeta(body.profile), 'playground fit');
    reply(res, engine.fit(body.profile, body.spec ? { spec: body.spec } : {}));
  });

  return router;
}

/** Validate a body; on failure answer 400 with what was expected (never echoing the input). */
function parse<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  res.status(400).json({ error: `Invalid request: ${where}: ${issue?.message ?? 'unexpected value'}.`, reqId: res.locals.reqId });
  return undefined;
}
