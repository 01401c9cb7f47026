/** List fields: duties / essential tasks, and knowledge, skills, abilities. Each item keeps its exact words. */
import { blocksMatching, sentences, type Doc } from '../document.js';
import { blockText, type Block } from '../sections.js';
import type { SourcedText } from '../../model/spec.js';

const DUTY_HEADING = /EXAMPLES OF (DUTIES|WORK)|ESSENTIAL (DUTIES|FUNCTIONS|TASKS?)|^DUTIES\b|^TYPICAL DUTIES|TASKS?\b|RESPONSIBILITIES|Duties$/i;
const LIST_MARKER = /^(?:[-•*]|\d{1,3}[.)]?|[a-z][.)])\s+/;

/** An item's words without a list marker, a leading "and", or trailing punctuation (still a substring). */
export function tidyItem(text: string): string {
  return text
    .trim()
    .replace(LIST_MARKER, '')
    .replace(/^(?:and|or)\s+/i, '')
    .replace(/[\s;,.:]+$/, '')
    .trim();
}

function item(text: string, section: string): SourcedText | undefined {
  const value = tidyItem(text);
  return value.length >= 3 ? { value, source: { section, quote: value } } : undefined;
}

/** Items of one block: marked lines when it is a list, else clauses split on ";" or sentences. */
export function listItems(block: Block, text = blockText(block)): SourcedText[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const marked = lines.filter((line) => LIST_MARKER.test(line));
  if (marked.length >= 2 && marked.length >= lines.length * 0.6) {
    return marked.flatMap((line) => item(line, block.heading) ?? []);
  }
  return text
    .split(/\n{2,}/)
    .flatMap((paragraph) => (paragraph.split(';').length >= 3 ? paragraph.split(';') : sentences(paragraph)))
    .flatMap((part) => item(part, block.heading) ?? []);
}

export function extractDuties(doc: Doc): SourcedText[] {
  return blocksMatching(doc, DUTY_HEADING)
    .filter((block) => !/KNOWLEDGE|SKILL|ABILIT|NOTE/i.test(block.heading))
    .flatMap((block) => listItems(block));
}

const KSA_MARKER = /\b(Knowledge of|Skills? in|Skill to|Abilit(?:y|ies) to)\s*:\s*/g;

/** "Knowledge of: a; b; c. Skill in: d; e. Ability to: f" → three lists. Lower-case "knowledge of:" in prose is not a list. */
export function extractKsa(doc: Doc): { knowledge: SourcedText[]; skills: SourcedText[]; abilities: SourcedText[] } {
  const out = { knowledge: [] as SourcedText[], skills: [] as SourcedText[], abilities: [] as SourcedText[] };
  for (const block of doc.blocks) {
    const text = blockText(block);
    const markers = [...text.matchAll(KSA_MARKER)];
    markers.forEach((marker, n) => {
      const start = marker.index + marker[0].length;
      const end = n + 1 < markers.length ? markers[n + 1]!.index : text.length;
      const segment = text.slice(start, end).split(/\n{2,}/)[0]!;
      const kind = /^Knowledge/.test(marker[1]!) ? 'knowledge' : /^Skill/.test(marker[1]!) ? 'skills' : 'abilities';
      for (const part of segment.split(';')) {
        const entry = item(part, block.heading);
        if (entry) out[kind].push(entry);
      }
    });
  }
  return out;
}
