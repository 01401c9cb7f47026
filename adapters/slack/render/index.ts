/**
 * renderSlackMessage(answer): the Block Kit message for every kind of Answer.
 *
 * Layout: header · the short answer · the kind's own blocks (fields, comparison rows, ranked items, verdicts,
 * choices) · quotes and a context line of citations · notes · buttons for the engine's follow-ups.
 * Everything user- or spec-supplied is escaped; every block is built within its limits; and the message is paged so it
 * never exceeds 50 blocks or the ~12,000-character budget: what does not fit goes behind a "See the rest" button.
 */
import type { Answer } from '../../../src/model/answer.js';
import { type Block, actions, button, context, fieldSections, header, sections } from './blocks.js';
import { choiceBlocks } from './choices.js';
import { quoteBlocks, sourcesContext } from './citations.js';
import { comparisonBlocks } from './comparison.js';
import { escapeText, md } from './escape.js';
import { fitBlocks } from './fit.js';
import { listBlocks, searchBlocks, similarBlocks } from './items.js';
import { LIMITS, MESSAGE_BUDGET, blockChars, cut } from './limits.js';
import { ACTION_IDS, encodeAction } from './values.js';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Which page of a long answer (0 = first). */
  page?: number;
  /** Button value that re-runs the request and shows page `page` ("See the rest"); omitted → a note instead. */
  continuation?: (page: number) => string | undefined;
  /** Button value for "Share in channel" (answers shown only to the asker). */
  share?: string;
}

/** The kind-specific body of an answer, before paging. */
function bodyBlocks(answer: Answer): Block[] {
  const out: Block[] = [...sections(md`${answer.text}`)];
  const facts = answer.facts ?? [];
  if (facts.length) out.push(...fieldSections(facts.map((f) => md`*${f.label}*\n${f.value}`)));
  const items = answer.items ?? [];
  switch (answer.kind) {
    case 'comparison':
      if (answer.comparison) out.push(...comparisonBlocks(answer, answer.comparison));
      break;
    case 'similar':
      out.push(...similarBlocks(answer, items));
      break;
    case 'search':
      out.push(...searchBlocks(answer, items));
      break;
    case 'list':
      out.push(...listBlocks(answer, items));
      break;
    case 'fit':
      if (answer.fit) out.push(...fitBlocks(answer, answer.fit));
      break;
    case 'clarification':
      out.push(...choiceBlocks(answer, answer.choices ?? []));
      break;
    default:
      if (items.length) out.push(...listBlocks(answer, items));
  }
  // The quote matters for a single fact; elsewhere a context line of sources is enough (fit quotes its own rules).
  if (answer.citations.length) {
    if (answer.kind === 'fact') out.push(...quoteBlocks(answer.citations));
    else if (answer.kind !== 'fit' && !(answer.kind === 'list' && items.some((i) => i.citations?.length))) {
      const src = sourcesContext(answer.citations);
      if (src) out.push(src);
    }
  }
  const notes = context((answer.notes ?? []).map((n) => md`:information_source: ${n}`));
  if (notes) out.push(notes);
  return out;
}

function followUpBlocks(answer: Answer, opts: RenderOptions): Block[] {
  // A clarification's per-choice follow-ups are already its choice buttons.
  const chosen = new Set(answer.kind === 'clarification' ? (answer.choices ?? []).map((c) => c.id) : []);
  const buttons = answer.followUps.flatMap((f, i) => {
    if ('specId' in f.action && f.action.specId && chosen.has(f.action.specId)) return [];
    const value = encodeAction(f.action);
    return value ? [button(f.label, `${ACTION_IDS.run}:${i}`, value)] : [];
  });
  if (opts.share) buttons.push(button('Share in channel', ACTION_IDS.share, opts.share, 'primary'));
  return actions(buttons.slice(0, 20), 'classbot-followups');
}

const charsOf = (blocks: Block[]) => blocks.reduce((n, b) => n + blockChars(b), 0);

/** Split body blocks into pages that fit beside the fixed blocks of each page. */
function paginate(body: Block[], firstFixed: Block[], laterFixed: Block[]): Block[][] {
  const pages: Block[][] = [];
  let i = 0;
  // One block is reserved on each page for the "See the rest" button (~60 characters).
  while (i < body.length || pages.length === 0) {
    const fixed = pages.length === 0 ? firstFixed : laterFixed;
    let blocksLeft = LIMITS.blocksPerMessage - fixed.length - 1;
    let charsLeft = MESSAGE_BUDGET - charsOf(fixed) - 100;
    const page: Block[] = [];
    while (i < body.length) {
      const block = body[i] as Block;
      const size = blockChars(block);
      if (blocksLeft === 0 || (size > charsLeft && page.length > 0)) break;
      page.push(block);
      blocksLeft -= 1;
      charsLeft -= size;
      i += 1;
    }
    pages.push(page);
  }
  return pages;
}

export function renderSlackMessage(answer: Answer, opts: RenderOptions = {}): SlackMessage {
  const title = answer.title || 'classbot';
  const firstFixed = [header(title), ...followUpBlocks(answer, opts)];
  // Later pages say which part they are first, so a long title's truncation cannot hide it.
  const partHeader = (n: number, of: number) => header(`Part ${n + 1} of ${of} · ${title}`);
  const pages = paginate(bodyBlocks(answer), firstFixed, [partHeader(98, 99)]);
  const n = Math.min(Math.max(0, opts.page ?? 0), pages.length - 1);
  const [head, ...foot] = n === 0 ? firstFixed : [partHeader(n, pages.length)];
  const blocks: Block[] = [head as Block, ...(pages[n] ?? []), ...foot];
  if (n < pages.length - 1) {
    const value = opts.continuation?.(n + 1);
    const more = value
      ? actions([button(`See the rest (${n + 2} of ${pages.length})`, ACTION_IDS.more, value)], 'classbot-more')
      : [context([md`_Cut to fit Slack (part ${n + 1} of ${pages.length}). Ask a narrower question to see the rest._`])];
    blocks.push(...(more.filter(Boolean) as Block[]));
  }
  const fallback = cut(escapeText(`${title}: ${answer.text}`), LIMITS.fallbackText);
  return { text: fallback, blocks };
}

/** A plain message (errors, refusals): escaped text, no blocks beyond one section. */
export function renderNotice(text: string): SlackMessage {
  const escaped = cut(escapeText(text), LIMITS.sectionText);
  return { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped } }] };
}

export { checkSurface, LIMITS } from './limits.js';
export { escapeText } from './escape.js';
