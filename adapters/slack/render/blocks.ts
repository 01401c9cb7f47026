/**
 * Small Block Kit builders. Every builder enforces its own element's limits, so no content — however long — makes
 * an invalid block. Builders taking `mrkdwn` expect text already escaped (compose it with `md` from ./escape.js).
 * Builders taking plain text take it RAW: Slack never parses plain_text for mentions or links, and its escaping
 * guidance is for text it parses; entities there would risk showing "&amp;" to users.
 */
import type { types } from '@slack/bolt';
import { LIMITS, cut, cutPlain } from './limits.js';

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

export const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: cutPlain(text, max) || ' ',
  emoji: true,
});

export const header = (text: string): Block => ({ type: 'header', text: plain(text || 'classbot', LIMITS.headerText) });

export const divider = (): Block => ({ type: 'divider' });

/** One section of escaped mrkdwn (cut at 3,000 characters). */
export const section = (mrkdwn: string, accessory?: ButtonElement): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: cut(mrkdwn, LIMITS.sectionText) || ' ' },
  ...(accessory ? { accessory } : {}),
});

/**
 * Long escaped mrkdwn as as many sections as it needs, split at line ends (a single over-long line is cut),
 * so pagination can carry the rest to the next page instead of losing it.
 */
export function sections(mrkdwn: string): Block[] {
  const out: Block[] = [];
  let chunk = '';
  for (const line of mrkdwn.split('\n')) {
    const piece = cut(line, LIMITS.sectionText);
    if (chunk && chunk.length + 1 + piece.length > LIMITS.sectionText) {
      out.push(section(chunk));
      chunk = piece;
    } else chunk = chunk ? `${chunk}\n${piece}` : piece;
  }
  if (chunk.trim()) out.push(section(chunk));
  return out;
}

/**
 * Fields (escaped mrkdwn each) as sections of at most 10 fields; each field is cut so one section stays readable
 * and well within the message budget (≤ 4,000 characters of fields per section).
 */
export function fieldSections(fields: string[], intro?: string): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    const group = fields.slice(i, i + LIMITS.fieldsPerSection);
    const each = Math.min(LIMITS.fieldText, Math.floor(4000 / group.length));
    out.push({
      type: 'section',
      ...(intro && i === 0 ? { text: { type: 'mrkdwn' as const, text: cut(intro, LIMITS.sectionText) } } : {}),
      fields: group.map((f) => ({ type: 'mrkdwn' as const, text: cut(f, each) || ' ' })),
    });
  }
  return out;
}

/** A context line: escaped mrkdwn pieces, at most 10 elements (extra pieces are joined into the last). */
export function context(pieces: string[]): Block | undefined {
  const shown = pieces.filter((p) => p.trim());
  if (shown.length === 0) return undefined;
  const max = LIMITS.contextElements;
  const elements =
    shown.length <= max ? shown : [...shown.slice(0, max - 1), shown.slice(max - 1).join('  ·  ')];
  return {
    type: 'context',
    elements: elements.map((t) => ({ type: 'mrkdwn' as const, text: cut(t, 1000) })),
  };
}

export function button(
  label: string,
  actionId: string,
  value: string | undefined,
  style?: 'primary' | 'danger',
): ButtonElement {
  return {
    type: 'button',
    text: plain(label, LIMITS.buttonText),
    action_id: actionId.slice(0, LIMITS.actionId),
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

/** Buttons as actions blocks of at most 5 (a readable row on phones; Slack allows 25). */
export function actions(buttons: ButtonElement[], blockIdPrefix?: string): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < buttons.length; i += 5) {
    out.push({
      type: 'actions',
      ...(blockIdPrefix ? { block_id: `${blockIdPrefix}-${i / 5}` } : {}),
      elements: buttons.slice(i, i + 5),
    });
  }
  return out;
}

export interface OptionSpec {
  label: string;
  value: string;
  description?: string;
}

export const option = (o: OptionSpec): types.PlainTextOption => ({
  text: plain(o.label, LIMITS.optionText),
  value: o.value.slice(0, LIMITS.optionValue),
  ...(o.description ? { description: plain(o.description, LIMITS.optionText) } : {}),
});
