/**
 * Helpers shared by the engine commands (ask, compare, similar, fit): the engine over the data folder
 * (argument parsing and corpus loading come from ../common.ts) and a plain-text rendering of an Answer.
 */
import type { Engine } from '../../../src/engine/engine.js';
import type { Answer } from '../../../src/model/answer.js';
import { loadCliCorpus, parseCliArgs, type CliArgs } from '../common.js';
import type { CliIO } from '../io.js';

export type ParsedArgs = CliArgs;

/** --json, --data DIR, --help and the named value options (common.ts does the parsing). */
export function parseArgs(argv: string[], valueOptions: string[]): CliArgs | { error: string } {
  return parseCliArgs(argv, valueOptions);
}

/** The engine over the data folder (--data, else CLASSBOT_DATA, else index-data/); undefined after a one-line error. */
export async function loadEngine(data: string | undefined, io: CliIO): Promise<Engine | undefined> {
  const corpus = await loadCliCorpus(data, io);
  if (!corpus) return undefined;
  const { createEngine } = await import('../../../src/engine/index.js');
  return createEngine(corpus);
}

/** A readable terminal rendering of any Answer. */
export function renderText(a: Answer): string {
  const lines: string[] = [a.title, '='.repeat(Math.min(a.title.length, 80)), a.text];
  if (a.facts?.length) {
    lines.push('');
    for (const f of a.facts) lines.push(`  ${f.label}: ${f.value}${f.citation !== undefined ? ` [${f.citation + 1}]` : ''}`);
  }
  if (a.items?.length) {
    lines.push('');
    a.items.forEach((i, n) => {
      lines.push(`  ${n + 1}. ${i.spec.title}${i.spec.jurisdiction ? ` (${i.spec.jurisdiction})` : ''}${i.score !== undefined ? `  score ${i.score}` : ''}`);
      if (i.detail) lines.push(`     ${i.detail}`);
      for (const r of (i.reasons ?? []).slice(i.detail === i.reasons?.[0] ? 1 : 0, 4)) lines.push(`     - ${r}`);
    });
  }
  if (a.comparison) {
    const c = a.comparison;
    lines.push('');
    for (const row of c.rows) {
      lines.push(`  ${row.attribute}:`);
      row.values.forEach((v, i) => lines.push(`    ${c.specs[i]!.title}: ${v ?? '(not stated)'}`));
    }
    if (c.sharedDuties.length) {
      lines.push('', '  Shared duties:');
      for (const d of c.sharedDuties.slice(0, 8)) lines.push(`    • ${c.specs[d.aSpec]!.title}: ${d.a}\n      ${c.specs[d.bSpec]!.title}: ${d.b}  (${d.score})`);
    }
    c.distinctDuties.forEach((list, i) => {
      if (!list.length) return;
      lines.push('', `  Only in ${c.specs[i]!.title}:`);
      for (const d of list.slice(0, 6)) lines.push(`    • ${d}`);
      if (list.length > 6) lines.push(`    … ${list.length - 6} more`);
    });
  }
  if (a.fit) {
    lines.push('', `  Profile read as: ${a.fit.profileSummary}`);
    for (const r of a.fit.results) {
      lines.push('', `  ${r.title}${r.jurisdiction ? ` (${r.jurisdiction})` : ''}: ${r.verdict}${r.interpretation ? ' (interpretation)' : ''}`);
      for (const p of r.path) lines.push(`    - ${p}`);
      for (const m of r.missing) lines.push(`    missing: ${m}`);
    }
  }
  if (a.choices?.length) {
    lines.push('');
    for (const c of a.choices) lines.push(`  - ${c.title}${c.jurisdiction ? ` (${c.jurisdiction})` : ''}  [${c.id}]`);
  }
  if (a.citations.length) {
    lines.push('', 'Sources:');
    a.citations.forEach((c, i) => lines.push(`  [${i + 1}] ${c.specTitle} — ${c.section}${c.revised ? ` (rev. ${c.revised})` : ''}: "${c.quote}"`));
  }
  if (a.notes?.length) {
    lines.push('', 'Notes:');
    for (const n of a.notes) lines.push(`  * ${n}`);
  }
  return lines.join('\n');
}
