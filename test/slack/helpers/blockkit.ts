/** Assertions over what reaches Slack: within Block Kit limits, and no unescaped control characters in mrkdwn or the notification text. */
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

/** The text of every text object of `type` (`mrkdwn` or `plain_text`) in a payload. */
export function textObjectsOf(payload: unknown, type: 'mrkdwn' | 'plain_text'): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === type && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(payload);
  return out;
}

/**
 * Texts Slack parses for control sequences: mrkdwn text objects and the top-level notification `text`.
 * (plain_text is never parsed for mentions or links, and is sent raw: see adapters/slack/render/blocks.ts.)
 */
export function parsedTextsOf(payload: unknown): string[] {
  const top = payload && typeof payload === 'object' && typeof (payload as { text?: unknown }).text === 'string' ? [(payload as { text: string }).text] : [];
  return [...top, ...textObjectsOf(payload, 'mrkdwn')];
}

/** We never emit links or mentions, so any `<` in a parsed text is an injection; `&` must start one of our three entities. */
export function unescaped(payload: unknown): string[] {
  return parsedTextsOf(payload).filter((t) => t.includes('<') || /&(?!amp;|lt;|gt;)/.test(t));
}

export function expectValidSlack(payload: unknown, surface: Surface = 'message'): void {
  expect(checkSurface(payload, surface), JSON.stringify(payload).slice(0, 400)).toEqual([]);
  expect(unescaped(payload)).toEqual([]);
}
