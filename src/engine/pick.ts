/** Resolve a user's reference to exactly one spec, or explain why not (clarification / not found). */
import type { Action, Answer } from '../model/answer.js';
import type { ClassSpec } from '../model/spec.js';
import { clarification, notFoundAnswer } from './answers.js';
import type { EngineContext } from './context.js';
import type { ResolveResult } from './resolve.js';
import { shorten } from './text.js';

/** Share of a title's weight a reference must cover to name it. */
export const PICK_THRESHOLD = 0.55;

export type Picked = { spec: ClassSpec; answer?: undefined } | { spec?: undefined; answer: Answer };

/** `resolved`: the caller's own `resolve(text, { threshold: PICK_THRESHOLD })`, so it is not computed twice. */
export function pickSpec(ctx: EngineContext, text: string, redo: (spec: ClassSpec) => Action, notes: string[] = [], resolved?: ResolveResult): Picked {
  const byId = ctx.byId.get(text.trim());
  if (byId) return { spec: byId.spec };
  const r = resolved ?? ctx.titles.resolve(text, { threshold: PICK_THRESHOLD });
  const [first] = r.candidates;
  if (!first) {
    // A short part of several titles ("specialist"): the titles containing it.
    const named = ctx.titles.containing(text);
    if (named.length === 1) return { spec: named[0]! };
    if (named.length > 1 && named.length <= 5) return { answer: clarification(text, named, redo, notes) };
  }
  if (!first) {
    return {
      answer: notFoundAnswer(
        text.trim()
          ? `I couldn't find a spec matching "${shorten(text, 80)}". Try part of the title (e.g. "Production Coordinator"), or "search ${shorten(text, 30)}".`
          : 'Which spec? Give part of its title, e.g. "Production Coordinator".',
        'No matching spec',
        notes,
      ),
    };
  }
  if (r.ambiguous) {
    const tied = r.candidates.filter((c) => Math.abs(c.score - first.score) < 0.02 && c.matched === first.matched).map((c) => c.spec);
    return { answer: clarification(text, tied, redo, notes) };
  }
  return { spec: first.spec };
}
