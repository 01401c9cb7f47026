/** `classbot show <title or id> [--json] [--data DIR]`: one spec, readable (or its record as JSON). */
import type { ClassSpec, PayRange, SourcedText } from '../../../src/model/spec.js';
import type { CliIO } from '../io.js';
import { loadCliCorpus, parseCliArgs, printJson, resolveSpec, specLabel } from '../common.js';

export const summary = 'show one spec by title or id ("Production Coordinator", "ky-production-coordinator")';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    io.err(`classbot show: ${args.error}`);
    return 2;
  }
  const ref = args.positional.join(' ').trim();
  if (args.help || ref === '') {
    io.out(`Usage: classbot show <title or id> [--json] [--data DIR]\n  ${summary}`);
    return args.help ? 0 : 2;
  }
  const corpus = await loadCliCorpus(args.data, io);
  if (!corpus) return 1;
  const found = resolveSpec(corpus, ref);
  if ('none' in found) {
    io.err(`classbot show: no spec matches "${ref}". Run \`classbot specs\` for the list.`);
    return 1;
  }
  if ('choices' in found) {
    io.err(`classbot show: "${ref}" matches several specs; name one by id:`);
    for (const spec of found.choices) io.err(`  ${specLabel(spec)}`);
    return 2;
  }
  if (args.json) printJson(io, found.spec);
  else io.out(formatSpec(found.spec));
  return 0;
}

const decimals = (n: number) => (Number.isInteger(n) ? 0 : Math.max(2, String(n).split('.')[1]!.length));
const money = (n: number | undefined, digits = n === undefined ? 0 : decimals(n)) =>
  n === undefined ? '?' : `$${n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
const PERIOD = { hour: 'an hour', month: 'a month', year: 'a year' } as const;

function payLine(range: PayRange): string {
  const keys = (['min', 'mid', 'max'] as const).filter((k) => range[k] !== undefined);
  // Same number of decimals for every figure of a range: $13.581 and $17.990, not $17.99.
  const digits = Math.max(...keys.map((k) => decimals(range[k]!)));
  const figures = keys.map((k) => `${k} ${money(range[k], digits)}`);
  const basis = range.hoursPerWeek ? ` (${range.hoursPerWeek} h/week)` : '';
  const annual = range.annual && range.period !== 'year'
    ? `  ≈ ${(['min', 'mid', 'max'] as const).filter((k) => range.annual![k] !== undefined).map((k) => money(range.annual![k])).join('–')} a year`
    : '';
  return `${figures.join(', ')} ${PERIOD[range.period]}${basis}${range.qualifier ? ` — ${range.qualifier}` : ''}${annual}`;
}

/** A readable page for one spec: every field it states, with where it says so. */
export function formatSpec(spec: ClassSpec): string {
  const out: string[] = [];
  const heading = `${spec.title}${spec.jurisdiction.name ? ` — ${spec.jurisdiction.name}` : ''}`;
  out.push(heading, '='.repeat(Math.min(80, heading.length)));
  const field = (label: string, value: string | undefined) => value && out.push(`${label.padEnd(20)} ${value}`);
  const sourced = (label: string, value: SourcedText | undefined) => value && field(label, `${value.value}  [${value.source.section}]`);
  field('Id', spec.id);
  field('Jurisdiction', spec.jurisdiction.name ?? (spec.jurisdiction.kind === 'unknown' ? 'not stated' : `${spec.jurisdiction.kind} (not named)`));
  if (spec.series) field('Series', `${spec.series.name}${spec.series.level ? `, level ${spec.series.level}` : ''}${spec.series.levels ? ` (levels: ${spec.series.levels.join(', ')})` : ''}`);
  for (const code of spec.codes) field(code.label, code.value);
  sourced('Grade', spec.grade);
  spec.pay.forEach((range, i) => field(i === 0 ? 'Pay' : '', payLine(range)));
  if (spec.pay.length === 0) field('Pay', 'not stated in this spec');
  sourced('Special entrance', spec.specialEntranceRate);
  sourced('FLSA', spec.flsa);
  sourced('Probation', spec.probation);
  sourced('Reports to', spec.reportsTo);
  sourced('Selection method', spec.selectionMethod);
  sourced('Civil service', spec.civilServiceStatus);
  if (spec.established) field('Established', spec.established.date);
  if (spec.revised) field('Revised', spec.revised.date);
  if (spec.summary) out.push('', 'Summary', `  ${spec.summary.value}`);
  const mq = spec.minimumQualifications;
  if (mq) {
    out.push('', `Minimum qualifications  [${mq.source.section}]`);
    if (mq.education) out.push(`  Education: ${mq.education.value}`);
    if (mq.experience) out.push(`  Experience: ${mq.experience.value}`);
    if (mq.alternatives.length > 0) out.push('  Alternatives:', ...mq.alternatives.map((alt) => `    - ${alt.value.replace(/\n/g, '\n      ')}`));
    if (mq.substitutions.length > 0) out.push('  Substitutions:', ...mq.substitutions.map((sub) => `    - ${sub.value}  [${sub.source.section}]`));
  } else out.push('', 'Minimum qualifications: not stated in this spec');
  if (spec.specialRequirements.length > 0) {
    out.push('', 'Special requirements');
    for (const req of spec.specialRequirements) out.push(`  - ${req.label} (${req.necessity === 'required' ? 'required' : 'may be required'}): "${req.source.quote}"`);
  }
  const list = (label: string, items: SourcedText[]) => {
    if (items.length === 0) return;
    out.push('', `${label} (${items.length})`, ...items.map((item) => `  - ${item.value}`));
  };
  list('Duties', spec.duties);
  list('Knowledge of', spec.knowledge);
  list('Skill in', spec.skills);
  list('Ability to', spec.abilities);
  if (spec.tools) out.push('', 'Tools and equipment', `  ${spec.tools.value}`);
  if (spec.physicalDemands) out.push('', 'Physical demands', `  ${spec.physicalDemands.value}`);
  if (spec.workingConditions) out.push('', 'Working conditions', `  ${spec.workingConditions.value}`);
  if (spec.warnings.length > 0) out.push('', 'Warnings', ...spec.warnings.map((w) => `  ! ${w}`));
  out.push('', `Source file: ${spec.file} (layout: ${spec.layout})`);
  return out.join('\n');
}
