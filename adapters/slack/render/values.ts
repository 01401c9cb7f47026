/**
 * What buttons and selects carry. A follow-up button's `value` is the engine's serialised `Action`; paging and
 * sharing buttons carry the request that produced the answer (so it can be re-run: the server keeps no state).
 * Everything decoded here comes from the network, so it is validated before it reaches the engine.
 */
import { z } from 'zod';
import type { Action, CandidateProfile } from '../../../src/model/answer.js';
import { LIMITS } from './limits.js';

/** Action ids the listeners match on. */
export const ACTION_IDS = {
  run: 'classbot_run', // followed by ":<n>" to keep ids unique in a message
  more: 'classbot_more',
  share: 'classbot_share',
  choose: 'classbot_choose',
  openFit: 'classbot_open_fit',
} as const;

const EducationLevel = z.enum([
  'none',
  'high-school',
  'some-college',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
]);

export const ActionSchema: z.ZodType<Action> = z.union([
  z.object({ op: z.literal('ask'), question: z.string().max(2000), specId: z.string().max(200).optional() }),
  z.object({ op: z.literal('show'), specId: z.string().max(200) }),
  z.object({ op: z.literal('compare'), specIds: z.array(z.string().max(200)).min(1).max(20) }),
  z.object({ op: z.literal('similar'), specId: z.string().max(200) }),
  z.object({ op: z.literal('fit'), specId: z.string().max(200).optional(), profile: z.string().max(2000).optional() }),
  z.object({ op: z.literal('search'), terms: z.string().max(2000) }),
  z.object({ op: z.literal('help') }),
]) as z.ZodType<Action>;

export const ProfileSchema: z.ZodType<CandidateProfile> = z.object({
  education: z.array(
    z.object({ level: EducationLevel, field: z.string().max(200).optional(), years: z.number().optional() }),
  ),
  experience: z.array(z.object({ area: z.string().max(200), months: z.number(), title: z.string().max(200).optional() })),
  notes: z.string().max(2000).optional(),
}) as z.ZodType<CandidateProfile>;

/** How an answer was asked for: re-running it reproduces the answer (for "See the rest" and "Share in channel"). */
export type Source =
  | { t: string } // a line of text through engine.handle
  | { a: Action } // a follow-up through engine.run
  | { f: CandidateProfile; s?: string }; // the fit form through engine.fit

export const SourceSchema: z.ZodType<Source> = z.union([
  z.object({ t: z.string().max(2000) }),
  z.object({ a: ActionSchema }),
  z.object({ f: ProfileSchema, s: z.string().max(200).optional() }),
]) as z.ZodType<Source>;

const ContinuationSchema = z.object({ src: SourceSchema, page: z.number().int().min(0).max(100) });
export type Continuation = z.infer<typeof ContinuationSchema>;

function fits(json: string): string | undefined {
  return json.length <= LIMITS.buttonValue ? json : undefined;
}

/** A button value for an Action, or undefined when it would not fit Slack's 2,000 characters. */
export const encodeAction = (action: Action): string | undefined => fits(JSON.stringify(action));
export const encodeContinuation = (c: Continuation): string | undefined => fits(JSON.stringify(c));

function parse<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (!value) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(value));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export const decodeAction = (value: string | undefined): Action | undefined => parse(ActionSchema, value);
export const decodeContinuation = (value: string | undefined): Continuation | undefined =>
  parse(ContinuationSchema, value);
