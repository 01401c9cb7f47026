/**
 * Keep every card well inside Teams' limits (about 28 KB for an Adaptive Card, 100 KB for the
 * whole message; over that the post fails with 413). The body is split into pages of whole
 * elements; a card shows one page and a "Show more" button that asks for the next one.
 */
import type { CardRequest } from './data.js';
import { adaptiveCard, moreAction, para, type CardAction, type Element } from './elements.js';

/** Bytes of card JSON we allow: leaves room for the activity envelope and Teams' own additions. */
export const CARD_BYTE_BUDGET = 20_000;
/** Hosts show five actions on a card (the Adaptive Cards default host config); "Show more" takes one when needed. */
export const MAX_CARD_ACTIONS = 5;

export function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export interface PagedCard {
  /** Shown on every page (title, jurisdiction). */
  header: Element[];
  /** Split across pages, in order. */
  content: Element[];
  actions: CardAction[];
  /** 1-based page to show. */
  page?: number;
  /** What the card answers: when given, "Show more" re-asks it for the next page. */
  request?: CardRequest;
  budget?: number;
}

/** Group elements into pages that each fit the budget next to the header and actions. */
function pages(content: Element[], room: number): Element[][] {
  const out: Element[][] = [];
  let current: Element[] = [];
  let used = 0;
  for (const original of content) {
    let element = original;
    let size = byteSize(element) + 1;
    if (size > room) {
      // A single element too big for any page (should not happen: long text is chunked upstream).
      element = para('(This part is too long to show in Teams.)', { subtle: true });
      size = byteSize(element) + 1;
    }
    if (used + size > room && current.length > 0) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(element);
    used += size;
  }
  if (current.length > 0 || out.length === 0) out.push(current);
  return out;
}

/** Build the card for one page of the content, with "Show more" when more pages follow. */
export function pagedCard(spec: PagedCard): Element {
  const budget = spec.budget ?? CARD_BYTE_BUDGET;
  const actions = spec.actions.slice(0, MAX_CARD_ACTIONS);
  // Buttons carry their actions (which may quote user text): never let them crowd out the answer.
  while (actions.length > 0 && byteSize(actions) > budget / 4) actions.pop();
  const reserve =
    byteSize(moreAction(spec.request ?? { text: '' }, 999)) +
    byteSize(para('Part 999 of 999 — more follows.', { subtle: true, size: 'small' })) * 2 +
    (spec.request ? byteSize(spec.request) : 0) +
    64;
  const room = budget - byteSize(adaptiveCard(spec.header, actions)) - reserve;
  const all = pages(spec.content, Math.max(room, 1000));
  const count = all.length;
  const page = Math.min(Math.max(spec.page ?? 1, 1), count);
  const body = [...spec.header];
  if (page > 1) body.push(para(`Continued, part ${page} of ${count}.`, { subtle: true, size: 'small' }));
  body.push(...(all[page - 1] ?? []));
  const cardActions = [...actions];
  if (page < count) {
    if (spec.request) {
      if (cardActions.length >= MAX_CARD_ACTIONS) cardActions.length = MAX_CARD_ACTIONS - 1;
      body.push(para(`Part ${page} of ${count}: more follows.`, { subtle: true, size: 'small' }));
      cardActions.push(moreAction(spec.request, page + 1));
    } else {
      body.push(para(`Shortened to fit in Teams (${count - page} more part${count - page > 1 ? 's' : ''} not shown).`, { subtle: true, size: 'small' }));
    }
  }
  return adaptiveCard(body, cardActions);
}
