/**
 * renderAnswerCard: any engine Answer → one Adaptive Card 1.5.
 *
 * Every kind shares one layout (title and jurisdiction, the short answer, then whatever structured
 * parts the answer carries, then the sources footer) so a new kind still renders; long content is
 * paged by size.ts.
 */
import type { Answer, Citation, Comparison, Fit, FitResult, Item, Verdict } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';
import type { CardRequest } from './data.js';
import { actionSet, container, factSet, para, runAction, type CardAction, type Element } from './elements.js';
import { byteSize, pagedCard } from './size.js';
import { chunk, shorten } from './text.js';

export interface RenderOptions {
  /** 1-based page of a long answer. */
  page?: number;
  /** The request this answers: enables "Show more" for long answers. */
  request?: CardRequest;
  /** Card size budget in bytes (default CARD_BYTE_BUDGET); smaller for message-extension results. */
  budget?: number;
}

const TEXT_CHUNK = 1500;
const TABLE_BYTES = 7000;
const CELL_CHARS = 700;
const QUOTE_CHARS = 1000;

function where(ref: SpecRef): string {
  return ref.jurisdiction ?? 'jurisdiction not stated';
}

function marks(indexes: number[] | undefined): string {
  return indexes && indexes.length > 0 ? ` ${indexes.map((i) => `[${i + 1}]`).join('')}` : '';
}

function paragraphs(text: string, style: Parameters<typeof para>[1] = {}): Element[] {
  return chunk(text, TEXT_CHUNK).map((piece, i) => para(piece, i === 0 ? style : { ...style, spacing: 'none' }));
}

/** The header repeats on every page, so it is kept short whatever the answer. */
const HEADER_CHARS = 300;

function header(answer: Answer): Element[] {
  const out = [para(shorten(answer.title, HEADER_CHARS), { size: 'medium', weight: 'bolder' })];
  const specs = answer.kind === 'comparison' ? [] : answer.specs.slice(0, 3);
  if (specs.length === 1) {
    const ref = specs[0]!;
    out.push(para(shorten(`${where(ref)}${ref.revised ? ` · revised ${ref.revised}` : ''}`, HEADER_CHARS), { subtle: true, spacing: 'none' }));
  } else if (specs.length > 1 && answer.kind !== 'list' && answer.kind !== 'search' && answer.kind !== 'similar') {
    out.push(para(shorten(specs.map((s) => `${s.title} (${where(s)})`).join(' · '), HEADER_CHARS), { subtle: true, spacing: 'none' }));
  }
  return out;
}

function facts(answer: Answer): Element[] {
  const list = answer.facts ?? [];
  const out: Element[] = [];
  for (let i = 0; i < list.length; i += 8) {
    out.push(
      factSet(
        list.slice(i, i + 8).map((f) => ({
          title: f.label,
          value: `${shorten(f.value, TEXT_CHUNK)}${f.citation !== undefined ? ` [${f.citation + 1}]` : ''}`,
        })),
      ),
    );
  }
  return out;
}

function cell(text: string, style: Parameters<typeof para>[1] = {}): Element {
  return { type: 'TableCell', items: [para(shorten(text, CELL_CHARS), style)] };
}

/** The comparison as Tables (one column per spec), split by size so each stays small. */
function comparison(c: Comparison): Element[] {
  const columns = [{ width: 2 }, ...c.specs.map(() => ({ width: 3 }))];
  const headRow = {
    type: 'TableRow',
    style: 'accent',
    cells: [cell(''), ...c.specs.map((s) => cell(`${s.title}\n${where(s)}`, { weight: 'bolder' }))],
  };
  const rows = c.rows.map((row) => ({
    type: 'TableRow',
    cells: [
      cell(row.attribute, { weight: 'bolder' }),
      ...c.specs.map((_, i) => {
        const value = row.values[i];
        return value === null || value === undefined
          ? cell('not stated', { subtle: true, italic: true })
          : cell(`${value}${marks(row.citations?.[i])}`);
      }),
    ],
  }));
  const table = (body: unknown[]): Element => ({
    type: 'Table',
    columns,
    rows: [headRow, ...body],
    firstRowAsHeader: true,
    showGridLines: true,
    gridStyle: 'accent',
  });
  const out: Element[] = [];
  let current: unknown[] = [];
  for (const row of rows) {
    if (current.length > 0 && byteSize(table([...current, row])) > TABLE_BYTES) {
      out.push(table(current));
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) out.push(table(current));
  if (c.payBasis) out.push(para(`Pay compared on a common basis: ${c.payBasis}.`, { subtle: true, size: 'small' }));

  const titleOf = (i: number): string => c.specs[i]?.title ?? `spec ${i + 1}`;
  if (c.sharedDuties.length > 0) {
    out.push(para('Shared duties', { weight: 'bolder', separator: true }));
    for (const pair of c.sharedDuties) {
      out.push(
        para(`• ${titleOf(pair.aSpec)}: ${shorten(pair.a, CELL_CHARS)}`, { spacing: 'small' }),
        para(`   ${titleOf(pair.bSpec)}: ${shorten(pair.b, CELL_CHARS)}`, { subtle: true, spacing: 'none' }),
      );
    }
  }
  c.distinctDuties.forEach((duties, i) => {
    if (duties.length === 0) return;
    out.push(para(`Only in ${titleOf(i)}`, { weight: 'bolder', separator: true }));
    for (const duty of duties) out.push(para(`• ${shorten(duty, CELL_CHARS)}`, { spacing: 'none' }));
  });
  return out;
}

function item(entry: Item, rank: number, kind: Answer['kind']): Element {
  const meta = [where(entry.spec)];
  if (entry.section) meta.push(entry.section);
  if (entry.score !== undefined && kind === 'similar') meta.push(`similarity ${entry.score.toFixed(2)}`);
  const items: Element[] = [
    para(`${rank}. ${entry.spec.title}${marks(entry.citations)}`, { weight: 'bolder' }),
    para(meta.join(' · '), { subtle: true, size: 'small', spacing: 'none' }),
  ];
  if (entry.detail) items.push(para(shorten(entry.detail, TEXT_CHUNK), { spacing: 'small' }));
  if (entry.reasons && entry.reasons.length > 0) {
    const reasons = kind === 'search' ? [`…${entry.reasons.join(' … ')}…`] : entry.reasons.map((r) => `• ${r}`);
    for (const r of reasons) items.push(para(shorten(r, CELL_CHARS), { size: 'small', spacing: 'none' }));
  }
  return container(items, {
    separator: rank > 1,
    selectAction: { type: 'Action.Submit', title: 'Show this spec', data: { classbot: 'run', action: { op: 'show', specId: entry.spec.id } } },
  });
}

const VERDICTS: Record<Verdict, { label: string; color?: 'good' | 'accent' | 'attention' | 'warning' }> = {
  meets: { label: 'Meets the minimum qualifications', color: 'good' },
  'meets-with-substitution': { label: 'Meets them with a substitution', color: 'accent' },
  'does-not-meet': { label: 'Does not meet them', color: 'attention' },
  'not-assessable': { label: 'Not assessable: the spec publishes no minimum qualifications', color: 'warning' },
};

function fitResult(result: FitResult, first: boolean): Element {
  const verdict = VERDICTS[result.verdict];
  const items: Element[] = [
    para(`${result.title}${marks(result.citations)}`, { weight: 'bolder' }),
    para(result.jurisdiction ?? 'jurisdiction not stated', { subtle: true, size: 'small', spacing: 'none' }),
    para(verdict.label, { weight: 'bolder', spacing: 'small', ...(verdict.color ? { color: verdict.color } : {}) }),
  ];
  if (result.explanation) items.push(...paragraphs(result.explanation, { spacing: 'small' }));
  if (result.missing.length > 0) {
    items.push(para(result.missing.length > 1 ? 'Missing (any one of):' : 'Missing:', { weight: 'bolder', spacing: 'small' }));
    for (const m of result.missing) items.push(para(`• ${shorten(m, CELL_CHARS)}`, { spacing: 'none' }));
  }
  for (const step of result.path) items.push(para(`→ ${shorten(step, CELL_CHARS)}`, { size: 'small', subtle: true, spacing: 'none' }));
  if (result.interpretation) {
    items.push(para('Interpretation: the spec does not state this rule exactly; check with HR.', { italic: true, size: 'small', color: 'warning' }));
  }
  return container(items, { separator: !first, spacing: first ? 'medium' : 'large' });
}

function fit(f: Fit): Element[] {
  return [
    para(`Candidate as understood: ${f.profileSummary}`, { subtle: true }),
    ...f.results.map((r, i) => fitResult(r, i === 0)),
  ];
}

function choices(answer: Answer): Element[] {
  const taken = new Set(answer.followUps.map((f) => ('specId' in f.action ? f.action.specId : undefined)));
  const buttons: CardAction[] = (answer.choices ?? [])
    .filter((c) => !taken.has(c.id))
    .map((c) => runAction(`${c.title} (${where(c)})`, { op: 'show', specId: c.id }));
  const out: Element[] = [];
  for (let i = 0; i < buttons.length; i += 5) out.push(actionSet(buttons.slice(i, i + 5)));
  return out;
}

function citationLine(c: Citation, i: number): Element {
  const when = c.revised ? `, revised ${c.revised}` : '';
  return para(`[${i + 1}] ${c.specTitle}, ${c.section}${when}: “${shorten(c.quote, QUOTE_CHARS)}”`, {
    size: 'small',
    subtle: true,
    spacing: 'none',
  });
}

function sources(citations: Citation[]): Element[] {
  if (citations.length === 0) return [];
  return [para('Sources', { size: 'small', subtle: true, weight: 'bolder', separator: true }), ...citations.map(citationLine)];
}

export function renderAnswerCard(answer: Answer, options: RenderOptions = {}): Element {
  const content: Element[] = [];
  if (answer.text) content.push(...paragraphs(answer.text, { spacing: 'small' }));
  content.push(...facts(answer));
  if (answer.comparison) content.push(...comparison(answer.comparison));
  (answer.items ?? []).forEach((entry, i) => content.push(item(entry, i + 1, answer.kind)));
  if (answer.fit) content.push(...fit(answer.fit));
  content.push(...choices(answer));
  for (const note of answer.notes ?? []) content.push(para(`Note: ${note}`, { italic: true, size: 'small' }));
  content.push(...sources(answer.citations));

  return pagedCard({
    header: header(answer),
    content,
    actions: answer.followUps.map((f) => runAction(f.label, f.action)),
    ...(options.page ? { page: options.page } : {}),
    ...(options.request ? { request: options.request } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  });
}
