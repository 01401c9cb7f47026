/** Assertions over what reaches Slack: within Block Kit limits, and no unescaped mrkdwn control characters. */
import { expect } from 'vitest';
import { checkSurface, type Surface } from '../../../adapters/slack/render/limits.js';

/** Every string under a `text` key (block texts, fields, buttons, options, context, top-level text). */
export function textsOf(payload: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key === 'text') out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key === 'fields' ? 'text' : undefined));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(payload);
  return out;
}

/** We never emit links or mentions, so any `<` in a text is an injection; `&` must start one of our three entities. */
export function unescaped(payload: unknown): string[] {
  return textsOf(payload).filter((t) => t.includes('<') || /&(?!amp;|lt;|gt;)/.test(t));
}

export function expectValidSlack(payload: unknown, surface: Surface = 'message'): void {
  expect(checkSurface(payload, surface), JSON.stringify(payload).slice(0, 400)).toEqual([]);
  expect(unescaped(payload)).toEqual([]);
}
