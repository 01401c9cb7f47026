/** `classbot specs [--json] [--data DIR]`: every spec loaded, one line each (or the full records as JSON). */
import type { ClassSpec } from '../../../src/model/spec.js';
import type { CliIO } from '../io.js';
import { loadCliCorpus, parseCliArgs, printJson } from '../common.js';

export const summary = 'list the specs loaded (--json: the full ClassSpec records)';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    io.err(`classbot specs: ${args.error}`);
    return 2;
  }
  if (args.help) {
    io.out(`Usage: classbot specs [--json] [--data DIR]\n  ${summary}`);
    return 0;
  }
  const corpus = await loadCliCorpus(args.data, io);
  if (!corpus) return 1;
  if (args.json) {
    printJson(io, corpus.specs);
    return 0;
  }
  io.out(`${corpus.specs.length} spec${corpus.specs.length === 1 ? '' : 's'} from ${corpus.dir}\n`);
  for (const spec of corpus.specs) io.out(line(spec));
  return 0;
}

function line(spec: ClassSpec): string {
  const details = [
    spec.jurisdiction.name ?? (spec.jurisdiction.kind === 'unknown' ? 'jurisdiction not stated' : `a ${spec.jurisdiction.kind}, not named`),
    spec.grade ? `grade ${spec.grade.value}` : undefined,
    ...spec.codes.filter((code) => code.kind !== 'revision' && code.kind !== 'job-group').map((code) => `${code.label} ${code.value}`),
  ].filter(Boolean);
  return `${spec.id.padEnd(48)} ${spec.title}\n${' '.repeat(49)}${details.join(' · ')}`;
}
