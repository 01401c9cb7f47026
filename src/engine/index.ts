/**
 * createEngine(corpus): the one channel-neutral engine every adapter uses.
 * Builds the per-corpus precomputations once (context.ts) and routes each request to its operation.
 * Every public method returns an Answer and never throws: odd input gets a helpful answer.
 */
import type { Action, Answer } from '../model/answer.js';
import { toSpecRef } from '../model/spec.js';
import { helpAnswer, notFoundAnswer } from './answers.js';
import { ask } from './ask.js';
import { compare } from './compare.js';
import { buildContext, type EngineContext, type EngineCorpus, type EngineOptions } from './context.js';
import type { Engine } from './engine.js';
import { fit } from './fit.js';
import { limitInput } from './input.js';
import { route } from './route.js';
import { words } from './text.js';
import { search, show } from './show.js';
import { equivalent, similar } from './similar.js';

export type { Engine } from './engine.js';
export type { EngineOptions, EngineCorpus } from './context.js';
export { precomputeEngine } from './precompute.js';

export function createEngine(corpus: EngineCorpus, opts: EngineOptions = {}): Engine {
  const ctx = buildContext(corpus, opts);
  const guard = (what: string, fn: () => Answer): Answer => {
    try {
      return fn();
    } catch (error) {
      // A bug must not take a channel down: answer politely, keep the detail for the logs.
      return notFoundAnswer(
        `Sorry, something went wrong while working on that ${what}. Try rephrasing, or type "help".`,
        'Something went wrong',
        [`Internal error: ${error instanceof Error ? error.message : String(error)}`],
      );
    }
  };

  const engine: Engine = {
    specs: () => ctx.specs.map(toSpecRef),
    spec: (id) => ctx.byId.get(id)?.spec,
    searchTitles: (text, limit) => {
      try {
        return ctx.titles.searchTitles(limitInput(String(text ?? '')).text, limit).map(toSpecRef);
      } catch {
        return [];
      }
    },
    handle: (text) => guard('request', () => handleText(ctx, engine, String(text ?? ''))),
    run: (action) => guard('action', () => runAction(ctx, engine, action)),
    ask: (q) => guard('question', () => withInput(q, (t, notes) => ask(ctx, t, notes))),
    show: (r) => guard('request', () => withInput(r, (t, notes) => show(ctx, t, notes))),
    search: (t) => guard('search', () => withInput(t, (x, notes) => search(ctx, x, notes))),
    compare: (refs) => guard('comparison', () => compare(ctx, (Array.isArray(refs) ? refs : []).map((r) => limitInput(String(r ?? '')).text))),
    similar: (r) => guard('request', () => withInput(r, (t, notes) => similar(ctx, t, notes))),
    fit: (profile, o) => guard('qualification check', () => fit(ctx, profile, o)),
    help: () => helpAnswer(ctx.specs.length, ctx.problems.length ? [`${ctx.problems.length} spec file(s) could not be loaded.`] : undefined),
  };
  return engine;
}

function withInput(text: unknown, fn: (text: string, notes: string[]) => Answer): Answer {
  const { text: t, notes } = limitInput(String(text ?? ''));
  return fn(t, notes);
}

function handleText(ctx: EngineContext, engine: Engine, raw: string): Answer {
  const { text, notes } = limitInput(raw);
  if (!text) return engine.help();
  const r = route(text);
  switch (r.op) {
    case 'help':
      return engine.help();
    case 'show':
      return show(ctx, r.ref, notes);
    case 'search':
      return search(ctx, r.terms, notes);
    case 'compare':
      return compare(ctx, r.refs, notes);
    case 'similar':
      return similar(ctx, r.ref, notes);
    case 'equivalent':
      // "what is the equivalent of a bachelor's degree…" is a question, not a crosswalk.
      if (!words(r.jurisdiction).some((w) => ctx.titles.jurisdictionWords.has(w))) return ask(ctx, text, notes);
      return equivalent(ctx, r.ref, r.jurisdiction, notes);
    case 'fit': {
      // "for <spec>" that names no spec ("worked for Acme") belongs to the profile.
      const known = r.spec && (ctx.byId.has(r.spec) || ctx.titles.resolve(r.spec, { threshold: 0.55 }).candidates.length > 0);
      return known ? fit(ctx, r.profile, { spec: r.spec! }, notes) : fit(ctx, r.spec ? `${r.profile} for ${r.spec}` : r.profile, {}, notes);
    }
    case 'ask':
      return ask(ctx, r.question, notes);
  }
}

function runAction(ctx: EngineContext, engine: Engine, action: Action): Answer {
  if (!action || typeof action !== 'object') return engine.help();
  switch (action.op) {
    case 'ask':
      return withInput(action.question, (q, notes) => ask(ctx, q, notes, typeof action.specId === 'string' ? action.specId : undefined));
    case 'show':
      return engine.show(action.specId);
    case 'compare':
      return engine.compare(action.specIds ?? []);
    case 'similar':
      return engine.similar(action.specId);
    case 'fit':
      if (!action.profile) {
        const spec = action.specId ? ctx.byId.get(action.specId)?.spec : undefined;
        return notFoundAnswer(
          `Describe the candidate's education and experience, e.g. "fit BS in Computer Science, 18 months production support${spec ? ` for ${spec.title}` : ''}".`,
          'Check a candidate',
        );
      }
      return engine.fit(action.profile, action.specId ? { spec: action.specId } : {});
    case 'search':
      return engine.search(action.terms);
    case 'help':
      return engine.help();
    default:
      return engine.help();
  }
}
