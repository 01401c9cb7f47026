/** Citations as Slack shows them: a context line (spec · section · revision) and, where they matter, the quote. */
import type { Citation } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';
import { type Block, context, section } from './blocks.js';
import { blockQuote, escapeText, md } from './escape.js';
import { cut } from './limits.js';

const QUOTE_MAX = 600;

export function specLabel(ref: Pick<SpecRef, 'title' | 'jurisdiction'>): string {
  return ref.jurisdiction ? `${ref.title} (${ref.jurisdiction})` : ref.title;
}

/** "_Production Coordinator_ · MINIMUM REQUIREMENTS · rev. 2019-05-01" (escaped mrkdwn). */
export function citationLine(c: Citation): string {
  const revised = c.revised ? ` · rev. ${c.revised}` : '';
  return md`:page_facing_up: _${c.specTitle}_ · ${c.section}${revised}`;
}

/**
 * One context block naming the sources: one element per spec with the sections cited, in order
 * (":page_facing_up: _Production Coordinator_ · rev. 2006-02-24: GRADE · EDUCATION").
 */
export function sourcesContext(citations: Citation[], indexes?: number[]): Block | undefined {
  const chosen = (indexes ?? citations.map((_, i) => i)).map((i) => citations[i]).filter((c): c is Citation => !!c);
  const bySpec = new Map<string, { first: Citation; sections: string[] }>();
  for (const c of chosen) {
    const entry = bySpec.get(c.specId) ?? { first: c, sections: [] };
    if (!entry.sections.includes(c.section)) entry.sections.push(c.section);
    bySpec.set(c.specId, entry);
  }
  const lines = [...bySpec.values()].map(({ first, sections }) => {
    const revised = first.revised ? ` · rev. ${first.revised}` : '';
    return md`:page_facing_up: _${first.specTitle}_${revised}: ${sections.join(' · ')}`;
  });
  return context(lines);
}

/** The quoted words with their source underneath. */
export function quoteBlocks(citations: Citation[], indexes?: number[], max = 6): Block[] {
  const chosen = (indexes ?? citations.map((_, i) => i))
    .map((i) => citations[i])
    .filter((c): c is Citation => !!c && c.quote.trim().length > 0);
  const out: Block[] = [];
  for (const c of chosen.slice(0, max)) {
    out.push(section(blockQuote(cut(escapeText(c.quote.trim()), QUOTE_MAX))));
    const ctx = context([citationLine(c)]);
    if (ctx) out.push(ctx);
  }
  if (chosen.length > max) {
    const rest = sourcesContext(chosen.slice(max));
    if (rest) out.push(rest);
  }
  return out;
}
