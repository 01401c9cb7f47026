/** Rows of list, similar-title and search answers. */
import type { Answer, Item } from '../../../src/model/answer.js';
import { type Block, button, context, section } from './blocks.js';
import { specLabel, sourcesContext } from './citations.js';
import { md } from './escape.js';
import { ACTION_IDS, encodeAction } from './values.js';

const showButton = (item: Item, i: number) =>
  button('Show spec', `${ACTION_IDS.run}:item:${i}`, encodeAction({ op: 'show', specId: item.spec.id }));

/** "which classes …" answers: one line per matching spec, with its detail. */
export function listBlocks(answer: Answer, items: Item[]): Block[] {
  const out: Block[] = [];
  items.forEach((item, i) => {
    out.push(section(md`*${specLabel(item.spec)}*\n${item.detail}`, showButton(item, i)));
    const src = item.citations?.length ? sourcesContext(answer.citations, item.citations.slice(0, 3)) : undefined;
    if (src) out.push(src);
  });
  return out;
}

/** Similar titles, best first, with the reasons the engine found. */
export function similarBlocks(answer: Answer, items: Item[]): Block[] {
  const out: Block[] = [];
  items.forEach((item, i) => {
    const score = item.score !== undefined ? md` · similarity ${item.score.toFixed(2)}` : '';
    const reasons = (item.reasons ?? []).filter((r) => r !== item.detail).map((r) => md`\n• ${r}`).join('');
    const detail = item.detail ? md`\n${item.detail}` : '';
    out.push(section(`${md`*${i + 1}. ${specLabel(item.spec)}*`}${score}${detail}${reasons}`, showButton(item, i)));
  });
  return out;
}

/** Full-text hits: spec, section, snippet. */
export function searchBlocks(answer: Answer, items: Item[]): Block[] {
  const out: Block[] = [];
  items.forEach((item, i) => {
    const where = item.section ? md` · ${item.section}` : '';
    const snippet = (item.reasons ?? []).length ? md`\n…${(item.reasons ?? []).join(' … ')}…` : '';
    out.push(section(`${md`*${specLabel(item.spec)}*`}${where}${md`\n${item.detail}`}${snippet}`, showButton(item, i)));
    const rev = item.spec.revised ? context([md`rev. ${item.spec.revised}`]) : undefined;
    if (rev) out.push(rev);
  });
  return out;
}
