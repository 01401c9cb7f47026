/**
 * Small builders for Adaptive Card 1.5 elements, so card functions read as what they show.
 * Free text goes into RichTextBlock/TextRun (no markdown is ever interpreted there); FactSet
 * titles and values go through `plain()`.
 */
import type { Action } from '../../../src/model/answer.js';
import type { CardData, CardRequest } from './data.js';
import { plain, unlinked } from './text.js';

export type Element = Record<string, unknown>;
export type CardAction = Record<string, unknown>;

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

export interface TextStyle {
  size?: 'small' | 'default' | 'medium' | 'large';
  weight?: 'bolder' | 'lighter';
  color?: 'good' | 'warning' | 'attention' | 'accent';
  subtle?: boolean;
  italic?: boolean;
  separator?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
}

/** A paragraph of plain text. */
export function para(text: string, style: TextStyle = {}): Element {
  const run: Element = { type: 'TextRun', text: unlinked(text) };
  if (style.size) run.size = style.size;
  if (style.weight) run.weight = style.weight;
  if (style.color) run.color = style.color;
  if (style.subtle) run.isSubtle = true;
  if (style.italic) run.italic = true;
  const block: Element = { type: 'RichTextBlock', inlines: [run] };
  if (style.separator) block.separator = true;
  if (style.spacing) block.spacing = style.spacing;
  return block;
}

export function factSet(facts: { title: string; value: string }[]): Element {
  return { type: 'FactSet', facts: facts.map((f) => ({ title: plain(f.title), value: plain(f.value) })) };
}

export function container(items: Element[], extra: Element = {}): Element {
  return { type: 'Container', items, ...extra };
}

export function submit(title: string, data: CardData): CardAction {
  return { type: 'Action.Submit', title: plain(title).slice(0, 80), data };
}

export function runAction(title: string, action: Action): CardAction {
  return submit(title, { classbot: 'run', action });
}

export function moreAction(request: CardRequest, page: number): CardAction {
  return submit('Show more', { classbot: 'more', request, page });
}

export function actionSet(actions: CardAction[]): Element {
  return { type: 'ActionSet', actions };
}

export function adaptiveCard(body: Element[], actions: CardAction[] = []): Element {
  const card: Element = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, body };
  if (actions.length > 0) card.actions = actions;
  // Full width in Teams: comparisons and forms need the room.
  card.msteams = { width: 'Full' };
  return card;
}

/** Attachment wrapper for an Adaptive Card. */
export function cardAttachment(card: Element): { contentType: string; content: Element } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
