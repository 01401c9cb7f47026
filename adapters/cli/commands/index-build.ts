/**
 * `classbot index build [--data DIR] [--out FILE] [--json]`: parse every spec, build the search index and write
 * both as one snapshot file (default `<DIR>/.classbot.snapshot`), stamped with a fingerprint of the folder.
 * The server and the CLI then load that snapshot instead of re-parsing, until the folder changes.
 */
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';

export const summary = 'index build: parse the specs and write the snapshot the server loads at start';

const USAGE = 'Usage: classbot index build [--data DIR] [--out FILE] [--json]';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  const sub = args.shift();
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(`${USAGE}\n  ${summary}\n  DIR defaults to CLASSBOT_DATA or index-data; FILE to DIR/.classbot.snapshot.`);
    return 0;
  }
  if (sub !== 'build') {
    io.err(`classbot index: ${sub ? `unknown subcommand "${sub}"` : 'missing subcommand'} (${USAGE})`);
    return 2;
  }
  let data = io.env.CLASSBOT_DATA || 'index-data';
  let out: string | undefined;
  let json = false;
  while (args.length) {
    const arg = args.shift()!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--data' || name === '--out') {
      const value = inline ?? args.shift();
      if (!value) {
        io.err(`classbot index build: ${name} needs a value (${USAGE})`);
        return 2;
      }
      if (name === '--data') data = value;
      else out = value;
    } else if (name === '--json') json = true;
    else {
      io.err(`classbot index build: unknown option "${arg}" (${USAGE})`);
      return 2;
    }
  }
  const dir = resolve(data);
  const { buildCorpusSnapshot, defaultSnapshotPath, indexPersists } = await import('../../../src/snapshot/corpus-snapshot.js');
  const file = out ? resolve(out) : defaultSnapshotPath(dir);
  const { built, bytes, ms } = await buildCorpusSnapshot(dir, file);
  const report = {
    snapshot: file,
    specs: built.specs.length,
    problems: built.problems,
    sections: built.index.sectionCount,
    indexIncluded: indexPersists,
    bytes,
    buildMs: ms.build,
    writeMs: ms.write,
  };
  if (json) io.out(JSON.stringify(report));
  else {
    for (const p of built.problems) io.err(`skipped ${p.file}: ${p.message}`);
    io.out(
      `wrote ${file}: ${built.specs.length} specs, ${built.index.sectionCount} sections${indexPersists ? ' + index' : ''}, ` +
        `${(bytes / 2 ** 20).toFixed(1)} MB (build ${ms.build} ms, write ${ms.write} ms)`,
    );
  }
  return built.specs.length > 0 ? 0 : 1;
}
