/**
 * The playground's JSON API. Each call runs the shared engine once and returns the answer together with
 * what each channel would show for it, rendered by the channels' own renderers:
 *   { answer, slack: renderSlackMessage(answer), teams: renderAnswerCard(answer) }
 *
 *   POST /api/ask   { text, page? }                 → engine.handle(text)   (questions, "compare A vs B", "fit …")
 *   POST /api/run   { action, page? }               → engine.run(action)    (a button's follow-up)
 *   POST /api/fit   { profile, spec? } | { form } | { slackForm }
 *                                                   → engine.fit(…)         (free text, the Teams form, or the Slack modal)
 *   GET  /api/specs                                 → engine.specs()
 *
 * `page` ({ slack?: n, teams?: n }) asks for a later page of a long answer ("See the rest" / "Show more").
 * A fit follow-up without a profile is answered with the forms instead: the Teams form card and Slack's modal.
 */
import { randomUUID } from 'node:crypto';
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import type { Engine } from '../../src/engine/engine.js';
import { profileMeta, textMeta } from '../../src/log.js';
import type { Action, Answer } from '../../src/model/answer.js';
import type { CardRequest, Renderers } from './renderers.js';

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

const Page = z.object({ slack: z.int().min(0).max(100).optional(), teams: z.int().min(1).max(100).optional() }).optional();
const AskBody = z.object({ text, page: Page });
const RunBody = z.object({ action: ActionSchema, page: Page });
const SlackState = z.record(
  z.string().max(255),
  z.record(z.string().max(255), z.object({ value: z.string().max(3000).nullish(), selected_option: z.object({ value: z.string().max(300) }).nullish() })),
);
const FitBody = z.union([
  z.object({ profile: text.min(1, { message: 'a candidate profile' }), spec: id.optional() }),
  z.object({ form: z.record(z.string().max(40), z.string().max(2000)) }),
  z.object({ slackForm: SlackState }),
]);

type PageRequest = z.infer<typeof Page>;

export interface PlaygroundReply {
  answer: Answer;
  slack: unknown;
  teams: unknown;
  /** Set when the answer is a form to fill in (a fit follow-up without a profile). */
  form?: 'fit';
  /** Renderer failures, by channel (a bug in that renderer; the answer itself is still shown). */
  renderErrors?: Record<string, string>;
}

export function playgroundApi(deps: { engine: Engine; renderers: Renderers }): Router {
  const { engine, renderers } = deps;
  const router = express.Router();

  /** Render `answer` for both channels; a renderer bug is reported beside the answer, not as a 500. */
  const reply = (res: Response, answer: Answer, request: CardRequest | undefined, page: PageRequest) => {
    const out: PlaygroundReply = { answer, slack: null, teams: null };
    const errors: Record<string, string> = {};
    const render = (channel: 'slack' | 'teams', fn: () => unknown) => {
      try {
        out[channel] = fn();
      } catch (error) {
        errors[channel] = error instanceof Error ? error.message : String(error);
        res.locals.log.error({ err: error, renderer: channel, kind: answer.kind }, 'renderer failed');
      }
    };
    render('slack', () =>
      renderers.slack(answer, {
        page: page?.slack ?? 0,
        // The page keeps the request; the button only says which page comes next.
        ...(request && { continuation: (next: number) => JSON.stringify({ more: 'slack', page: next }) }),
      }),
    );
    render('teams', () => renderers.teams(answer, { page: page?.teams ?? 1, ...(request && { request }) }));
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
    reply(res, engine.handle(body.text), { text: body.text }, body.page);
  });

  router.post('/run', (req, res) => {
    const body = parse(RunBody, req.body, res);
    if (!body) return;
    const action = body.action;
    res.locals.op = `run:${action.op}`;
    const answer = engine.run(action);
    if (action.op === 'fit' && !action.profile) {
      // Channels open their form here (Slack: a modal; Teams: a form card). The playground shows the Teams form.
      const out: PlaygroundReply = { answer, slack: null, teams: null, form: 'fit' };
      const errors: Record<string, string> = {};
      try {
        out.teams = renderers.teamsFitForm({ specs: engine.specs(), submitId: randomUUID(), ...(action.specId && { specId: action.specId }) });
      } catch (error) {
        errors.teams = error instanceof Error ? error.message : String(error);
      }
      try {
        out.slack = renderers.slackFitModal(engine.specs(), action.specId);
      } catch (error) {
        errors.slack = error instanceof Error ? error.message : String(error);
      }
      if (Object.keys(errors).length) out.renderErrors = errors;
      res.json(out);
      return;
    }
    reply(res, answer, { action }, body.page);
  });

  router.post('/fit', (req, res) => {
    res.locals.op = 'fit';
    const body = parse(FitBody, req.body, res);
    if (!body) return;
    if ('slackForm' in body) {
      // Validated the way Slack's modal submission is: errors go back to the blocks they belong to.
      const result = renderers.slackFormProfile(body.slackForm);
      res.locals.log.debug(profileMeta(result.ok ? result.profile : undefined), 'playground fit modal');
      if (!result.ok) {
        res.status(400).json({ error: 'Invalid request: slackForm: some values need fixing.', fieldErrors: result.errors, reqId: res.locals.reqId });
        return;
      }
      reply(res, engine.fit(result.profile, result.spec ? { spec: result.spec } : {}), undefined, undefined);
      return;
    }
    if ('form' in body) {
      const { profile, spec } = renderers.teamsFormProfile(body.form);
      res.locals.log.debug(profileMeta(profile), 'playground fit form');
      if (!profile) {
        res.status(400).json({ error: 'Invalid request: form: enter an education level, a field or some experience.', reqId: res.locals.reqId });
        return;
      }
      reply(res, engine.fit(profile, spec ? { spec } : {}), undefined, undefined);
      return;
    }
    res.locals.log.debug(profileMeta(body.profile), 'playground fit');
    const action: Action = { op: 'fit', profile: body.profile, ...(body.spec && { specId: body.spec }) };
    reply(res, engine.fit(body.profile, body.spec ? { spec: body.spec } : {}), { action }, undefined);
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
