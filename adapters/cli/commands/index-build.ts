/**
 * `classbot index build [--data DIR] [--out FILE] [--json]`: parse every spec, build the search index and write
 * both as one snapshot file (default `<DIR>/.classbot.snapshot`), stamped with a fingerprint of the folder.
 * The server and the CLI then load that snapshot instead of re-parsing, until the folder changes.
 */
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { parseCliArgs, resolveDataDir } from '../common.js';

export const summary = 'index build: parse the specs and write the snapshot the server loads at start';

const USAGE = 'Usage: classbot index build [--data DIR] [--out FILE] [--json]';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  const sub = args.shift();
  if (sub === '--help' || sub === '-h' || sub === 'help' || (sub === 'build' && args.some((a) => a === '--help' || a === '-h'))) {
    io.out(`${USAGE}\n  ${summary}\n  DIR defaults to CLASSBOT_DATA, else the repository's index-data/; FILE to DIR/.classbot.snapshot.`);
    return 0;
  }
  if (sub !== 'build') {
    io.err(`classbot index: ${sub ? `unknown subcommand "${sub}"` : 'missing subcommand'} (${USAGE})`);
    return 2;
  }
  const parsed = parseCliArgs(args, ['--out']);
  if ('error' in parsed || parsed.positional.length > 0) {
    const problem = 'error' in parsed ? parsed.error : `unexpected argument "${parsed.positional[0]}"`;
    io.err(`classbot index build: ${problem} (${USAGE})`);
    return 2;
  }
  const { json } = parsed;
  const out = parsed.options.out;
  const dir = resolveDataDir(parsed.data, io.env);
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
