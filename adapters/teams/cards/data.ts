/**
 * What the buttons of classbot's cards carry back to the bot.
 *
 * Follow-ups and "Show more" are Action.Submit: Teams posts them back as a message whose `value`
 * is this data. The fit form is Action.Execute with verb FIT_VERB (an `adaptiveCard/action`
 * invoke); its data carries a submit id so a double submit runs once.
 */
import type { Action } from '../../../src/model/answer.js';

/** The request a card answers, so "Show more" can render the next page of the same answer. */
export type CardRequest = { text: string } | { action: Action } | { form: FitFormValues };

export type CardData =
  | { classbot: 'run'; action: Action }
  | { classbot: 'more'; request: CardRequest; page: number }
  | ({ classbot: 'fit'; submitId: string } & FitFormValues);

/** The fit form's inputs as Teams sends them (every Input's value is a string). */
export interface FitFormValues {
  eduLevel?: string;
  eduField?: string;
  exp1Area?: string;
  exp1Years?: string;
  exp2Area?: string;
  exp2Years?: string;
  exp3Area?: string;
  exp3Years?: string;
  notes?: string;
  specId?: string;
}

export const FIT_VERB = 'classbot.fit';
export const EXPERIENCE_ROWS = 3;

const ACTION_OPS = new Set(['ask', 'show', 'compare', 'similar', 'fit', 'search', 'help']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validate an Action coming back from a card (anything a client sends is untrusted). */
export function parseAction(value: unknown): Action | undefined {
  if (!isRecord(value) || typeof value.op !== 'string' || !ACTION_OPS.has(value.op)) return undefined;
  const str = (key: string): string | undefined => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
  switch (value.op) {
    case 'ask': {
      const question = str('question');
      if (!question) return undefined;
      const specId = str('specId');
      return { op: 'ask', question, ...(specId ? { specId } : {}) };
    }
    case 'show':
    case 'similar': {
      const specId = str('specId');
      return specId ? { op: value.op, specId } : undefined;
    }
    case 'compare': {
      const ids = value.specIds;
      if (!Array.isArray(ids) || ids.length < 2 || !ids.every((id) => typeof id === 'string')) return undefined;
      return { op: 'compare', specIds: ids as string[] };
    }
    case 'fit': {
      const specId = str('specId');
      const profile = str('profile');
      return { op: 'fit', ...(specId ? { specId } : {}), ...(profile ? { profile } : {}) };
    }
    case 'search': {
      const terms = str('terms');
      return terms ? { op: 'search', terms } : undefined;
    }
    default:
      return { op: 'help' };
  }
}

/** Parse the `value` of a card submit / the `data` of an Action.Execute. Undefined when not ours. */
export function parseCardData(value: unknown): CardData | undefined {
  if (!isRecord(value)) return undefined;
  if (value.classbot === 'run') {
    const action = parseAction(value.action);
    return action ? { classbot: 'run', action } : undefined;
  }
  if (value.classbot === 'more') {
    const page = Number(value.page);
    const request = value.request;
    if (!Number.isInteger(page) || page < 1 || page > 1000 || !isRecord(request)) return undefined;
    if (typeof request.text === 'string') return { classbot: 'more', request: { text: request.text }, page };
    if (isRecord(request.form)) return { classbot: 'more', request: { form: parseFormValues(request.form) }, page };
    const action = parseAction(request.action);
    return action ? { classbot: 'more', request: { action }, page } : undefined;
  }
  if (value.classbot === 'fit' && typeof value.submitId === 'string' && value.submitId.length <= 100) {
    return { classbot: 'fit', submitId: value.submitId, ...parseFormValues(value) };
  }
  return undefined;
}

const FORM_KEYS: (keyof FitFormValues)[] = ['eduLevel', 'eduField', 'notes', 'specId'];
for (let i = 1; i <= EXPERIENCE_ROWS; i++) FORM_KEYS.push(`exp${i}Area` as keyof FitFormValues, `exp${i}Years` as keyof FitFormValues);

/** Keep only the form's own inputs, as bounded strings. */
export function parseFormValues(value: Record<string, unknown>): FitFormValues {
  const form: FitFormValues = {};
  for (const key of FORM_KEYS) {
    const v = value[key];
    if (typeof v === 'string' || typeof v === 'number') form[key] = String(v).slice(0, 2000);
  }
  return form;
}
