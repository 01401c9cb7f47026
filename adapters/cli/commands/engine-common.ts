/**
 * Helpers shared by the engine commands (ask, compare, similar, fit): option parsing, loading the
 * engine over the data folder, and a plain-text rendering of an Answer for the terminal.
 */
import { resolve } from 'node:path';
import type { Engine } from '../../../src/engine/engine.js';
import type { Answer } from '../../../src/model/answer.js';
import type { CliIO } from '../io.js';

export interface ParsedArgs {
  positional: string[];
  json: boolean;
  help: boolean;
  data: string;
  options: Record<string, string>;
}

/** --json, --data DIR (or CLASSBOT_DATA), --help, plus the named value options. */
export function parseArgs(argv: string[], valueOptions: string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs | { error: string } {
  const out: ParsedArgs = { positional: [], json: false, help: false, data: env.CLASSBOT_DATA || 'index-data', options: {} };
  const args = [...argv];
  while (args.length) {
    const arg = args.shift()!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--json') out.json = true;
    else if (name === '--help' || name === '-h') out.help = true;
    else if (name === '--data' || valueOptions.includes(name)) {
      const value = inline ?? args.shift();
      if (!value) return { error: `${name} needs a value` };
      if (name === '--data') out.data = value;
      else out.options[name.slice(2)] = value;
    } else if (name === '--') out.positional.push(...args.splice(0));
    else if (name.startsWith('--')) return { error: `unknown option "${name}"` };
    else out.positional.push(arg);
  }
  return out;
}

export async function loadEngine(data: string, io: CliIO): Promise<Engine | undefined> {
  const { loadCorpus } = await import('../../../src/corpus.js');
  const { createEngine } = await import('../../../src/engine/index.js');
  try {
    const corpus = await loadCorpus(resolve(data));
    for (const p of corpus.problems) io.err(`skipped ${p.file}: ${p.message}`);
    return createEngine(corpus);
  } catch (error) {
    io.err(`classbot: cannot load specs from ${data}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
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
